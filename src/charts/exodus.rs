//! Who walked away, and the one spending figure the article gives.

use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use super::{filled, outline, palette, svg, text, ChartError, WIDTH};
use crate::model::{money, story::Departure};

const ROW: i32 = 58;
const BAR: i32 = 26;

/// One row per departure: a solid bar with the amount where the article gives one,
/// a dashed outline marked "not reported" where it does not. Nothing is estimated.
pub fn draw(departures: &[Departure]) -> Result<String, ChartError> {
    let rows = departures.len() as u32;
    let right = WIDTH as i32 - 1;
    svg(rows * ROW as u32, |area| {
        for (i, departure) in departures.iter().enumerate() {
            let top = i as i32 * ROW;
            area.draw(&text(departure.party, (0, top), FontStyle::Bold, &palette::TEXT, HPos::Left))?;
            let bar = [(1, top + 24), (right, top + 24 + BAR)];
            match &departure.spent {
                Some(spent) => {
                    area.draw(&Rectangle::new(bar, filled(palette::LOSS)))?;
                    let label = format!("{} spent", money::amount_short(spent));
                    area.draw(&text(&label, (10, top + 29), FontStyle::Bold, &palette::ON_FILL, HPos::Left))?;
                }
                None => {
                    for x in (1..right).step_by(12) {
                        let dash = [(x, top + 24), ((x + 6).min(right), top + 24)];
                        area.draw(&PathElement::new(dash.to_vec(), outline(palette::MUTED)))?;
                        let dash = [(x, top + 24 + BAR), ((x + 6).min(right), top + 24 + BAR)];
                        area.draw(&PathElement::new(dash.to_vec(), outline(palette::MUTED)))?;
                    }
                    area.draw(&text(
                        "Spending not reported",
                        (10, top + 29),
                        FontStyle::Normal,
                        &palette::MUTED,
                        HPos::Left,
                    ))?;
                }
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::texts;
    use crate::model::story::{Amount, Means, PartyKind, Qualifier};

    fn departure(party: &'static str, spent: Option<u32>) -> Departure<'static> {
        let qualifier = Some(Qualifier { word: "over", means: Means::Above });
        let spent = spent.map(|usd_millions| Amount { usd_millions, qualifier, attribution: Some("reportedly") });
        Departure { party, kind: PartyKind::Client, detail: "d", spent, source: "s" }
    }

    #[test]
    fn the_known_figure_is_written_on_its_bar_and_unknown_ones_say_so() {
        let svg = draw(&[departure("Google", Some(200)), departure("OpenAI", None), departure("xAI", None)]).unwrap();
        assert!(texts(&svg).contains(&"Google") && texts(&svg).contains(&"OpenAI") && texts(&svg).contains(&"xAI"));
        assert!(
            texts(&svg).contains(&"reportedly over $200M spent"),
            "the hedge and its attribution go with the figure"
        );
        assert_eq!(texts(&svg).iter().filter(|t| **t == "Spending not reported").count(), 2);
        assert_eq!(svg.matches("<rect").count(), 1, "only the reported figure gets a solid bar");
    }
}
