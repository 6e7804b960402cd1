//! The stylesheet: the partials in `assets/style/`, one per component, bundled from
//! `index.css` (their `@import`s, in cascade order) into one minified file. Trunk 0.21
//! copies a stylesheet as it is and cannot bundle `@import`, so this step does.

use std::{
    fmt::Display,
    path::{Path, PathBuf},
};

use lightningcss::{
    bundler::{Bundler, FileProvider},
    error::{ErrorLocation, PrinterError},
    stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet},
    targets::{Features, Targets},
};

/// The folder of partials, in the checkout this binary was built from (as is the story).
pub fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/style")
}

/// The entry file in `folder`: the partials' `@import`s, in cascade order.
pub const ENTRY: &str = "index.css";

/// Bundles `entry` and the partials it imports into one stylesheet, minified or not. A
/// partial that is missing or does not parse fails the build, naming its file and line.
///
/// The partials are written for the browsers the widget supports, from Safari 16.4 (the
/// `lh` unit, container queries), so there are no browser targets, with two exceptions:
/// - the minifier would print `@media (min-width: 30em)` as `(width>=30em)`, which Safari
///   reads only from 16.4, so media queries keep the syntax they are written in;
/// - `light-dark()`, which the theme's colours are written in, is Safari's only from 17.5:
///   in older browsers every colour would be invalid (no borders, no dots, one colour for
///   the stake's two parts). It is written as lightningcss lowers it, each colour a pair
///   of custom properties that the rules setting `color-scheme` switch (by
///   `prefers-color-scheme` where the theme is the reader's).
pub fn bundle(entry: &Path, minify: bool) -> Result<String, String> {
    let files = FileProvider::new();
    let mut bundler = Bundler::new(&files, None, ParserOptions::default());
    let mut sheet = bundler.bundle(entry).map_err(|e| located("cannot bundle", entry, &e.kind, e.loc))?;
    let targets = Targets { include: Features::MediaRangeSyntax | Features::LightDark, ..Targets::default() };
    if minify {
        let options = MinifyOptions { targets, ..MinifyOptions::default() };
        sheet.minify(options).map_err(|e| located("cannot minify", entry, &e.kind, e.loc))?;
    }
    let css = print(&sheet, PrinterOptions { minify, targets, ..PrinterOptions::default() })
        .map_err(|e| format!("cannot write the stylesheet: {e}"))?;
    Ok(ascii(&css))
}

fn print(sheet: &StyleSheet, options: PrinterOptions) -> Result<String, PrinterError> {
    Ok(sheet.to_css(options)?.code)
}

/// `css` with every character outside ASCII written as a CSS escape (`—` as `\2014 `), as the
/// partials write them: the file may be served without a charset to a host page in any
/// encoding, which is what the browser then reads it in. (The minifier writes a string's
/// escapes as the characters.) An escape is valid in a string, a name or a URL, the only
/// places such a character can be; the space after it ends it and is not part of the text.
fn ascii(css: &str) -> String {
    css.chars().map(|c| if c.is_ascii() { c.to_string() } else { format!("\\{:x} ", u32::from(c)) }).collect()
}

/// An error message naming the file, line (from 1) and column where it happened.
fn located(what: &str, entry: &Path, kind: &dyn Display, at: Option<ErrorLocation>) -> String {
    match at {
        Some(at) => format!("{what} {}: {kind} at {}:{}:{}", entry.display(), at.filename, at.line + 1, at.column),
        None => format!("{what} {}: {kind}", entry.display()),
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    fn bundled(minify: bool) -> String {
        bundle(&folder().join(ENTRY), minify).expect("the partials bundle")
    }

    #[test]
    fn every_partial_is_imported_once_and_the_bundle_has_no_import_left() {
        let entry = fs::read_to_string(folder().join(ENTRY)).unwrap();
        for file in fs::read_dir(folder()).unwrap() {
            let name = file.unwrap().file_name().into_string().unwrap();
            if name != ENTRY {
                assert_eq!(entry.matches(&format!("@import \"{name}\";")).count(), 1, "{name} in {ENTRY}");
            }
        }
        for minify in [false, true] {
            let css = bundled(minify);
            assert!(!css.contains("@import") && css.contains(".sx-step") && css.contains("forced-colors"), "{css}");
        }
    }

    #[test]
    fn the_stylesheet_is_minified_ascii_with_media_queries_as_written() {
        let css = bundled(true);
        assert!(css.len() < bundled(false).len() && !css.contains("\n  "));
        assert!(css.is_ascii(), "non-ASCII characters are escaped");
        assert!(css.contains(r#"content:"\2014  \2014  "#), "the mount's line of dashes keeps its spaces");
        assert!(css.contains("@media (min-width:30em)") && !css.contains(">="), "no range syntax");
    }

    #[test]
    fn the_theme_needs_no_light_dark() {
        let css = bundled(true);
        assert!(!css.contains("light-dark("), "{css}");
        // The reader's own theme switches the pairs; an embedder's forces one.
        assert!(
            css.contains("@media (prefers-color-scheme:dark){.sx{--lightningcss-light: ;--lightningcss-dark:initial}")
        );
        assert!(css.contains(".is-dark>.sx{--lightningcss-light: ;--lightningcss-dark:initial;color-scheme:dark}"));
        assert!(css.contains("--sx-bg:var(--lightningcss-light,#fff)var(--lightningcss-dark,#14161b)"));
    }

    #[test]
    fn a_missing_partial_fails_naming_the_line_that_imports_it() {
        let dir = std::env::temp_dir().join(format!("prerender-style-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(ENTRY), "@import \"base.css\";\n@import \"gone.css\";\n").unwrap();
        fs::write(dir.join("base.css"), ".sx { color: red }\n").unwrap();
        let error = bundle(&dir.join(ENTRY), true).unwrap_err();
        fs::remove_dir_all(&dir).unwrap();
        assert!(error.contains("No such file") && error.contains("index.css:2:1"), "{error}");
    }
}
