//! The SVG canvas our charts are drawn on: a plotters `DrawingBackend` that records each
//! SVG element it draws, every number in it a whole one. A chart drawn only at build time
//! is written as markup (`Svg::markup`); the valuation's becomes Yew elements, prerendered
//! and built once live, which Yew patches in place (`components::chart_figure`), so moving
//! the stake changes a few attributes and texts instead of replacing the chart.
//!
//! Why not plotters' own `SVGBackend`: it writes each element's opacity and each font size
//! as an `f64` (`opacity="1"`, `font-size="16.129032258064516"`), and formatting an `f64`
//! links core's float printing into the wasm. Drawing on this canvas instead took the wasm
//! from 99.9 kB to 92.0 kB (brotli), and each chart's markup shrank by 16–30%.
//!
//! Invariants:
//! - **It records only what it can write exactly.** Our charts draw opaque colours, filled
//!   and outlined rectangles, lines, filled polygons and upright text at whole sizes. A
//!   translucent colour, a rotated text, a fractional font size, a shape plotters would
//!   rasterize pixel by pixel (a circle) or anything drawn after the document is closed
//!   fails the drawing with `Unsupported`, and the native tests draw every chart: nothing
//!   is ever drawn differently without a failure.
//! - **Text is never measured**: it is placed by its anchor, so the chart drawn natively at
//!   build time is exactly the chart the browser draws.

use std::borrow::Cow;
use std::fmt;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
    FontTransform,
};

/// Something the canvas cannot write exactly (see the module's invariants).
#[derive(Debug)]
pub struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("not drawable on the SVG canvas")
    }
}

impl std::error::Error for Unsupported {}

type Drawn = Result<(), DrawingErrorKind<Unsupported>>;

const UNSUPPORTED: DrawingErrorKind<Unsupported> = DrawingErrorKind::DrawingError(Unsupported);

/// An attribute's value: a word the canvas always writes, or one it made.
pub type Value = Cow<'static, str>;

/// A drawn chart: an SVG document's size and its elements, in drawing order.
#[derive(Debug, Default)]
pub struct Svg {
    size: (u32, u32),
    pub elements: Vec<Element>,
}

/// One element of a drawing: its name, its attributes' names (one list per kind of
/// element, so the browser compares a redrawn element's values only) and values, in
/// order, `None` where the element has no such attribute, and its text, if any.
#[derive(Debug)]
pub struct Element {
    pub name: &'static str,
    pub keys: &'static [&'static str],
    pub values: Vec<Option<Value>>,
    pub text: Option<String>,
}

// Statics, not consts: one address each, which is what Yew compares key lists by.
static SVG: &[&str] = &["width", "height", "viewBox", "xmlns"];
static RECT: &[&str] = &["x", "y", "width", "height", "fill"];
static OUTLINE: &[&str] = &["x", "y", "width", "height", "fill", "stroke", "stroke-width"];
static POLYLINE: &[&str] = &["fill", "stroke", "stroke-width", "points"];
static POLYGON: &[&str] = &["fill", "points"];
static TEXT: &[&str] =
    &["x", "y", "dy", "text-anchor", "font-size", "fill", "font-family", "font-weight", "font-style"];

impl Svg {
    /// The `<svg>` element's own attributes: their names and values.
    pub fn attributes(&self) -> (&'static [&'static str], Vec<Option<Value>>) {
        let (width, height) = self.size;
        let values = [
            number(width),
            number(height),
            format!("0 0 {width} {height}").into(),
            "http://www.w3.org/2000/svg".into(),
        ];
        (SVG, values.into_iter().map(Some).collect())
    }

    /// The drawing as SVG markup, every attribute value and text escaped.
    #[cfg(ssr)]
    pub fn markup(&self) -> String {
        fn open(markup: &mut String, name: &str, keys: &[&str], values: &[Option<Value>]) {
            markup.push('<');
            markup.push_str(name);
            for (name, value) in keys.iter().zip(values).filter_map(|(key, value)| Some((key, value.as_ref()?))) {
                markup.push(' ');
                markup.push_str(name);
                markup.push_str("=\"");
                escape_into(markup, value);
                markup.push('"');
            }
        }
        let mut markup = String::new();
        let (keys, values) = self.attributes();
        open(&mut markup, "svg", keys, &values);
        markup.push('>');
        for Element { name, keys, values, text } in &self.elements {
            open(&mut markup, name, keys, values);
            match text {
                Some(text) => {
                    markup.push('>');
                    escape_into(&mut markup, text);
                    markup.push_str("</");
                    markup.push_str(name);
                    markup.push('>');
                }
                None => markup.push_str("/>"),
            }
        }
        markup.push_str("</svg>");
        markup
    }
}

/// `text` with the characters that would end an attribute or open a tag escaped.
#[cfg(ssr)]
fn escape_into(markup: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => markup.push_str("&lt;"),
            '>' => markup.push_str("&gt;"),
            '&' => markup.push_str("&amp;"),
            '"' => markup.push_str("&quot;"),
            c => markup.push(c),
        }
    }
}

/// A `width`×`height` canvas recording into `svg` as it is drawn. After `present` it
/// refuses to draw.
pub struct SvgCanvas<'a> {
    svg: &'a mut Svg,
    closed: bool,
}

impl<'a> SvgCanvas<'a> {
    pub fn new(svg: &'a mut Svg, size: (u32, u32)) -> Self {
        svg.size = size;
        Self { svg, closed: false }
    }

    /// The colour to draw with, `#1F4FD1`, the form the stylesheet's theme rules match;
    /// `None` draws nothing. Every drawing asks first, so none lands after `present`.
    fn colour(&self, color: BackendColor) -> Result<Option<Value>, DrawingErrorKind<Unsupported>> {
        if self.closed {
            Err(UNSUPPORTED)
        } else if color.alpha == 0.0 {
            Ok(None)
        } else if color.alpha == 1.0 {
            let (r, g, b) = color.rgb;
            Ok(Some(format!("#{r:02X}{g:02X}{b:02X}").into()))
        } else {
            Err(UNSUPPORTED)
        }
    }

    fn element(&mut self, name: &'static str, keys: &'static [&'static str], values: Vec<Value>, text: Option<String>) {
        let values = values.into_iter().map(Some).collect();
        self.svg.elements.push(Element { name, keys, values, text });
    }
}

fn number(n: impl ToString) -> Value {
    n.to_string().into()
}

/// `x,y x,y …`
fn points(points: impl IntoIterator<Item = BackendCoord>) -> Value {
    let points: Vec<String> = points.into_iter().map(|(x, y)| format!("{x},{y}")).collect();
    points.join(" ").into()
}

impl DrawingBackend for SvgCanvas<'_> {
    type ErrorType = Unsupported;

    fn get_size(&self) -> (u32, u32) {
        self.svg.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    /// Closes the document, once.
    fn present(&mut self) -> Drawn {
        if self.closed {
            return Err(UNSUPPORTED);
        }
        self.closed = true;
        Ok(())
    }

    /// Plotters draws pixel by pixel only the shapes this canvas does not write as SVG.
    fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Drawn {
        Err(UNSUPPORTED)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let Some(colour) = self.colour(style.color())? else { return Ok(()) };
        let mut values = vec![number(x0), number(y0), number(x1 - x0), number(y1 - y0)];
        if fill {
            values.push(colour);
            self.element("rect", RECT, values, None);
        } else {
            values.extend(["none".into(), colour, number(style.stroke_width())]);
            self.element("rect", OUTLINE, values, None);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        let Some(colour) = self.colour(style.color())? else { return Ok(()) };
        let values = vec!["none".into(), colour, number(style.stroke_width()), points(path)];
        self.element("polyline", POLYLINE, values, None);
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vertices: I, style: &S) -> Drawn {
        let Some(colour) = self.colour(style.color())? else { return Ok(()) };
        self.element("polygon", POLYGON, vec![colour, points(vertices)], None);
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, (x, y): BackendCoord) -> Drawn {
        let Some(colour) = self.colour(style.color())? else { return Ok(()) };
        let size = style.size();
        if !matches!(style.transform(), FontTransform::None) || size.fract() != 0.0 || !(1.0..=1000.0).contains(&size) {
            return Err(UNSUPPORTED);
        }
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        // Where the text's top, middle or bottom sits, from its baseline.
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let (weight, slant) = match style.style() {
            FontStyle::Normal => (None, None),
            FontStyle::Bold => (Some("bold".into()), None),
            slanted => (None, Some(slanted.as_str().to_owned().into())),
        };
        let values = vec![
            Some(number(x)),
            Some(number(y)),
            Some(dy.into()),
            Some(anchor.into()),
            Some(number(size as u32)),
            Some(colour),
            Some(style.family().as_str().to_owned().into()),
            weight,
            slant,
        ];
        self.svg.elements.push(Element { name: "text", keys: TEXT, values, text: Some(text.to_owned()) });
        Ok(())
    }
}

// Natively, where drawings are written as markup.
#[cfg(all(test, ssr))]
mod tests {
    use plotters::coord::Shift;
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, Pos, VPos};

    use super::{Svg, SvgCanvas, Unsupported};

    fn draw(size: (u32, u32), draw: impl FnOnce(&DrawingArea<SvgCanvas, Shift>) -> AreaDrawn) -> Option<String> {
        let mut svg = Svg::default();
        {
            let area = SvgCanvas::new(&mut svg, size).into_drawing_area();
            draw(&area).ok()?;
            area.present().ok()?;
        }
        Some(svg.markup())
    }

    type AreaDrawn = Result<(), DrawingAreaErrorKind<Unsupported>>;

    #[test]
    fn it_writes_shapes_and_text_with_whole_numbers_and_the_stylesheets_colours() {
        let svg = draw((320, 100), |area| {
            area.draw(&Rectangle::new([(1, 2), (41, 30)], RGBColor(0x1f, 0x4f, 0xd1).filled()))?;
            area.draw(&PathElement::new(vec![(5, 6), (5, 10)], BLACK.stroke_width(2)))?;
            area.draw(&Polygon::new(vec![(0, 0), (4, 0), (2, 3)], WHITE.filled()))?;
            let style = TextStyle::from(("sans-serif", 16, FontStyle::Bold).into_font())
                .color(&BLACK)
                .pos(Pos::new(HPos::Right, VPos::Top));
            area.draw(&Text::new("Q&A <3 \"AI\"", (300, 40), style))
        })
        .unwrap();
        assert_eq!(
            svg,
            concat!(
                r#"<svg width="320" height="100" viewBox="0 0 320 100" xmlns="http://www.w3.org/2000/svg">"#,
                r##"<rect x="1" y="2" width="40" height="28" fill="#1F4FD1"/>"##,
                r##"<polyline fill="none" stroke="#000000" stroke-width="2" points="5,6 5,10"/>"##,
                r##"<polygon fill="#FFFFFF" points="0,0 4,0 2,3"/>"##,
                r##"<text x="300" y="40" dy="0.76em" text-anchor="end" font-size="16" fill="#000000" font-family="sans-serif" font-weight="bold">Q&amp;A &lt;3 &quot;AI&quot;</text>"##,
                "</svg>"
            )
        );
    }

    #[test]
    fn outlines_and_lines_are_strokes() {
        let mut svg = Svg::default();
        let mut canvas = SvgCanvas::new(&mut svg, (10, 10));
        canvas.draw_rect((1, 1), (5, 4), &BLACK.stroke_width(2), false).unwrap();
        canvas.draw_line((0, 9), (9, 0), &BLACK).unwrap();
        canvas.present().unwrap();
        assert!(svg.markup().ends_with(concat!(
            r##"<rect x="1" y="1" width="4" height="3" fill="none" stroke="#000000" stroke-width="2"/>"##,
            r##"<polyline fill="none" stroke="#000000" stroke-width="1" points="0,9 9,0"/></svg>"##
        )));
    }

    #[test]
    fn what_it_cannot_write_exactly_fails_the_drawing() {
        let translucent =
            |area: &DrawingArea<SvgCanvas, _>| area.draw(&Rectangle::new([(0, 0), (9, 9)], BLACK.mix(0.5).filled()));
        assert_eq!(draw((10, 10), translucent), None);
        let rotated = |area: &DrawingArea<SvgCanvas, _>| {
            let style = ("sans-serif", 16).into_font().transform(FontTransform::Rotate90).color(&BLACK);
            area.draw(&Text::new("up", (5, 5), style))
        };
        assert_eq!(draw((10, 10), rotated), None);
        let circle = |area: &DrawingArea<SvgCanvas, _>| area.draw(&Circle::new((5, 5), 3, BLACK.filled()));
        assert_eq!(draw((10, 10), circle), None);
        let fractional = |area: &DrawingArea<SvgCanvas, _>| {
            area.draw(&Text::new("small", (5, 5), ("sans-serif", 15.5).into_font().color(&BLACK)))
        };
        assert_eq!(draw((10, 10), fractional), None);
        let mut svg = Svg::default();
        let mut canvas = SvgCanvas::new(&mut svg, (10, 10));
        canvas.present().unwrap();
        assert!(canvas.present().is_err(), "a document is closed once");
        assert!(canvas.draw_rect((0, 0), (5, 5), &BLACK, true).is_err(), "nothing is drawn after it is closed");
        assert!(svg.elements.is_empty(), "{svg:?}");
    }

    #[test]
    fn a_transparent_colour_draws_nothing() {
        let svg = draw((10, 10), |area| area.draw(&Rectangle::new([(0, 0), (9, 9)], TRANSPARENT.filled()))).unwrap();
        assert!(!svg.contains("<rect"), "{svg}");
    }
}
