//! How figures are written: short forms for charts and tiles, long forms for sentences.

use super::story::Amount;
#[cfg(test)]
use super::story::{Means, Qualifier};

/// "$14.3B", "$29B", "$286B", "$200M".
///
/// One decimal under $100 billion, none above; a trailing ".0" is dropped.
pub fn usd_short(millions: f64) -> String {
    let (value, unit) = scaled(millions);
    format!("${}{}", trim_decimal(value), if unit == Unit::Billion { "B" } else { "M" })
}

/// "$14.3 billion", "$200 million": what a screen reader and a sentence should say.
pub fn usd_long(millions: f64) -> String {
    let (value, unit) = scaled(millions);
    format!("${} {}", trim_decimal(value), if unit == Unit::Billion { "billion" } else { "million" })
}

/// "nearly $29B", "reportedly over $200M": a figure in short form with the article's hedge
/// and attribution, so it is never overstated.
pub fn amount_short(amount: &Amount) -> String {
    hedged(amount, usd_short(f64::from(amount.usd_millions)))
}

/// "nearly $29 billion", "reportedly over $200 million".
pub fn amount_long(amount: &Amount) -> String {
    hedged(amount, usd_long(f64::from(amount.usd_millions)))
}

fn hedged(amount: &Amount, figure: String) -> String {
    let mut words = String::new();
    for word in [amount.attribution, amount.qualifier.map(|qualifier| qualifier.word)].into_iter().flatten() {
        words.push_str(word);
        words.push(' ');
    }
    words + &figure
}

/// "49%".
pub fn percent(value: u32) -> String {
    format!("{value}%")
}

#[derive(PartialEq)]
enum Unit {
    Million,
    Billion,
}

/// The value rounded for display, and its unit. Millions switch to billions
/// once they would round to 1,000 or more, so "$1,000M" is never shown.
fn scaled(millions: f64) -> (f64, Unit) {
    if millions.round() >= 1000.0 {
        let billions = millions / 1000.0;
        let rounded = if billions >= 100.0 { billions.round() } else { (billions * 10.0).round() / 10.0 };
        (rounded, Unit::Billion)
    } else {
        (millions.round(), Unit::Million)
    }
}

fn trim_decimal(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_match_how_the_article_writes_figures() {
        assert_eq!(usd_short(14_300.0), "$14.3B");
        assert_eq!(usd_short(29_000.0), "$29B");
        assert_eq!(usd_short(200.0), "$200M");
    }

    #[test]
    fn implied_valuations_round_to_one_decimal_below_100_billion_and_none_above() {
        assert_eq!(usd_short(29_183.67), "$29.2B");
        assert_eq!(usd_short(286_000.0), "$286B");
        assert_eq!(usd_short(99_960.0), "$100B");
        assert_eq!(usd_short(143_049.0), "$143B");
    }

    #[test]
    fn millions_that_round_to_a_thousand_become_billions() {
        assert_eq!(usd_short(999.4), "$999M");
        assert_eq!(usd_short(999.6), "$1B");
    }

    #[test]
    fn long_forms_spell_out_the_unit() {
        assert_eq!(usd_long(14_300.0), "$14.3 billion");
        assert_eq!(usd_long(200.0), "$200 million");
        assert_eq!(usd_long(29_000.0), "$29 billion");
    }

    #[test]
    fn hedged_amounts_keep_the_articles_qualifier_and_attribution() {
        let nearly = Some(Qualifier { word: "nearly", means: Means::AtMost });
        let over = Some(Qualifier { word: "over", means: Means::Above });
        assert_eq!(amount_short(&Amount { usd_millions: 29_000, qualifier: nearly, attribution: None }), "nearly $29B");
        assert_eq!(
            amount_long(&Amount { usd_millions: 200, qualifier: over, attribution: Some("reportedly") }),
            "reportedly over $200 million"
        );
        assert_eq!(
            amount_short(&Amount { usd_millions: 200, qualifier: None, attribution: Some("reportedly") }),
            "reportedly $200M"
        );
        assert_eq!(amount_short(&Amount { usd_millions: 14_300, qualifier: None, attribution: None }), "$14.3B");
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(49), "49%");
        assert_eq!(percent(100), "100%");
    }
}
