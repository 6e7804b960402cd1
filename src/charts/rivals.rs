//! The firms the article says are experiencing a surge in demand.

use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use super::{filled, palette, svg, text, ChartError, LABEL_BOX, TEXT_IN_BOX, WIDTH};

const ROW: i32 = 40;

/// One box per firm, each marked with a rising triangle. The article gives no figures
/// for them and says nothing of where any client went, so the chart shows neither: no
/// sizes, and no arrows from anyone.
pub fn draw(names: &[&str]) -> Result<String, ChartError> {
    let height = (names.len() as i32 * ROW - (ROW - LABEL_BOX)).max(LABEL_BOX);
    let right = WIDTH as i32 - 1;
    svg(height as u32, |area| {
        for (i, name) in names.iter().enumerate() {
            let top = i as i32 * ROW;
            area.draw(&Rectangle::new([(1, top), (right, top + LABEL_BOX)], filled(palette::GAIN)))?;
            area.draw(&text(name, (12, top + TEXT_IN_BOX), FontStyle::Bold, &palette::ON_FILL, HPos::Left))?;
            let rising = vec![(right - 18, top + 8), (right - 26, top + 22), (right - 10, top + 22)];
            area.draw(&Polygon::new(rising, filled(palette::ON_FILL)))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::texts;

    #[test]
    fn every_firm_gets_a_box_and_nothing_else_is_said() {
        let names = ["Labelbox", "Handshake", "Mercor", "Appen", "Turing"];
        let svg = draw(&names).unwrap();
        assert_eq!(texts(&svg), names, "the names and no other words or figures");
        assert_eq!(svg.matches("<rect").count(), names.len());
        assert_eq!(svg.matches("<polygon").count(), names.len(), "a rising mark each");
        assert!(!svg.contains("<polyline") && !svg.contains("<path"), "no arrows between parties");
    }
}
