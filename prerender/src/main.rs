//! Trunk's post-build step. It turns the staged `index.html` into the finished page:
//!
//! 1. the story, rendered natively, goes into the root element, so every figure is
//!    on the page at first paint and readable with JavaScript off;
//! 2. the page script (deferred, render-blocking) shows a deep-linked step before the
//!    first paint;
//! 3. a tiny loader module is written next to the wasm-bindgen output and linked with
//!    `<script type="module" src>`, because the page must run under a CSP without
//!    `unsafe-inline` and Trunk's own loader is an inline script. It waits for the
//!    story's first paint before fetching any code, so on a slow network the code never
//!    competes with the story (no preload hints either);
//! 4. `mount.js`, the stable-named loader host pages use to mount the widget directly,
//!    and `oembed.json` are written beside them.
//!
//! The scripts are JavaScript files in `prerender/js/`, put together here with the
//! hashed names they load.
//!
//! Usage: `prerender [DIR]`; DIR defaults to `$TRUNK_STAGING_DIR`. `SCALE_EXPLAINER_URL`
//! (the absolute address `dist/` will be served from, ending in `/`) is needed for
//! `oembed.json`, whose codes must be absolute; without it there is none, and a warning.
//! The page is edited with an HTML rewriter (`lol_html`), by selectors that must match.

use std::{cell::Cell, env, fs, path::Path, process};

use lol_html::{element, html_content::ContentType, rewrite_str, RewriteStrSettings};

use scale_explainer::{
    model::{embed, steps::Step, STORY},
    render_story_html, ROOT_ID,
};

fn main() {
    let Some(dir) = env::args_os().nth(1).or_else(|| env::var_os("TRUNK_STAGING_DIR")) else {
        fail("usage: prerender DIR (or run it as a Trunk post_build hook)");
    };
    if let Err(message) = finish_page(Path::new(&dir)) {
        fail(&message);
    }
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    process::exit(1);
}

fn finish_page(dir: &Path) -> Result<(), String> {
    let index = dir.join("index.html");
    let page = fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let names = Names { bindings: find_bindings(dir)?, stylesheet: find_one(dir, "style-", ".css")? };
    let constants = names.constants();
    let page_script = hashed(dir, "page", &[SHOW_STEP, FALL_BACK, HOST_LINK, PAGE])?;
    let loader = hashed(dir, "start", &[&constants, FALL_BACK, AFTER_FIRST_PAINT, START])?;
    write(dir, "mount.js", &[&constants, SHOW_STEP, FALL_BACK, HOST_LINK, MOUNT, START].concat())?;
    // The page script blocks rendering, not parsing: it runs before the first paint.
    // The loader has low priority: the story's HTML and CSS get the network first. A
    // module never blocks rendering, and this one waits for the first paint anyway.
    let mut head = format!(
        "<script src=\"./{page_script}\" defer blocking=\"render\"></script>\
         <script type=\"module\" src=\"./{loader}\" fetchpriority=\"low\"></script>"
    );
    match public_url()? {
        Some(base) => {
            write(dir, "oembed.json", &oembed(&base))?;
            head.push_str(&format!(
                "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{base}oembed.json\">"
            ));
        }
        None => eprintln!(
            "prerender: warning: SCALE_EXPLAINER_URL is not set, so there is no oembed.json: an oEmbed answer \
             needs absolute URLs. Set it to the address dist/ is served from, ending in /."
        ),
    }
    let page = edit_page(&page, &render_story_html(&STORY), &head)?;
    fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// `SCALE_EXPLAINER_URL`, the absolute address `dist/` is served from, if set. A value
/// that is not an absolute http(s) address ending in `/` (or that would need escaping in
/// an attribute) fails the build.
fn public_url() -> Result<Option<String>, String> {
    let Ok(base) = env::var("SCALE_EXPLAINER_URL") else { return Ok(None) };
    let absolute = base.starts_with("https://") || base.starts_with("http://");
    if !absolute || !base.ends_with('/') || base.chars().any(|c| c.is_whitespace() || "\"'<>&".contains(c)) {
        return Err(format!("SCALE_EXPLAINER_URL must be an absolute http(s) address ending in /, got {base:?}"));
    }
    Ok(Some(base))
}

// The scripts, as JavaScript a linter can read; the files in dist/ are put together from them.
const SHOW_STEP: &str = include_str!("../js/show_step.js");
const FALL_BACK: &str = include_str!("../js/fall_back.js");
const HOST_LINK: &str = include_str!("../js/host_link.js");
const PAGE: &str = include_str!("../js/page.js");
const AFTER_FIRST_PAINT: &str = include_str!("../js/after_first_paint.js");
const MOUNT: &str = include_str!("../js/mount.js");
const START: &str = include_str!("../js/start.js");

fn write(dir: &Path, name: &str, contents: &str) -> Result<(), String> {
    fs::write(dir.join(name), contents).map_err(|e| format!("cannot write {name}: {e}"))
}

/// Writes `parts` as one file named for its content (`start-<hash>.js`), so it can be
/// cached forever; returns the name.
fn hashed(dir: &Path, stem: &str, parts: &[&str]) -> Result<String, String> {
    let source = parts.concat();
    let name = format!("{stem}-{:016x}.js", fnv1a(source.as_bytes()));
    write(dir, &name, &source)?;
    Ok(name)
}

/// The hashed file names wasm-bindgen's output got from Trunk.
struct Bindings {
    js: String,
    wasm: String,
}

/// What the scripts need to know of the build: the hashed names they load.
struct Names {
    bindings: Bindings,
    stylesheet: String,
}

impl Names {
    /// The names as JavaScript constants, relative to the script (`./…`), which is what
    /// makes `dist/` work from any subpath.
    fn constants(&self) -> String {
        let quoted = |name: &str| serde_json::Value::from(format!("./{name}")).to_string();
        format!(
            "const ROOT_ID = {}, BINDINGS = {}, WASM = {}, STYLESHEET = {};\n",
            serde_json::Value::from(ROOT_ID),
            quoted(&self.bindings.js),
            quoted(&self.bindings.wasm),
            quoted(&self.stylesheet),
        )
    }
}

fn find_bindings(dir: &Path) -> Result<Bindings, String> {
    let wasm = find_one(dir, "scale-explainer-", "_bg.wasm")?;
    Ok(Bindings { js: wasm.replace("_bg.wasm", ".js"), wasm })
}

/// The one file in `dir` named `prefix…suffix`.
fn find_one(dir: &Path, prefix: &str, suffix: &str) -> Result<String, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let found: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with(prefix) && name.ends_with(suffix))
        .collect();
    match found.as_slice() {
        [name] => Ok(name.clone()),
        _ => Err(format!("expected one {prefix}*{suffix} in {}, found {found:?}", dir.display())),
    }
}

/// The oEmbed answer for the explainer served from `base`.
fn oembed(base: &str) -> String {
    serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": "Scale AI deal explainer",
        "title": STORY.title,
        "width": 720,
        "height": 900,
        "html": embed::iframe_code(base, Step::Deal, STORY.title),
    })
    .to_string()
}

/// Trunk's staged page, finished: the rendered story inside the root element, with
/// nothing between them (hydration expects the root's children to be exactly what `App`
/// renders); Trunk's leftover `<link data-trunk rel="rust">` (left by `inject_scripts =
/// false`) removed; `head_end` at the end of `<head>`. Each edit's selector must match
/// exactly once, or the build fails saying which.
fn edit_page(page: &str, story: &str, head_end: &str) -> Result<String, String> {
    let root = format!("#{ROOT_ID}");
    let matches = [("root", Cell::new(0)), ("trunk link", Cell::new(0)), ("head", Cell::new(0))];
    let count = |i: usize| matches[i].1.set(matches[i].1.get() + 1);
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!(root, |el| {
            el.set_inner_content(story, ContentType::Html);
            count(0);
            Ok(())
        }))
        .append_element_content_handler(element!("link[data-trunk][rel=rust]", |el| {
            el.remove();
            count(1);
            Ok(())
        }))
        .append_element_content_handler(element!("head", |el| {
            el.append(head_end, ContentType::Html);
            count(2);
            Ok(())
        }));
    let page = rewrite_str(page, settings).map_err(|e| format!("cannot rewrite index.html: {e}"))?;
    match matches.iter().find(|(_, n)| n.get() != 1) {
        Some((what, n)) => Err(format!("index.html must have exactly one {what} to edit, found {}", n.get())),
        None => Ok(page),
    }
}

/// FNV-1a: a stable content hash for the loader's file name, so it can be cached forever.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STAGED: &str = "<html><head><title>t</title>\n  <link data-trunk rel=\"rust\" data-bin=\"x\">\n</head>\
                          <body><main id=\"scale-explainer\"></main></body></html>";

    #[test]
    fn the_story_goes_inside_the_root_with_nothing_in_between() {
        let page = edit_page(STAGED, "<p>x</p>", "<script src=\"./a.js\"></script>").unwrap();
        assert!(page.contains("<main id=\"scale-explainer\"><p>x</p></main>"), "{page}");
        assert!(page.contains("<script src=\"./a.js\"></script></head>"), "{page}");
        assert!(!page.contains("data-trunk"), "Trunk's leftover link is gone: {page}");
    }

    #[test]
    fn a_page_without_exactly_one_root_link_or_head_is_refused() {
        let no_root = STAGED.replace("<main id=\"scale-explainer\"></main>", "");
        assert!(edit_page(&no_root, "x", "").unwrap_err().contains("exactly one root"));
        let two = STAGED.replace("</main>", "</main><main id=\"scale-explainer\"></main>");
        assert!(edit_page(&two, "x", "").unwrap_err().contains("found 2"));
        let no_link = STAGED.replace("<link data-trunk rel=\"rust\" data-bin=\"x\">", "");
        assert!(edit_page(&no_link, "x", "").unwrap_err().contains("trunk link"));
    }

    #[test]
    fn the_public_url_must_be_absolute_and_end_in_a_slash() {
        let cases =
            [("https://news.test/x/", true), ("./", false), ("https://news.test/x", false), ("ftp://x/", false)];
        for (value, ok) in cases {
            std::env::set_var("SCALE_EXPLAINER_URL", value);
            assert_eq!(public_url().is_ok(), ok, "{value}");
        }
        std::env::remove_var("SCALE_EXPLAINER_URL");
        assert_eq!(public_url(), Ok(None), "unset: no oEmbed, and a warning");
    }

    fn names() -> Names {
        Names { bindings: Bindings { js: "a.js".into(), wasm: "a_bg.wasm".into() }, stylesheet: "style-1.css".into() }
    }

    #[test]
    fn the_scripts_load_relative_urls() {
        let constants = names().constants();
        assert!(constants.contains("BINDINGS = \"./a.js\""), "{constants}");
        assert!(constants.contains("WASM = \"./a_bg.wasm\""), "{constants}");
        assert!(constants.contains("STYLESHEET = \"./style-1.css\""), "{constants}");
        assert!(START.contains("import(BINDINGS)") && START.contains("new URL(WASM, import.meta.url)"));
        assert!(START.contains(".catch("), "a failed load falls back to the static story");
    }

    #[test]
    fn oembed_is_a_rich_embed_of_the_iframe_code() {
        let answer: serde_json::Value = serde_json::from_str(&oembed("https://news.test/x/")).unwrap();
        assert_eq!(answer["type"], "rich");
        assert_eq!(answer["title"], STORY.title);
        assert!(answer["html"].as_str().unwrap().starts_with("<iframe src=\"https://news.test/x/?step=deal\""));
    }

    #[test]
    fn the_loader_name_changes_with_its_content() {
        assert_ne!(fnv1a(b"a"), fnv1a(b"b"));
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }
}
