//! Where Scale AI's clients are turning: the vendor-neutral rivals.

use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use super::{filled, outline, palette, svg, text, ChartError, WIDTH};

const ROW: i32 = 40;
const BOX_H: i32 = 30;

/// `from` on the left with an arrow to each rival on the right. The article gives no
/// figures for the rivals, so the chart shows direction, not size.
pub fn draw(from: &str, rivals: &[&str]) -> Result<String, ChartError> {
    let height = (rivals.len() as i32 * ROW).max(ROW);
    let (source_right, rival_left, right) = (104, 176, WIDTH as i32 - 1);
    let middle = height / 2;
    svg(height as u32, |area| {
        area.draw(&Rectangle::new([(1, middle - 24), (source_right, middle + 24)], outline(palette::MUTED)))?;
        area.draw(&text(from, (source_right / 2, middle - 12), FontStyle::Bold, &palette::TEXT, HPos::Center))?;
        for (i, rival) in rivals.iter().enumerate() {
            let top = i as i32 * ROW + (ROW - BOX_H) / 2;
            let target_y = top + BOX_H / 2;
            area.draw(&PathElement::new(
                vec![(source_right, middle), (rival_left - 10, target_y)],
                outline(palette::GAIN),
            ))?;
            let head =
                vec![(rival_left - 2, target_y), (rival_left - 12, target_y - 6), (rival_left - 12, target_y + 6)];
            area.draw(&Polygon::new(head, filled(palette::GAIN)))?;
            area.draw(&Rectangle::new([(rival_left, top), (right, top + BOX_H)], filled(palette::GAIN)))?;
            area.draw(&text(rival, (rival_left + 10, top + 6), FontStyle::Bold, &palette::ON_FILL, HPos::Left))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::texts;

    #[test]
    fn every_rival_gets_a_labelled_box_and_an_arrow() {
        let rivals = ["Labelbox", "Handshake", "Mercor", "Appen", "Turing"];
        let svg = draw("Scale AI", &rivals).unwrap();
        assert!(texts(&svg).contains(&"Scale AI"));
        for rival in rivals {
            assert!(texts(&svg).contains(&rival), "{rival}");
        }
        assert_eq!(svg.matches("<polygon").count(), rivals.len());
    }
}
