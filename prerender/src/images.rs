//! The pictures for places that run no code: link previews, newsletters, apps, AMP. Each
//! chart of the prerendered page is written as its own SVG and PNG, and so are the exodus
//! (the page shows it as cards) and the rivals (a list); the share card (`og:image`) as a
//! 1200×630 PNG. Text is
//! set in DejaVu Sans, which ships in `assets/fonts/` (its licence allows it), so every
//! build machine draws the same pixels. The card's words are `model::embed::card_alt`.

use std::{
    cell::{Cell, RefCell},
    collections::HashMap,
    path::Path,
};

use lol_html::{element, rewrite_str, text, RewriteStrSettings};
use resvg::{tiny_skia, usvg};
use scale_explainer::{
    charts::{self, card, exodus, palette, rivals},
    model::story::Story,
};

use crate::write_bytes;

/// The share card's file name in `dist/`.
pub const CARD: &str = "share-card.png";

const FONTS: [&[u8]; 2] =
    [include_bytes!("../../assets/fonts/DejaVuSans.ttf"), include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf")];

/// Writes the share card and every step's picture (`pictures`) into `dir`.
pub fn write_all(dir: &Path, story: &Story, rendered: &str) -> Result<(), String> {
    let options = options();
    let card = card::draw(story).map_err(|_| "cannot draw the share card".to_owned())?;
    write_bytes(dir, "share-card.svg", card.as_bytes())?;
    write_bytes(dir, CARD, &png(&card, 1.0, &options)?)?;
    for (step, picture) in pictures(story, rendered, &options)? {
        write_bytes(dir, &format!("chart-{step}.svg"), picture.as_bytes())?;
        // Twice its size (352 units: the 320-unit chart and its margins): sharp on a
        // phone's screen and in a newsletter.
        write_bytes(dir, &format!("chart-{step}.png"), &png(&picture, 2.0, &options)?)?;
    }
    Ok(())
}

/// Each step's picture, by step id: every chart of `rendered` (the prerendered story), and
/// the exodus and the rivals, pictures only (on the page the exodus's cards say it all, and
/// its step has no caption to take; the rivals are a list, and their picture's boxes, one
/// per firm and all of one length, stand under the caption that the article gives no
/// figures), each titled with its step's words.
fn pictures<'a>(story: &Story, rendered: &'a str, options: &usvg::Options) -> Result<Vec<(&'a str, String)>, String> {
    let exodus = exodus::draw(&story.exodus, &story.interface.money).map_err(|_| "cannot draw the exodus")?;
    let rivals = rivals::draw(story.rivals.names).map_err(|_| "cannot draw the rivals")?;
    let mut words = words(rendered)?;
    let drawn = [("exodus", exodus.as_str()), ("rivals", rivals.as_str())];
    charts(rendered)
        .into_iter()
        .chain(drawn)
        .map(|(step, svg)| {
            let words = words.remove(step).ok_or_else(|| format!("the {step} step has no heading"))?;
            Ok((step, titled(svg, &words, options)?))
        })
        .collect()
}

/// The chart's width, and the widest a line of words above it may be.
const WIDTH: f32 = charts::WIDTH as f32;

/// The space around a picture's words and chart.
const MARGIN: i32 = 16;

/// What a picture says above its chart, as its step says it (escaped text, as in the page).
#[derive(Debug, Default, PartialEq)]
struct Words {
    heading: String,
    /// The article's own figure, where the step gives it beside our arithmetic
    /// (`p.sx-reported`, without the page's note on our arithmetic: the caption says it):
    /// a picture of ours must not stand without it.
    reported: String,
    caption: String,
}

/// A chart as a picture that stands on its own where no page goes with it: the step's
/// heading, the article's figure where there is one, and the chart's caption above it (for
/// the valuation, the words that say it is our arithmetic), wrapped to the chart's width.
fn titled(chart: &str, words: &Words, options: &usvg::Options) -> Result<String, String> {
    let tree = usvg::Tree::from_str(chart, options).map_err(|e| format!("cannot read a chart's SVG: {e}"))?;
    let mut lines = String::new();
    let mut top = 0;
    for (text, size, weight, colour, leading) in [
        (&words.heading, 18, "bold", palette::TEXT, 24),
        (&words.reported, 14, "normal", palette::TEXT, 20),
        (&words.caption, 14, "normal", palette::MUTED, 20),
    ] {
        for line in wrap(text, size, weight, options)? {
            let (r, g, b) = (colour.0, colour.1, colour.2);
            lines += &format!(
                "<text x=\"0\" y=\"{top}\" dy=\"0.76em\" font-size=\"{size}\" font-weight=\"{weight}\" \
                 fill=\"#{r:02X}{g:02X}{b:02X}\" font-family=\"sans-serif\">{line}</text>"
            );
            top += leading;
        }
    }
    let chart_top = top + 12;
    // A margin all round, so that nothing touches the picture's edge wherever it is shown,
    // on white in the SVG as in the PNG: the colours are for a light page.
    let (width, height) = (WIDTH as i32 + 2 * MARGIN, chart_top + tree.size().height().ceil() as i32 + 2 * MARGIN);
    Ok(format!(
        "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <rect width=\"{width}\" height=\"{height}\" fill=\"#FFFFFF\"/>\
         <g transform=\"translate({MARGIN} {MARGIN})\">{lines}<g transform=\"translate(0 {chart_top})\">{chart}</g></g></svg>"
    ))
}

/// `text` (escaped) in lines no wider than the chart, breaking between words, as measured
/// in the shipped font. A word wider than a line fails the build: it would be cut off.
fn wrap(text: &str, size: u32, weight: &str, options: &usvg::Options) -> Result<Vec<String>, String> {
    let mut lines: Vec<String> = Vec::new();
    // Only ASCII spaces break a line: a no-break space ("49 %") holds.
    for word in text.split_ascii_whitespace() {
        let longer = lines.last().map(|line| format!("{line} {word}"));
        match longer {
            Some(longer) if width(&longer, size, weight, options)? <= WIDTH => *lines.last_mut().unwrap() = longer,
            _ if width(word, size, weight, options)? <= WIDTH => lines.push(word.to_owned()),
            _ => return Err(format!("{word:?} is wider than a chart picture's {WIDTH} units: it would be cut off")),
        }
    }
    Ok(lines)
}

/// How wide `text` (escaped) is set, in chart units.
fn width(text: &str, size: u32, weight: &str, options: &usvg::Options) -> Result<f32, String> {
    let svg = format!(
        "<svg width=\"4000\" height=\"100\" xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"50\" \
         font-size=\"{size}\" font-weight=\"{weight}\" font-family=\"sans-serif\">{text}</text></svg>"
    );
    let tree = usvg::Tree::from_str(&svg, options).map_err(|e| format!("cannot measure {text:?}: {e}"))?;
    Ok(tree.root().abs_bounding_box().right())
}

/// Each step's words for its picture in the prerendered story, by step id, as the page
/// shows them (escaped, as they are in the page).
fn words(rendered: &str) -> Result<HashMap<String, Words>, String> {
    let step = RefCell::new(String::new());
    let found: RefCell<HashMap<String, Words>> = RefCell::default();
    // Inside the reported figure's note, whose words the picture leaves out.
    let in_note = Cell::new(false);
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("section.sx-step", |section| {
            *step.borrow_mut() = section
                .get_attribute("id")
                .and_then(|id| id.strip_prefix("sx-").map(str::to_owned))
                .unwrap_or_default();
            Ok(())
        }))
        .append_element_content_handler(text!("section.sx-step > h2", |text| {
            found.borrow_mut().entry(step.borrow().clone()).or_default().heading.push_str(text.as_str());
            Ok(())
        }))
        // A text handler sees its element's descendants' text too: the note's, which ends
        // the paragraph, is skipped.
        .append_element_content_handler(element!("section.sx-step p.sx-reported", |_| {
            in_note.set(false);
            Ok(())
        }))
        .append_element_content_handler(element!("section.sx-step p.sx-reported .sx-reported-note", |_| {
            in_note.set(true);
            Ok(())
        }))
        .append_element_content_handler(text!("section.sx-step p.sx-reported", |text| {
            if !in_note.get() {
                found.borrow_mut().entry(step.borrow().clone()).or_default().reported.push_str(text.as_str());
            }
            Ok(())
        }))
        .append_element_content_handler(text!("section.sx-step figure.sx-chart-figure > figcaption", |text| {
            found.borrow_mut().entry(step.borrow().clone()).or_default().caption.push_str(text.as_str());
            Ok(())
        }));
    rewrite_str(rendered, settings).map_err(|e| format!("cannot read the rendered story: {e}"))?;
    let mut found = found.into_inner();
    for words in found.values_mut() {
        words.reported.truncate(words.reported.trim_end().len());
    }
    Ok(found)
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
        assert_eq!(steps, ["stake", "valuation"]);
    }

    #[test]
    fn each_picture_carries_its_steps_heading_and_caption_in_lines_that_fit() {
        let rendered = render_story_html(&STORY, &BROWSER_STORY);
        let mut words = words(&rendered).unwrap();
        let valuation = words.remove("valuation").unwrap();
        assert_eq!(valuation.heading, "How the deal values Scale AI");
        // Where no page goes with it, the article's figure comes first, and then what says
        // that the picture's figures are ours.
        assert_eq!(
            valuation.reported,
            "The article’s figure: $14.3 billion for a 49% stake values Scale AI at nearly $29 billion."
        );
        assert_eq!(valuation.caption, "Our arithmetic, not the article’s. The dashed line marks what 49% implies.");
        assert_eq!(words.remove("rivals").unwrap().caption, STORY.rivals.caption.text);
        let exodus = Words { heading: "The client exodus".to_owned(), ..Words::default() };
        assert_eq!(words.remove("exodus").unwrap(), exodus);

        let options = options();
        let (_, chart) = charts(&rendered).into_iter().find(|(step, _)| *step == "valuation").unwrap();
        let picture = titled(chart, &valuation, &options).unwrap();
        let texts: Vec<&str> = picture.split("</text>").filter_map(|part| Some(part.rsplit_once('>')?.1)).collect();
        assert_eq!(texts[0], valuation.heading);
        // The figure and the caption wrap, each line within the chart's width, and each reads whole.
        let mut rest = &texts[1..];
        for words in [&valuation.reported, &valuation.caption] {
            let lines: Vec<&str> = rest.iter().copied().take_while(|line| words.contains(line)).collect();
            assert!(lines.len() >= 2, "{lines:?}");
            assert_eq!(&lines.join(" "), words);
            for line in &lines {
                assert!(width(line, 14, "normal", &options).unwrap() <= WIDTH, "{line:?} is wider than the chart");
            }
            rest = &rest[lines.len()..];
        }
        // The chart follows, whole: the picture is taller than it by the words' lines.
        let lines = texts.len() - rest.len() - 1;
        let tall = |svg: &str| usvg::Tree::from_str(svg, &options).unwrap().size().height();
        assert_eq!(tall(&picture), tall(chart) + 24.0 + 20.0 * lines as f32 + 12.0 + 32.0);
        assert!(picture.contains(chart));
    }

    #[test]
    fn a_word_too_wide_for_a_picture_fails_the_build_and_a_no_break_space_holds() {
        let options = options();
        let error = wrap(&"W".repeat(40), 14, "normal", &options).unwrap_err();
        assert!(error.contains("cut off"), "{error}");
        let lines = wrap(&format!("{} 49\u{a0}%", "word ".repeat(12)), 14, "normal", &options).unwrap();
        assert!(lines.iter().any(|line| line.ends_with("49\u{a0}%")), "{lines:?}");
    }

    #[test]
    fn markup_in_the_words_stays_text_in_the_pictures() {
        let article = include_str!("../../assets/article.txt");
        let json = include_str!("../../tests/data/hostile-story.json");
        let story: &'static Story = Box::leak(Box::new(scale_explainer::model::story::parse(json, article).unwrap()));
        let rendered = render_story_html(story, Box::leak(Box::new(story.browser())));
        let options = options();
        let pictures = pictures(story, &rendered, &options).unwrap();
        let steps: Vec<&str> = pictures.iter().map(|(step, _)| *step).collect();
        assert_eq!(steps, ["stake", "valuation", "exodus", "rivals"]);
        for (step, picture) in pictures {
            assert!(!picture.contains("<script"), "{step}: {picture}");
            usvg::Tree::from_str(&picture, &options).unwrap();
        }
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
