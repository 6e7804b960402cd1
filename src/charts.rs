//! Charts: pure functions from model values to SVG, drawn with plotters on our
//! `canvas::SvgCanvas`: markup for the charts drawn only at build time, and for the
//! valuation chart an `Svg`, the drawing's elements, which become Yew elements,
//! prerendered and then built in the browser once live (`components::chart_figure`). They
//! never know about the page.
//!
//! Text is placed with anchors and never measured, so a chart drawn natively at build
//! time is exactly the chart drawn in the browser, and building it live moves nothing.

// Only the valuation chart is redrawn in the browser; the others are prerendered, and the
// share card is drawn at build time for link previews.
#[cfg(ssr)]
pub mod card;
#[cfg(ssr)]
pub mod exodus;
#[cfg(ssr)]
pub mod rivals;
#[cfg(ssr)]
pub mod stake;
pub mod valuation;

mod canvas;

pub use canvas::{Svg, Value};

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The light-theme colours written into every SVG. `assets/style/chart_figure.css` maps each
/// one a chart on the page fills or strokes with to a theme colour (a stylesheet rule beats a
/// presentation attribute), which is how the charts follow dark mode; a test checks that
/// every such colour is mapped. `LOSS`, `GAIN` and `ON_FILL` are drawn only in pictures (the
/// exodus, the rivals, the share card), never themed.
pub mod palette {
    use plotters::style::RGBColor;

    pub const TEXT: RGBColor = RGBColor(0x16, 0x18, 0x1d);
    pub const MUTED: RGBColor = RGBColor(0x4a, 0x50, 0x60);
    pub const META: RGBColor = RGBColor(0x1f, 0x4f, 0xd1);
    pub const REST: RGBColor = RGBColor(0x8a, 0x91, 0x9e);
    pub const LOSS: RGBColor = RGBColor(0xb4, 0x23, 0x2c);
    pub const GAIN: RGBColor = RGBColor(0x14, 0x6c, 0x43);
    /// Text drawn on a filled bar.
    pub const ON_FILL: RGBColor = RGBColor(0xff, 0xff, 0xff);
}

/// Charts are drawn on a 320-unit-wide canvas: at a 320 px phone column text is drawn
/// at its nominal size, and wider columns scale it up.
pub const WIDTH: u32 = 320;

/// Drawing a chart failed; the page then shows the chart's text description alone.
/// (It carries no message: formatting the canvas's errors would cost the wasm bytes for
/// words no reader sees.)
#[derive(Debug, Clone, PartialEq)]
pub struct ChartError;

use canvas::{SvgCanvas, Unsupported};

type Area<'a> = DrawingArea<SvgCanvas<'a>, Shift>;
type Drawn = Result<(), DrawingAreaErrorKind<Unsupported>>;

/// Runs `draw` on a fresh SVG canvas of `size` and returns the drawing.
fn drawing(size: (u32, u32), draw: impl FnOnce(&Area) -> Drawn) -> Result<Svg, ChartError> {
    let mut svg = Svg::default();
    {
        let area = SvgCanvas::new(&mut svg, size).into_drawing_area();
        draw(&area).and_then(|()| area.present()).map_err(|_| ChartError)?;
    }
    Ok(svg)
}

/// `drawing`, written as markup: the charts drawn only at build time.
#[cfg(ssr)]
fn svg(height: u32, draw: impl FnOnce(&Area) -> Drawn) -> Result<String, ChartError> {
    drawing((WIDTH, height), draw).map(|svg| svg.markup())
}

/// The height of a filled box with a label in it (the exodus's figure, the rivals' names).
#[cfg(ssr)]
const LABEL_BOX: i32 = 30;
/// How far into a `LABEL_BOX` its label's `text` starts, so its capitals sit in the middle.
#[cfg(ssr)]
const TEXT_IN_BOX: i32 = 9;

/// Text at `(x, y)`, its top edge on `y`, aligned by `h`, 16 canvas units high.
fn text<'a>(
    label: &'a str,
    (x, y): (i32, i32),
    weight: FontStyle,
    color: &'a RGBColor,
    h: HPos,
) -> Text<'a, (i32, i32), &'a str> {
    let style = TextStyle::from(("sans-serif", 16, weight).into_font()).color(color).pos(Pos::new(h, VPos::Top));
    Text::new(label, (x, y), style)
}

fn filled(color: RGBColor) -> ShapeStyle {
    color.filled()
}

/// The text of every `<text>` element, in drawing order: what a chart says.
#[cfg(all(test, ssr))]
pub(crate) fn texts(svg: &str) -> Vec<&str> {
    svg.split("<text")
        .skip(1)
        .filter_map(|element| Some(element.split_once('>')?.1.split_once("</text>")?.0.trim()))
        .collect()
}

// Native only, as are the charts drawn at build time.
#[cfg(all(test, ssr))]
mod tests {
    use super::{stake, valuation};
    use crate::model::STORY;

    const STYLESHEET: &str = include_str!("../assets/style/chart_figure.css");

    /// The `fill` and `stroke` attributes in `svg` (`fill="#16181D"`).
    fn colours(svg: &str) -> Vec<&str> {
        let mut found = Vec::new();
        for name in ["fill=\"#", "stroke=\"#"] {
            found.extend(svg.match_indices(name).map(|(at, _)| &svg[at..at + name.len() + 7]));
        }
        found
    }

    /// A chart on the page that draws with a colour the stylesheet does not theme keeps its
    /// light colour in dark mode. (The end-to-end stylesheet test finds the rules no chart
    /// uses.) The exodus and the rivals are drawn only as pictures, which are never themed.
    #[test]
    fn every_colour_a_chart_draws_with_is_themed_by_the_stylesheet() {
        let money = &STORY.interface.money;
        let investment = f64::from(STORY.deal.investment.usd_millions);
        let mut charts = vec![stake::draw(STORY.deal.stake_percent, "a", "b").unwrap()];
        for percent in [1, STORY.deal.stake_percent, 100] {
            charts.push(
                valuation::draw(investment, percent, STORY.deal.stake_percent, &STORY.valuation, money)
                    .unwrap()
                    .markup(),
            );
        }
        let drawn: Vec<&str> = charts.iter().flat_map(|svg| colours(svg)).collect();
        assert!(drawn.contains(&"fill=\"#1F4FD1\"") && drawn.contains(&"stroke=\"#16181D\""), "{drawn:?}");
        for colour in drawn {
            assert!(STYLESHEET.contains(&format!("[{colour}]")), "chart_figure.css does not theme {colour}");
        }
    }
}
