//! Meta's stake as 100 squares: one per percentage point.

use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use super::{filled, palette, svg, text, ChartError};

const CELL: i32 = 20;
const GAP: i32 = 3;

/// A 10×10 waffle: `stake_percent` squares for the investor, the rest not, with a key
/// that names each (`investor_label`, `rest_label`).
pub fn draw(stake_percent: u32, investor_label: &str, rest_label: &str) -> Result<String, ChartError> {
    let stake = stake_percent.min(100);
    svg(10 * CELL as u32 + 64, |area| {
        for cell in 0..100 {
            let (x, y) = ((cell % 10) as i32 * CELL, (cell / 10) as i32 * CELL);
            let color = if cell < stake { palette::META } else { palette::REST };
            area.draw(&Rectangle::new([(x, y), (x + CELL - GAP, y + CELL - GAP)], filled(color)))?;
        }
        // The key sits under the grid, where any name fits the 320-unit width.
        let key_y = 10 * CELL + 10;
        area.draw(&Rectangle::new([(0, key_y + 3), (14, key_y + 17)], filled(palette::META)))?;
        area.draw(&text(investor_label, (22, key_y), FontStyle::Bold, &palette::TEXT, HPos::Left))?;
        area.draw(&Rectangle::new([(0, key_y + 33), (14, key_y + 47)], filled(palette::REST)))?;
        area.draw(&text(rest_label, (22, key_y + 30), FontStyle::Normal, &palette::TEXT, HPos::Left))?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::texts;

    #[test]
    fn one_square_per_point_coloured_by_owner() {
        let svg = draw(49, "Meta 49%", "Other 51%").unwrap();
        assert_eq!(svg.matches("fill=\"#1F4FD1\"").count(), 49 + 1, "49 squares and a legend key");
        assert_eq!(svg.matches("fill=\"#8A919E\"").count(), 51 + 1, "51 squares and a legend key");
        assert!(texts(&svg).contains(&"Meta 49%"));
        assert!(texts(&svg).contains(&"Other 51%"));
    }

    #[test]
    fn names_are_escaped_not_injected() {
        let svg = draw(49, "</svg><script>alert(1)</script>", "x").unwrap();
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;/svg&gt;&lt;script&gt;"));
    }
}
