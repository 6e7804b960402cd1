//! How figures are written, in the words the data gives (`interface.money`): short forms
//! for charts and tiles, long forms for sentences and text alternatives.

use crate::template::fill;
use crate::{Amount, Money};

impl Money<'_> {
    /// "$14.3B", "$29B", "$286B", "$200M".
    ///
    /// One decimal under $100 billion, none above; a trailing ".0" is dropped.
    pub fn short(&self, millions: f64) -> String {
        write(millions, self.billions, self.millions)
    }

    /// "$14.3 billion", "$200 million": what a screen reader and a sentence should say.
    pub fn long(&self, millions: f64) -> String {
        write(millions, self.billions_long, self.millions_long)
    }

    /// "nearly $29B", "reportedly over $200M": a figure in short form with the article's
    /// hedge and attribution, so it is never overstated.
    pub fn amount_short(&self, amount: &Amount) -> String {
        hedged(amount, self.short(f64::from(amount.usd_millions)))
    }

    /// "nearly $29 billion", "reportedly over $200 million".
    pub fn amount_long(&self, amount: &Amount) -> String {
        hedged(amount, self.long(f64::from(amount.usd_millions)))
    }

    /// "49%".
    pub fn percent(&self, value: u32) -> String {
        fill(self.percent, &[("amount", &value.to_string())])
    }
}

fn write(millions: f64, billions_template: &str, millions_template: &str) -> String {
    let (tenths, in_billions) = scaled(millions);
    let template = if in_billions { billions_template } else { millions_template };
    fill(template, &[("amount", &decimal(tenths))])
}

fn hedged(amount: &Amount, figure: String) -> String {
    let mut words = String::new();
    for word in [amount.attribution, amount.qualifier.map(|qualifier| qualifier.word)].into_iter().flatten() {
        words.push_str(word);
        words.push(' ');
    }
    words + &figure
}

/// The value rounded for display, in whole tenths, and whether it is in billions. Millions
/// switch to billions once they would round to 1,000 or more, so "$1,000M" is never shown.
fn scaled(millions: f64) -> (u32, bool) {
    if millions.round() >= 1000.0 {
        let billions = millions / 1000.0;
        let tenths = if billions >= 100.0 { billions.round() * 10.0 } else { (billions * 10.0).round() };
        (tenths as u32, true)
    } else {
        (millions.round() as u32 * 10, false)
    }
}

/// "29", "14.3", written with integer formatting. `{:.1}` on a float runs core's exact
/// float formatting, which is slow in the wasm: at 4× CPU throttling the figures a page
/// load writes took about 10 ms that way, and 1 ms this way; each stake the reader tries
/// writes five of them again.
fn decimal(tenths: u32) -> String {
    match (tenths / 10, tenths % 10) {
        (whole, 0) => whole.to_string(),
        (whole, tenth) => format!("{whole}.{tenth}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Means, Qualifier};

    const EN: Money = Money {
        billions: "${amount}B",
        millions: "${amount}M",
        billions_long: "${amount} billion",
        millions_long: "${amount} million",
        percent: "{amount}%",
    };

    #[test]
    #[cfg(feature = "build")]
    fn the_shipped_words_are_these() {
        let story = crate::parse(include_str!("../../assets/story.json"), include_str!("../../assets/article.txt"));
        assert_eq!(story.expect("the shipped story parses").interface.money, EN);
    }

    #[test]
    fn short_forms_match_how_the_article_writes_figures() {
        assert_eq!(EN.short(14_300.0), "$14.3B");
        assert_eq!(EN.short(29_000.0), "$29B");
        assert_eq!(EN.short(200.0), "$200M");
    }

    #[test]
    fn implied_valuations_round_to_one_decimal_below_100_billion_and_none_above() {
        assert_eq!(EN.short(29_183.67), "$29.2B");
        assert_eq!(EN.short(286_000.0), "$286B");
        assert_eq!(EN.short(99_960.0), "$100B");
        assert_eq!(EN.short(143_049.0), "$143B");
    }

    #[test]
    fn millions_that_round_to_a_thousand_become_billions() {
        assert_eq!(EN.short(999.4), "$999M");
        assert_eq!(EN.short(999.6), "$1B");
    }

    #[test]
    fn long_forms_spell_out_the_unit() {
        assert_eq!(EN.long(14_300.0), "$14.3 billion");
        assert_eq!(EN.long(200.0), "$200 million");
        assert_eq!(EN.long(29_000.0), "$29 billion");
    }

    #[test]
    fn hedged_amounts_keep_the_articles_qualifier_and_attribution() {
        let nearly = Some(Qualifier { word: "nearly", means: Means::AtMost });
        let over = Some(Qualifier { word: "over", means: Means::Above });
        assert_eq!(
            EN.amount_short(&Amount { usd_millions: 29_000, qualifier: nearly, attribution: None }),
            "nearly $29B"
        );
        assert_eq!(
            EN.amount_long(&Amount { usd_millions: 200, qualifier: over, attribution: Some("reportedly") }),
            "reportedly over $200 million"
        );
        assert_eq!(
            EN.amount_short(&Amount { usd_millions: 200, qualifier: None, attribution: Some("reportedly") }),
            "reportedly $200M"
        );
        assert_eq!(EN.amount_short(&Amount { usd_millions: 14_300, qualifier: None, attribution: None }), "$14.3B");
    }

    #[test]
    fn percentages() {
        assert_eq!(EN.percent(49), "49%");
        assert_eq!(EN.percent(100), "100%");
    }

    #[test]
    fn another_newsroom_writes_figures_its_own_way() {
        let de = Money { billions: "{amount} Mrd. $", millions: "{amount} Mio. $", percent: "{amount} %", ..EN };
        assert_eq!(de.short(14_300.0), "14.3 Mrd. $");
        assert_eq!(de.short(200.0), "200 Mio. $");
        assert_eq!(de.percent(49), "49 %");
    }
}
