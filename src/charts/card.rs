//! The share card: the picture social networks, newsletters and apps show for the
//! explainer (1200×630, the size Open Graph and Twitter expect): its title and the deal's
//! three figures, each with its label and hedge, and who publishes it.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{drawing, filled, palette, ChartError};
use crate::model::{story::Story, template::fill};

/// The card's size in pixels.
pub const SIZE: (u32, u32) = (1200, 630);

pub fn draw(story: &Story) -> Result<String, ChartError> {
    let (deal, money) = (&story.deal, &story.interface.money);
    let names = [("investor", deal.investor), ("target", deal.target)];
    let figures = [
        (fill(deal.labels.investment, &names), money.short(f64::from(deal.investment.usd_millions))),
        (fill(deal.labels.stake, &names), money.percent(deal.stake_percent)),
        (fill(deal.labels.valuation, &names), money.amount_short(&deal.valuation)),
    ];
    let svg = drawing(SIZE, |area| {
        let text = |label: &str, (x, y): (i32, i32), size: u32, weight: FontStyle, color: &RGBColor| {
            let style = TextStyle::from(("sans-serif", size, weight).into_font())
                .color(color)
                .pos(Pos::new(HPos::Left, VPos::Top));
            area.draw(&Text::new(label.to_owned(), (x, y), style))
        };
        area.fill(&palette::ON_FILL)?;
        area.draw(&Rectangle::new([(0, 0), (1200, 14)], filled(palette::META)))?;
        text(story.title.text, (64, 56), 48, FontStyle::Bold, &palette::TEXT)?;
        // As on the page's first step: each figure under its label, so they read as a sentence.
        for (i, (label, value)) in figures.iter().enumerate() {
            let top = 150 + 135 * i as i32;
            area.draw(&Rectangle::new([(64, top + 4), (72, top + 112)], filled(palette::META)))?;
            text(label, (96, top), 30, FontStyle::Normal, &palette::MUTED)?;
            text(value, (96, top + 40), 64, FontStyle::Bold, &palette::TEXT)?;
        }
        text(story.page.site_name, (64, 570), 28, FontStyle::Normal, &palette::MUTED)?;
        Ok(())
    })?;
    Ok(svg.markup())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::texts;
    use crate::model::STORY;

    #[test]
    fn the_card_shows_the_title_and_the_three_figures_with_their_hedge() {
        let svg = draw(&STORY).unwrap();
        assert!(svg.contains("width=\"1200\"") && svg.contains("height=\"630\""));
        let shown = texts(&svg);
        for text in [STORY.title.text, "$14.3B", "49%", "nearly $29B", "Meta has invested", STORY.page.site_name] {
            assert!(shown.contains(&text), "{text:?} is not on the card: {shown:?}");
        }
    }

    #[test]
    fn its_words_say_what_it_shows() {
        let alt = crate::model::embed::card_alt(&crate::model::BROWSER_STORY);
        // In a sentence's forms, as a screen reader should say them.
        for text in ["$14.3 billion", "49%", "nearly $29 billion", "Scale AI"] {
            assert!(alt.contains(text), "{alt}");
        }
    }
}
