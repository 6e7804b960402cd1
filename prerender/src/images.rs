//! The pictures for places that run no code: link previews, newsletters, apps, AMP. Each
//! chart of the prerendered page is written as its own SVG and PNG, and so is the exodus
//! (the page shows it as cards); the share card (`og:image`) as a 1200×630 PNG. Text is
//! set in DejaVu Sans, which ships in `assets/fonts/` (its licence allows it), so every
//! build machine draws the same pixels. The card's words are `model::embed::card_alt`.

use std::path::Path;

use resvg::{tiny_skia, usvg};
use scale_explainer::{
    charts::{card, exodus},
    model::story::Story,
};

use crate::write_bytes;

/// The share card's file name in `dist/`.
pub const CARD: &str = "share-card.png";

const FONTS: [&[u8]; 2] =
    [include_bytes!("../../assets/fonts/DejaVuSans.ttf"), include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf")];

/// Writes the share card and every chart in `rendered` (the prerendered story) into `dir`.
pub fn write_all(dir: &Path, story: &Story, rendered: &str) -> Result<(), String> {
    let options = options();
    let card = card::draw(story).map_err(|_| "cannot draw the share card".to_owned())?;
    write_bytes(dir, "share-card.svg", card.as_bytes())?;
    write_bytes(dir, CARD, &png(&card, 1.0, &options)?)?;
    // The exodus is a picture only: on the page its cards say it all.
    let exodus = exodus::draw(&story.exodus, &story.interface.money).map_err(|_| "cannot draw the exodus")?;
    for (step, svg) in charts(rendered).into_iter().chain([("exodus", exodus.as_str())]) {
        write_bytes(dir, &format!("chart-{step}.svg"), svg.as_bytes())?;
        // Twice the 320-unit canvas: sharp on a phone's screen and in a newsletter.
        write_bytes(dir, &format!("chart-{step}.png"), &png(svg, 2.0, &options)?)?;
    }
    Ok(())
}

fn options() -> usvg::Options<'static> {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    for font in FONTS {
        fonts.load_font_data(font.to_vec());
    }
    // The charts ask for `sans-serif`.
    fonts.set_sans_serif_family("DejaVu Sans");
    options
}

/// `svg` as a PNG, `scale` times its own size, on white: the charts' colours are for a
/// light page.
fn png(svg: &str, scale: f32, options: &usvg::Options) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_str(svg, options).map_err(|e| format!("cannot read a chart's SVG: {e}"))?;
    let size = tree.size().to_int_size().scale_by(scale).ok_or("a chart has no size")?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("a chart has no size")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("cannot encode a PNG: {e}"))
}

/// Each step's chart in the prerendered story, by step id: the `<svg>` inside the step's
/// section. (Reading, not editing: a chart's SVG holds no nested `<svg>`.)
fn charts(rendered: &str) -> Vec<(&str, &str)> {
    rendered
        .split("<section id=\"sx-")
        .skip(1)
        .filter_map(|section| {
            let step = section.split_once('"')?.0;
            let start = section.find("<svg")?;
            let end = section[start..].find("</svg>")? + start + "</svg>".len();
            Some((step, &section[start..end]))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use scale_explainer::{
        model::{BROWSER_STORY, STORY},
        render_story_html,
    };

    #[test]
    fn every_chart_of_the_story_is_found_by_its_step() {
        let rendered = render_story_html(&STORY, &BROWSER_STORY);
        let steps: Vec<&str> = charts(&rendered).into_iter().map(|(step, _)| step).collect();
        assert_eq!(steps, ["stake", "valuation", "rivals"]);
    }

    #[test]
    fn the_card_is_a_1200_by_630_png_with_its_text_drawn() {
        let card = card::draw(&STORY).unwrap();
        let options = options();
        let image = png(&card, 1.0, &options).unwrap();
        let pixmap = tiny_skia::Pixmap::decode_png(&image).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), card::SIZE);
        // The title is drawn: dark pixels where it stands, in the card's top left.
        let dark = (64..700)
            .flat_map(|x| (70..120).map(move |y| (x, y)))
            .filter(|&(x, y)| pixmap.pixel(x, y).is_some_and(|p| p.red() < 100))
            .count();
        assert!(dark > 1000, "the title's glyphs were not drawn ({dark} dark pixels)");
        // Without the shipped font there would be no glyphs at all.
        let without = png(&card, 1.0, &usvg::Options::default()).unwrap();
        assert_ne!(image, without);
    }
}
