//! Who pulled back after the deal, what each did, and the one figure the article gives.

use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use super::{filled, palette, svg, text, ChartError, LABEL_BOX, TEXT_IN_BOX, WIDTH};
use crate::model::{
    story::{Departure, Exodus, Money, PartyKind},
    template::fill,
};

const LINE: i32 = 26;
const GAP: i32 = 18;
const INDENT: i32 = 22;
/// Where a line's square marker of a party's kind starts and ends, below the line's top.
const MARKER: [i32; 2] = [3, 17];
/// How far below a line's top its text starts, so the capitals sit beside the middle of
/// the line's marker.
const TEXT_DROP: i32 = 3;

/// A key of the kinds of party, then one block per departure: a marker of its kind and
/// its name, what it did, and, only where the article gives one, its figure with the
/// article's hedge and attribution ("Spent: reportedly over $200M"). A party with no
/// figure shows none: nothing about spending is drawn for it.
pub fn draw(exodus: &Exodus, money: &Money) -> Result<String, ChartError> {
    let departures = exodus.departures;
    let mut kinds: Vec<PartyKind> = Vec::new();
    for departure in departures {
        if !kinds.contains(&departure.kind) {
            kinds.push(departure.kind);
        }
    }
    // One kind a line: "Previously a major client" takes more than half the width.
    let key_height = kinds.len() as i32 * LINE + GAP / 2;
    let height = key_height + departures.iter().map(block_height).sum::<i32>() - GAP;
    svg(height as u32, |area| {
        for (i, kind) in kinds.iter().enumerate() {
            let y = i as i32 * LINE;
            area.draw(&Rectangle::new([(0, y + MARKER[0]), (14, y + MARKER[1])], filled(marker(*kind))))?;
            area.draw(&text(
                exodus.kinds.label(*kind),
                (INDENT, y + TEXT_DROP),
                FontStyle::Normal,
                &palette::TEXT,
                HPos::Left,
            ))?;
        }
        let mut top = key_height;
        for departure in departures {
            area.draw(&Rectangle::new([(0, top + MARKER[0]), (14, top + MARKER[1])], filled(marker(departure.kind))))?;
            let (party_at, did_at) = ((INDENT, top + TEXT_DROP), (INDENT, top + LINE + TEXT_DROP));
            area.draw(&text(departure.party, party_at, FontStyle::Bold, &palette::TEXT, HPos::Left))?;
            area.draw(&text(departure.did.text, did_at, FontStyle::Normal, &palette::TEXT, HPos::Left))?;
            if let Some(spent) = &departure.spent {
                let label = fill(exodus.spent, &[("amount", &money.amount_short(spent))]);
                let box_top = top + 2 * LINE + 4;
                let corners = [(INDENT, box_top), (WIDTH as i32 - 1, box_top + LABEL_BOX)];
                area.draw(&Rectangle::new(corners, filled(palette::LOSS)))?;
                area.draw(&text(
                    &label,
                    (INDENT + 8, box_top + TEXT_IN_BOX),
                    FontStyle::Bold,
                    &palette::ON_FILL,
                    HPos::Left,
                ))?;
            }
            top += block_height(departure);
        }
        Ok(())
    })
}

fn block_height(departure: &Departure) -> i32 {
    2 * LINE + if departure.spent.is_some() { LABEL_BOX + 10 } else { 0 } + GAP
}

fn marker(kind: PartyKind) -> RGBColor {
    match kind {
        PartyKind::Client => palette::LOSS,
        PartyKind::Investor => palette::MUTED,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::texts;
    use crate::model::STORY;

    fn shipped() -> String {
        draw(&STORY.exodus, &STORY.interface.money).unwrap()
    }

    #[test]
    fn it_names_who_pulled_back_and_what_each_did() {
        let svg = shipped();
        let texts = texts(&svg);
        for party in ["Google", "OpenAI", "xAI", "An institutional investor"] {
            assert!(texts.contains(&party), "{party}");
        }
        assert_eq!(
            texts.iter().filter(|t| **t == "Halted or paused its projects").count(),
            3,
            "Google, OpenAI and xAI"
        );
        assert!(texts.contains(&"Halted or paused its projects") && texts.contains(&"Sold its stake"));
        // Not "Client": in the article's words, they were "previously major clients".
        assert!(texts.contains(&"Previously a major client") && texts.contains(&"Investor"), "a key of the kinds");
    }

    #[test]
    fn the_one_figure_keeps_its_hedge_and_attribution_and_only_its_party_has_one() {
        let svg = shipped();
        let texts = texts(&svg);
        assert!(texts.contains(&"Spent: reportedly over $200M"), "{texts:?}");
        assert_eq!(texts.iter().filter(|t| t.contains('$')).count(), 1, "one figure, and no invented ones");
        let investor = texts.iter().position(|t| *t == "An institutional investor").unwrap();
        let figure = texts.iter().position(|t| t.contains("$200M")).unwrap();
        assert!(figure < investor, "the investor is drawn after the figure, never under it");
        assert!(texts.iter().all(|t| !t.contains("not reported")), "no row says anything of unknown spending");
    }

    #[test]
    fn it_is_drawn_on_the_phone_canvas_and_no_taller_than_it_needs() {
        let svg = shipped();
        assert!(svg.contains("width=\"320\""), "{}", &svg[..120]);
        let height: i32 = svg.split("height=\"").nth(1).and_then(|h| h.split('"').next()?.parse().ok()).unwrap();
        // The key's two lines, four blocks of two lines, one figure, and the gaps between blocks.
        assert_eq!(height, 2 * 26 + 9 + 4 * 52 + 40 + 3 * 18);
    }
}
