//! Trunk's post-build step. It turns the staged `index.html` into the finished page:
//!
//! 1. the story, rendered natively, goes into the root element, so every figure is
//!    on the page at first paint and readable with JavaScript off;
//! 2. a tiny loader module is written next to the wasm-bindgen output and linked with
//!    `<script type="module" src>`, because the page must run under a CSP without
//!    `unsafe-inline` and Trunk's own loader is an inline script;
//! 3. the loader waits for the story's first paint before fetching any code, so on a
//!    slow network the code never competes with the story (no preload hints either);
//! 4. `mount.js`, the stable-named loader host pages use to mount the widget directly,
//!    and `oembed.json` are written beside them;
//! 5. the page's language, `<title>`, description and link-preview tags (Open Graph,
//!    Twitter) get their words from the story data: `index.html` holds the tags, empty.
//!
//! The page is edited as HTML (`lol_html`), and every edit must find exactly one element
//! to edit: a tag missing from `index.html` fails the build rather than ship without words.
//!
//! Usage: `prerender [DIR]`; DIR defaults to `$TRUNK_STAGING_DIR`. `SCALE_EXPLAINER_URL`
//! (the absolute address `dist/` will be served from, ending in `/`) makes the oEmbed
//! code absolute; without it the code points at `./`, fine for testing only.

use std::{cell::Cell, env, fs, path::Path, process};

use lol_html::{element, html_content::ContentType, rewrite_str, RewriteStrSettings};
use scale_explainer::{
    model::{
        embed,
        steps::Step,
        story::{Page, Story},
        STORY,
    },
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
    let bindings = find_bindings(dir)?;
    let loader_source = loader(&bindings, AFTER_FIRST_PAINT);
    let loader_name = format!("start-{:016x}.js", fnv1a(loader_source.as_bytes()));
    write(dir, &loader_name, &loader_source)?;
    write(dir, "mount.js", &loader(&bindings, &mount_prelude(&find_one(dir, "style-", ".css")?)))?;
    let base = env::var("SCALE_EXPLAINER_URL").unwrap_or_else(|_| "./".to_owned());
    write(dir, "oembed.json", &oembed(&STORY, &base))?;

    let page = finish_html(&page, &STORY, &render_story_html(&STORY), &loader_name)?;
    fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// The staged page with the story's words in its head, the rendered story in its root and
/// the loader linked.
fn finish_html(page: &str, story: &Story, rendered: &str, loader_name: &str) -> Result<String, String> {
    let Page { language, title, description, site_name } = story.page;
    // Low priority: the story's HTML and CSS get the network first. A module never blocks
    // rendering, and this one waits for the first paint anyway.
    let loader = format!("<script type=\"module\" src=\"./{loader_name}\" fetchpriority=\"low\"></script>");
    let root = format!("#{ROOT_ID}");
    rewrite(
        page,
        &[
            ("html", Edit::Attribute("lang", language)),
            ("head > title", Edit::Text(title.text)),
            ("meta[name=description]", Edit::Attribute("content", description.text)),
            ("meta[property=\"og:title\"]", Edit::Attribute("content", title.text)),
            ("meta[property=\"og:description\"]", Edit::Attribute("content", description.text)),
            ("meta[property=\"og:site_name\"]", Edit::Attribute("content", site_name)),
            ("meta[name=\"twitter:title\"]", Edit::Attribute("content", title.text)),
            ("meta[name=\"twitter:description\"]", Edit::Attribute("content", description.text)),
            ("link[rel=alternate][type=\"application/json+oembed\"]", Edit::Attribute("title", title.text)),
            // With `inject_scripts = false` Trunk leaves its `<link data-trunk rel="rust">` in place.
            ("link[data-trunk][rel=rust]", Edit::Remove),
            // Nothing between the root and the story: hydration expects exactly what `App` renders.
            (&root, Edit::Content(rendered)),
            ("head", Edit::Append(&loader)),
        ],
    )
}

/// What happens to the one element a selector matches.
enum Edit<'a> {
    /// Its text becomes this.
    Text(&'a str),
    /// This attribute's value becomes this text.
    Attribute(&'static str, &'a str),
    /// Its content becomes this markup.
    Content(&'a str),
    /// This markup goes at its end.
    Append(&'a str),
    Remove,
}

/// Applies each edit to the element its selector matches. A selector that matches no
/// element, or more than one, is an error naming it.
fn rewrite(page: &str, edits: &[(&str, Edit)]) -> Result<String, String> {
    let found: Vec<Cell<usize>> = edits.iter().map(|_| Cell::new(0)).collect();
    let mut settings = RewriteStrSettings::new();
    for ((selector, edit), found) in edits.iter().zip(&found) {
        settings = settings.append_element_content_handler(element!(selector, move |element| {
            found.set(found.get() + 1);
            match edit {
                Edit::Text(text) => element.set_inner_content(text, ContentType::Text),
                // lol_html escapes only the quote; a bare `&` would start an entity.
                Edit::Attribute(name, value) => element.set_attribute(name, &value.replace('&', "&amp;"))?,
                Edit::Content(markup) => element.set_inner_content(markup, ContentType::Html),
                Edit::Append(markup) => element.append(markup, ContentType::Html),
                Edit::Remove => element.remove(),
            }
            Ok(())
        }));
    }
    let page = rewrite_str(page, settings).map_err(|e| format!("cannot edit index.html: {e}"))?;
    match edits.iter().zip(&found).find(|(_, found)| found.get() != 1) {
        Some(((selector, _), found)) => {
            Err(format!("index.html must have exactly one element matching `{selector}`, found {}", found.get()))
        }
        None => Ok(page),
    }
}

fn write(dir: &Path, name: &str, contents: &str) -> Result<(), String> {
    fs::write(dir.join(name), contents).map_err(|e| format!("cannot write {name}: {e}"))
}

/// The hashed file names wasm-bindgen's output got from Trunk.
struct Bindings {
    js: String,
    wasm: String,
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

/// URLs are relative to the loader itself, so `dist/` works from any subpath.
/// `prelude` runs before the wasm starts. If the code cannot load (a 404, a blocked
/// request, no WebAssembly), the prerendered widget shows the whole story (`sx-static`)
/// instead of a walkthrough whose buttons do nothing.
fn loader(bindings: &Bindings, prelude: &str) -> String {
    format!(
        "{prelude}\
         import(\"./{js}\")\n\
         \x20 .then((bindings) => bindings.default({{ module_or_path: new URL(\"./{wasm}\", import.meta.url) }}))\n\
         \x20 .catch((error) => {{\n\
         \x20   for (const widget of document.querySelectorAll(\".sx\")) widget.classList.add(\"sx-static\");\n\
         \x20   console.warn(\"scale-explainer: the interactive parts could not load:\", error);\n\
         \x20 }});\n",
        js = bindings.js,
        wasm = bindings.wasm,
    )
}

/// The page's loader waits until the prerendered story has been painted (its first
/// contentful paint, where the browser reports paints; two frames where it does not) before
/// it fetches any code: the story comes first on a slow network, and the code never
/// competes with it. Two animation frames alone can end before the paint is on screen.
/// A page that never reports its paint still gets its code after three seconds.
const AFTER_FIRST_PAINT: &str = "await new Promise((painted) => {\n\
  setTimeout(painted, 3000);\n\
  if (!PerformanceObserver.supportedEntryTypes?.includes(\"paint\")) return requestAnimationFrame(() => requestAnimationFrame(painted));\n\
  new PerformanceObserver((paints, observer) => {\n\
    if (paints.getEntriesByName(\"first-contentful-paint\").length) painted(observer.disconnect());\n\
  }).observe({ type: \"paint\", buffered: true });\n\
});\n";

/// Direct mounts hydrate the same prerendered story as the page: the loader fetches
/// `index.html` beside it and puts the story, with its stylesheet, into a shadow root on
/// each mount point, where the wasm then finds it. If that fails, the mount point's own
/// fallback link stays.
fn mount_prelude(stylesheet: &str) -> String {
    format!(
        "const here = (path) => new URL(path, import.meta.url).href;\n\
         const page = await fetch(here(\"./index.html\")).then((r) => (r.ok ? r.text() : Promise.reject(r.status)));\n\
         const story = new DOMParser().parseFromString(page, \"text/html\").getElementById(\"{ROOT_ID}\");\n\
         for (const host of document.querySelectorAll(\"[data-scale-explainer]\")) {{\n\
         \x20 const shadow = host.shadowRoot ?? host.attachShadow({{ mode: \"open\" }});\n\
         \x20 const link = document.createElement(\"link\");\n\
         \x20 link.rel = \"stylesheet\";\n\
         \x20 link.href = here(\"./{stylesheet}\");\n\
         \x20 const root = document.createElement(\"div\");\n\
         \x20 root.className = \"sx-root\";\n\
         \x20 root.append(...document.importNode(story, true).childNodes);\n\
         \x20 shadow.replaceChildren(link, root);\n\
         }}\n"
    )
}

/// The oEmbed answer for `story`'s explainer served from `base`.
fn oembed(story: &Story, base: &str) -> String {
    serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": story.page.site_name,
        "title": story.title.text,
        "width": 720,
        "height": 900,
        "html": embed::iframe_code(base, Step::Deal, story.title.text),
    })
    .to_string()
}

/// FNV-1a: a stable content hash for the loader's file name, so it can be cached forever.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use lol_html::doc_text;
    use scale_explainer::model::story::{parse, Sourced};

    use super::*;

    const INDEX: &str = include_str!("../../index.html");
    const JSON: &str = include_str!("../../assets/story.json");
    const ARTICLE: &str = include_str!("../../assets/article.txt");

    fn finished(story: &'static Story<'static>) -> String {
        finish_html(INDEX, story, &render_story_html(story), "start-0.js").expect("index.html has every tag to fill")
    }

    #[test]
    fn the_story_goes_inside_the_root_with_nothing_in_between() {
        let page = finished(&STORY);
        assert!(page.contains(&format!("<div id=\"scale-explainer\">{}</div>", render_story_html(&STORY))));
    }

    #[test]
    fn a_page_without_exactly_one_of_each_tag_to_fill_is_refused_naming_it() {
        let error = finish_html(&INDEX.replace("<title></title>", ""), &STORY, "x", "l.js").unwrap_err();
        assert!(error.contains("`head > title`, found 0"), "{error}");
        let root = "<div id=\"scale-explainer\"></div>";
        let error = finish_html(&INDEX.replace(root, &root.repeat(2)), &STORY, "x", "l.js").unwrap_err();
        assert!(error.contains("`#scale-explainer`, found 2"), "{error}");
        let error = finish_html(&INDEX.replace("twitter:title", "twitter:tittle"), &STORY, "x", "l.js").unwrap_err();
        assert!(error.contains("twitter:title"), "{error}");
    }

    #[test]
    fn trunks_leftover_rust_link_goes_and_the_loader_comes_last_in_the_head() {
        let page = finished(&STORY);
        assert!(!page.contains("rel=\"rust\""));
        assert!(page.contains("<script type=\"module\" src=\"./start-0.js\" fetchpriority=\"low\"></script></head>"));
    }

    #[test]
    fn the_head_says_what_the_data_says() {
        let page = finished(&STORY);
        let Page { language, title, description, site_name } = STORY.page;
        assert!(page.contains(&format!("<html lang=\"{language}\">")));
        assert!(page.contains(&format!("<title>{}</title>", title.text)));
        for tag in ["name=\"description\"", "property=\"og:description\"", "name=\"twitter:description\""] {
            assert!(page.contains(&format!("<meta {tag} content=\"{}\">", description.text)), "{tag}");
        }
        for tag in ["property=\"og:title\"", "name=\"twitter:title\""] {
            assert!(page.contains(&format!("<meta {tag} content=\"{}\">", title.text)), "{tag}");
        }
        assert!(page.contains(&format!("<meta property=\"og:site_name\" content=\"{site_name}\">")));
        assert!(page.contains(&format!("href=\"./oembed.json\" title=\"{}\">", title.text)));
    }

    #[test]
    fn words_in_the_head_are_text_not_markup() {
        let title = Sourced { text: "A \"b\" & <c>", ..STORY.page.title };
        let story = Box::leak(Box::new(Story { page: Page { title, ..STORY.page }, ..STORY }));
        let page = finished(story);
        assert!(page.contains("<title>A \"b\" &amp; &lt;c&gt;</title>"), "{page}");
        assert!(page.contains("<meta property=\"og:title\" content=\"A &quot;b&quot; &amp; <c>\">"));
    }

    #[test]
    fn the_loader_imports_relative_urls() {
        let source = loader(&Bindings { js: "a.js".into(), wasm: "a_bg.wasm".into() }, "");
        assert!(source.contains("import(\"./a.js\")"));
        assert!(source.contains("new URL(\"./a_bg.wasm\", import.meta.url)"));
        assert!(source.contains(".catch("), "a failed load falls back to the static story");
    }

    #[test]
    fn the_mount_loader_puts_the_prerendered_story_and_stylesheet_in_place_before_starting() {
        let source = loader(&Bindings { js: "a.js".into(), wasm: "a_bg.wasm".into() }, &mount_prelude("style-1.css"));
        let (before, after) = source.split_once("import(").unwrap();
        assert!(before.contains("here(\"./style-1.css\")"));
        assert!(before.contains("fetch(here(\"./index.html\"))"), "the prerendered story comes from the page");
        assert!(after.contains("_bg.wasm"));
    }

    #[test]
    fn oembed_is_a_rich_embed_of_the_iframe_code() {
        let answer: serde_json::Value = serde_json::from_str(&oembed(&STORY, "https://news.test/x/")).unwrap();
        assert_eq!(answer["type"], "rich");
        assert_eq!(answer["title"], STORY.title.text);
        assert_eq!(answer["provider_name"], STORY.page.site_name);
        assert!(answer["html"].as_str().unwrap().starts_with("<iframe src=\"https://news.test/x/?step=deal\""));
    }

    #[test]
    fn the_loader_name_changes_with_its_content() {
        assert_ne!(fnv1a(b"a"), fnv1a(b"b"));
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }

    /// `text` with every ASCII letter moved to the fullwidth block (A → Ａ), but for the
    /// names inside `{…}` placeholders.
    fn in_fullwidth(text: &str) -> String {
        let mut in_placeholder = false;
        text.chars()
            .map(|c| {
                in_placeholder = (in_placeholder || c == '{') && c != '}';
                match char::from_u32(u32::from(c) + 0xFEE0) {
                    Some(wide) if c.is_ascii_alphabetic() && !in_placeholder => wide,
                    _ => c,
                }
            })
            .collect()
    }

    /// The shipped story and article with every letter a reader could see in fullwidth.
    /// Values serde reads as names (`kind`, `means`, `language`) stay as they are. It is
    /// still valid data: its sources are still quotes of its article.
    fn story_in_fullwidth() -> &'static Story<'static> {
        fn convert(value: &mut serde_json::Value, key: &str) {
            match value {
                serde_json::Value::String(text) if !["kind", "means", "language"].contains(&key) => {
                    *text = in_fullwidth(text);
                }
                serde_json::Value::Array(items) => items.iter_mut().for_each(|item| convert(item, key)),
                serde_json::Value::Object(fields) => fields.iter_mut().for_each(|(key, item)| convert(item, key)),
                _ => {}
            }
        }
        let mut json: serde_json::Value = serde_json::from_str(JSON).unwrap();
        convert(&mut json, "");
        let story = parse(&json.to_string(), &in_fullwidth(ARTICLE)).expect("the converted story is valid data");
        Box::leak(Box::new(story))
    }

    /// Every text a reader can see or hear in `page`: its text (the `<title>`, the story,
    /// the charts' labels), the attributes read out or shown (`aria-label`, `title`…), and
    /// the `content` of meta tags other than the ones that hold keywords.
    fn shown_text(page: &str) -> Vec<String> {
        const KEYWORDS: [&str; 4] = ["viewport", "color-scheme", "og:type", "twitter:card"];
        let shown = RefCell::new(Vec::new());
        let settings = RewriteStrSettings::new()
            .append_document_content_handler(doc_text!(|chunk| {
                shown.borrow_mut().push(chunk.as_str().to_owned());
                Ok(())
            }))
            .append_element_content_handler(element!("*", |element| {
                let name = element.get_attribute("name").or_else(|| element.get_attribute("property"));
                let keyword =
                    element.tag_name() == "meta" && name.is_some_and(|name| KEYWORDS.contains(&name.as_str()));
                for attribute in element.attributes() {
                    let read = ["aria-label", "aria-valuetext", "aria-roledescription", "title", "alt", "placeholder"];
                    if read.contains(&attribute.name().as_str()) || (attribute.name() == "content" && !keyword) {
                        shown.borrow_mut().push(attribute.value());
                    }
                }
                Ok(())
            }));
        rewrite_str(page, settings).unwrap();
        shown.into_inner()
    }

    /// The ASCII letters in `text` outside character references (`&amp;`).
    fn ascii_letters(text: &str) -> String {
        let mut letters = String::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let reference = rest
                .strip_prefix('&')
                .and_then(|after| after.split_once(';'))
                .filter(|(name, _)| !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '#'));
            if let Some((_, after)) = reference {
                rest = after;
                continue;
            }
            if c.is_ascii_alphabetic() {
                letters.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
        letters
    }

    /// A word written in Rust or HTML rather than the data shows up here in plain ASCII.
    #[test]
    fn every_word_of_the_page_its_head_and_oembed_comes_from_the_data() {
        let story = story_in_fullwidth();
        let page = finished(story);
        let answer: serde_json::Value = serde_json::from_str(&oembed(story, "https://news.test/x/")).unwrap();
        let mut shown = shown_text(&page);
        shown.extend(["title", "provider_name"].map(|field| answer[field].as_str().unwrap().to_owned()));
        shown.extend(shown_text(answer["html"].as_str().unwrap()));

        let from_code: Vec<(&String, String)> =
            shown.iter().map(|text| (text, ascii_letters(text))).filter(|(_, letters)| !letters.is_empty()).collect();
        assert!(from_code.is_empty(), "words not from the data: {from_code:#?}");
        // Not vacuous: the data's words are there, in fullwidth.
        let all = shown.concat();
        for words in ["The Meta–Scale AI deal, explained", "Previous", "Spent reportedly over $200M", "Client concerns"]
        {
            assert!(all.contains(&in_fullwidth(words)), "{words:?} is not on the page");
        }
    }
}
