//! The deal's arithmetic: what a stake of a given size implies the company is worth.

/// The range of stakes a reader can try in the explorable valuation, in percent.
pub const STAKE_RANGE: std::ops::RangeInclusive<u32> = 5..=100;

/// `percent` brought into [`STAKE_RANGE`].
pub fn clamp_stake(percent: u32) -> u32 {
    percent.clamp(*STAKE_RANGE.start(), *STAKE_RANGE.end())
}

/// What the whole company is worth if `investment` buys `stake_percent` of it.
///
/// `stake_percent` is never zero: the story's validation and [`STAKE_RANGE`] keep it above.
pub fn implied_valuation(investment: f64, stake_percent: f64) -> f64 {
    investment * 100.0 / stake_percent
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_deal_implies_about_29_billion() {
        let implied = implied_valuation(14_300.0, 49.0);
        assert!((implied - 29_183.67).abs() < 0.01, "{implied}");
    }

    #[test]
    fn a_smaller_stake_for_the_same_money_implies_a_bigger_company() {
        assert_eq!(implied_valuation(14_300.0, 100.0), 14_300.0);
        assert_eq!(implied_valuation(14_300.0, 10.0), 143_000.0);
        assert!(implied_valuation(14_300.0, 5.0) > implied_valuation(14_300.0, 6.0));
    }

    #[test]
    fn a_stake_is_kept_to_the_explorable_range() {
        assert_eq!(clamp_stake(0), 5);
        assert_eq!(clamp_stake(250), 100);
        assert_eq!(clamp_stake(30), 30);
    }
}
