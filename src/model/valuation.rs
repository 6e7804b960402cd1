//! The deal's arithmetic: what a stake of a given size implies the company is worth.

/// The range of stakes a reader can try in the explorable valuation, in percent.
pub const STAKE_RANGE: std::ops::RangeInclusive<u32> = 5..=100;

/// What the whole company is worth if `investment` buys `stake_percent` of it.
///
/// `stake_percent` is never zero: the story's validation and [`STAKE_RANGE`] keep it above.
pub fn implied_valuation(investment: f64, stake_percent: f64) -> f64 {
    investment * 100.0 / stake_percent
}

/// How far `actual` strays from `expected`, as a fraction of `expected`.
pub fn relative_gap(actual: f64, expected: f64) -> f64 {
    ((actual - expected) / expected).abs()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_deal_implies_about_29_billion() {
        let implied = implied_valuation(14_300.0, 49.0);
        assert!((implied - 29_183.67).abs() < 0.01, "{implied}");
        assert!(relative_gap(implied, 29_000.0) < 0.02);
    }

    #[test]
    fn a_smaller_stake_for_the_same_money_implies_a_bigger_company() {
        assert_eq!(implied_valuation(14_300.0, 100.0), 14_300.0);
        assert_eq!(implied_valuation(14_300.0, 10.0), 143_000.0);
        assert!(implied_valuation(14_300.0, 5.0) > implied_valuation(14_300.0, 6.0));
    }

    #[test]
    fn the_gap_is_symmetric_in_direction_and_relative_to_the_expected_value() {
        assert_eq!(relative_gap(110.0, 100.0), relative_gap(90.0, 100.0));
        assert!((relative_gap(110.0, 100.0) - 0.1).abs() < 1e-12);
    }
}
