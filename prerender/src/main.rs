//! Trunk's post-build step. It turns the staged `index.html` into the finished page:
//!
//! 1. the story, rendered natively, goes into the root element, so every figure is
//!    on the page at first paint and readable with JavaScript off;
//! 2. the page script, the page's one script, an inline render-blocking module, shows a
//!    deep-linked step before the first paint, and then fetches the code: it waits for
//!    the story's first paint, so on a slow network the code never competes with the
//!    story (no preload hints either). The CSP in `_headers` allows it by its hash, which
//!    this step fills in (Trunk's own loader, also inline, is not used). It reads the
//!    code's hashed names from data attributes on the root, so its hash changes only
//!    with its own JavaScript;
//! 3. the code's names go on the root (`data-code`, `data-wasm`), and the announcer's words
//!    (`data-step-said`, `data-all-said`) and the table's orders (`data-sorts`), for the
//!    page script's moves before the code is live: the code never needs them, so the wasm
//!    does not carry them;
//! 4. `mount.js`, the stable-named loader host pages use to mount the widget directly,
//!    and `oembed.json` are written beside them;
//! 5. the page's language, `<title>`, description and link-preview tags (Open Graph,
//!    Twitter) get their words from the story data: `index.html` holds the tags, empty;
//! 6. the stylesheet's partials in `assets/style/` are bundled into one minified
//!    `style-<hash>.css` (see `stylesheet.rs`), which the page's empty stylesheet link
//!    and `mount.js` load.
//!
//! The scripts are JavaScript files in `prerender/js/`, put together here with the
//! hashed names they load and minified (`minify.rs`), as are wasm-bindgen's bindings.
//!
//! Usage: `prerender [DIR]`; DIR defaults to `$TRUNK_STAGING_DIR`. `SCALE_EXPLAINER_URL`
//! (the absolute address `dist/` will be served from, ending in `/`) is needed for
//! `oembed.json`, whose codes must be absolute; without it there is none, and a warning.
//!
//! The page is edited as HTML (`lol_html`), and every edit must find exactly one element
//! to edit: a tag missing from `index.html` fails the build rather than ship without words.
//!
//! Invariants of what it writes into `dist/`:
//! - **No inline script but the page script, and no `style` attribute**: the page runs
//!   under `script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; style-src 'self'`
//!   (`assets/_headers`, whose hash this step fills in).
//! - **No third-party requests**: no CDN, font or analytics; everything ships in `dist/`.
//! - **Relative URLs and hashed names**, so `dist/` works from any subpath on any host and
//!   can be cached forever; only `mount.js`, `embed.js` and `index.html` keep their names.

use std::{cell::Cell, env, fs, path::Path, process};

use base64::{engine::general_purpose::STANDARD as BASE64, Engine};
use lol_html::{comments, element, html_content::ContentType, rewrite_str, RewriteStrSettings};
use minify::minify;
use sha2::{Digest, Sha256};
mod images;
mod minify;
mod stylesheet;

use scale_explainer::{
    charts::card,
    model::{
        embed,
        steps::Step,
        story::{Page, Story},
        table::{visible_rows, Column, Direction, Sort},
        BROWSER_STORY, STORY,
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
    let css = stylesheet::bundle(&stylesheet::folder().join(stylesheet::ENTRY), true)?;
    let names = Names { bindings: minify_bindings(dir)?, stylesheet: write_hashed(dir, "style", "css", &css)? };
    let constants = names.constants();
    // The page's one script, inline: no request stands between the page and its first
    // paint, and the code is fetched only after it.
    let page_script = script("page", &PAGE_SCRIPT)?;
    write(dir, "mount.js", &script("mount.js", &mount_script(&constants))?)?;
    allow_in_headers(dir, &page_script)?;
    let head = inline_script(&page_script)?;
    let base = public_url()?;
    match &base {
        Some(base) => write(dir, "oembed.json", &oembed(&STORY, base))?,
        None => eprintln!(
            "prerender: warning: SCALE_EXPLAINER_URL is not set, so there is no oembed.json and no link-preview \
             image tag: both need absolute URLs. Set it to the address dist/ is served from, ending in /."
        ),
    }
    let rendered = render_story_html(&STORY, &BROWSER_STORY);
    images::write_all(dir, &STORY, &rendered)?;
    let page = finish_html(&page, &STORY, &rendered, &names, &head, base.as_deref())?;
    fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// `script` as an inline module that blocks rendering: like a deferred script, it runs
/// once the story is parsed, and nothing is painted before it has run. Script text cannot
/// hold `</script` or `<!--`, so one that does fails the build.
fn inline_script(script: &str) -> Result<String, String> {
    let lower = script.to_ascii_lowercase();
    if lower.contains("</script") || lower.contains("<!--") {
        return Err("the page script holds `</script` or `<!--` and cannot go inline".into());
    }
    Ok(format!("<script type=\"module\" blocking=\"render\">{script}</script>"))
}

/// The CSP source that allows exactly this inline script: `'sha256-<base64>'`.
fn csp_hash(script: &str) -> String {
    format!("'sha256-{}'", BASE64.encode(Sha256::digest(script)))
}

/// Where `_headers` (copied by Trunk from `assets/`) names the page script's hash.
const HASH_SLOT: &str = "'sha256-{page script}'";

/// Fills the page script's hash into the CSP of `_headers`, which must name it exactly once.
fn allow_in_headers(dir: &Path, page_script: &str) -> Result<(), String> {
    let path = dir.join("_headers");
    let headers = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    match headers.matches(HASH_SLOT).count() {
        1 => write(dir, "_headers", &headers.replace(HASH_SLOT, &csp_hash(page_script))),
        found => Err(format!("_headers must name {HASH_SLOT} exactly once, in its CSP; found {found}")),
    }
}

/// The staged page with the story's words in its head, the rendered story in its root
/// and the code's file names on it (`code_names.js`), its stylesheet link to the
/// stylesheet `names` names (in the same folder), `head_end` (the
/// page script) at the end of the head, without the head's comments (they are for the people
/// who read `index.html`), and the oEmbed discovery link pointing
/// at `base`, the address the page will be served from, as do the share card's tags;
/// where that is not known, they go, since scrapers need absolute URLs.
fn finish_html(
    page: &str,
    story: &Story,
    rendered: &str,
    names: &Names,
    head_end: &str,
    base: Option<&str>,
) -> Result<String, String> {
    let Page { language, title, description, site_name, .. } = story.page;
    let root = format!("#{ROOT_ID}");
    let [stylesheet, code, wasm] =
        [&names.stylesheet, &names.bindings.js, &names.bindings.wasm].map(|name| format!("./{name}"));
    let oembed = "link[rel=alternate][type=\"application/json+oembed\"]";
    let sorts = sorts(story);
    let mut edits = vec![
        ("html", Edit::Attribute("lang", language)),
        ("head > title", Edit::Text(title.text)),
        ("meta[name=description]", Edit::Attribute("content", description.text)),
        ("meta[property=\"og:title\"]", Edit::Attribute("content", title.text)),
        ("meta[property=\"og:description\"]", Edit::Attribute("content", description.text)),
        ("meta[property=\"og:site_name\"]", Edit::Attribute("content", site_name)),
        ("meta[name=\"twitter:title\"]", Edit::Attribute("content", title.text)),
        ("meta[name=\"twitter:description\"]", Edit::Attribute("content", description.text)),
        // With `inject_scripts = false` Trunk leaves its `<link data-trunk rel="rust">` in place.
        ("link[data-trunk][rel=rust]", Edit::Remove),
        ("link[rel=stylesheet]", Edit::Attribute("href", &stylesheet)),
        // Nothing between the root and the story: hydration expects exactly what `App` renders.
        (&root, Edit::Content(rendered)),
        (&root, Edit::Attribute("data-code", &code)),
        (&root, Edit::Attribute("data-wasm", &wasm)),
        (&root, Edit::Attribute("data-step-said", story.interface.announce_step)),
        (&root, Edit::Attribute("data-all-said", story.interface.announce_all)),
        (&root, Edit::Attribute("data-sorts", &sorts)),
        ("head", Edit::Append(head_end)),
    ];
    let oembed_url = base.map(|base| format!("{base}oembed.json"));
    let card_url = base.map(|base| format!("{base}{}", images::CARD));
    let (width, height) = (card::SIZE.0.to_string(), card::SIZE.1.to_string());
    let card_alt = embed::card_alt(&story.browser());
    let card_tags = [
        ("meta[property=\"og:image\"]", card_url.as_deref().unwrap_or_default()),
        ("meta[property=\"og:image:width\"]", &width),
        ("meta[property=\"og:image:height\"]", &height),
        ("meta[property=\"og:image:alt\"]", &card_alt),
        ("meta[name=\"twitter:image\"]", card_url.as_deref().unwrap_or_default()),
        ("meta[name=\"twitter:image:alt\"]", &card_alt),
    ];
    match &oembed_url {
        Some(url) => {
            edits.extend([(oembed, Edit::Attribute("href", url)), (oembed, Edit::Attribute("title", title.text))]);
            edits.extend(card_tags.map(|(tag, value)| (tag, Edit::Attribute("content", value))));
            edits.push(("meta[name=\"twitter:card\"]", Edit::Attribute("content", "summary_large_image")));
        }
        None => {
            edits.push((oembed, Edit::Remove));
            edits.extend(card_tags.map(|(tag, _)| (tag, Edit::Remove)));
        }
    }
    rewrite(page, &edits)
}

/// Each order of the table a shared link can name (`?sort=impact-desc`), as the code opens
/// in it, for the page script to show before the first paint (`showSort`): JSON, one
/// `[param, column, aria-sort, rows]` per sort, the column and the rows numbered as in the
/// article. The orders are the code's own (`visible_rows`): written here, not sorted again
/// in JavaScript, they cannot differ from the live table's.
fn sorts(story: &Story) -> String {
    let rows = story.browser().implications.rows;
    let sorts: Vec<_> = Column::ALL
        .into_iter()
        .enumerate()
        .flat_map(|(at, column)| Direction::ALL.map(|direction| (at, Sort { column, direction })))
        .map(|(at, sort)| (sort.to_param(), at, sort.direction.aria_sort(), visible_rows(rows, Some(sort), "")))
        .collect();
    serde_json::to_string(&sorts).expect("numbers and words are JSON")
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

/// Applies each edit to the element its selector matches, and drops the head's comments.
/// A selector that matches no element, or more than one, is an error naming it. (The
/// story's comments are Yew's hydration markers: they stay.)
fn rewrite(page: &str, edits: &[(&str, Edit)]) -> Result<String, String> {
    let found: Vec<Cell<usize>> = edits.iter().map(|_| Cell::new(0)).collect();
    let mut settings = RewriteStrSettings::new().append_element_content_handler(comments!("head", |comment| {
        comment.remove();
        Ok(())
    }));
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
const KEEP_PLACE: &str = include_str!("../js/keep_place.js");
const START: &str = include_str!("../js/start.js");
const CODE_NAMES: &str = include_str!("../js/code_names.js");

fn write(dir: &Path, name: &str, contents: &str) -> Result<(), String> {
    write_bytes(dir, name, contents.as_bytes())
}

fn write_bytes(dir: &Path, name: &str, contents: &[u8]) -> Result<(), String> {
    fs::write(dir.join(name), contents).map_err(|e| format!("cannot write {name}: {e}"))
}

/// The page's one script, an inline module last in the head (`inline_script`), put
/// together from the files in `prerender/js/`. It reads the code's names from the page
/// (`code_names.js`), so its hash changes only when it does.
const PAGE_SCRIPT: [&str; 8] =
    [CODE_NAMES, SHOW_STEP, FALL_BACK, HOST_LINK, PAGE, KEEP_PLACE, AFTER_FIRST_PAINT, START];

/// `mount.js`, the direct mount's module, put together from the files in `prerender/js/`
/// and the build's `constants`: the hashed names it loads.
fn mount_script(constants: &str) -> [&str; 7] {
    [constants, SHOW_STEP, FALL_BACK, KEEP_PLACE, HOST_LINK, MOUNT, START]
}

/// Writes `contents` as a file named for it (`style-<hash>.css`), so it can be cached
/// forever; returns the name.
fn write_hashed(dir: &Path, stem: &str, extension: &str, contents: &str) -> Result<String, String> {
    let name = format!("{stem}-{:016x}.{extension}", fnv1a(contents.as_bytes()));
    write(dir, &name, contents)?;
    Ok(name)
}

/// The script put together from `parts`, minified: the comments in `prerender/js/` are for
/// the people who read it, and readers' phones need not download them.
fn script(name: &str, parts: &[&str]) -> Result<String, String> {
    minify(name, &parts.concat())
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
        format!(
            "const ROOT_ID = {}, BINDINGS = {}, WASM = {}, STYLESHEET = {};\n",
            serde_json::Value::from(ROOT_ID),
            relative(&self.bindings.js),
            relative(&self.bindings.wasm),
            relative(&self.stylesheet),
        )
    }
}

/// `name` as a quoted JavaScript string relative to the script (`"./name"`).
fn relative(name: &str) -> String {
    serde_json::Value::from(format!("./{name}")).to_string()
}

/// wasm-bindgen's bindings, minified and named for what they now hold (Trunk named them
/// for its unminified file, which is removed): a new minifier gives a new name, never new
/// bytes under a name hosts cache for a year.
fn minify_bindings(dir: &Path) -> Result<Bindings, String> {
    let wasm = find_one(dir, "scale-explainer-", "_bg.wasm")?;
    let trunks = dir.join(wasm.replace("_bg.wasm", ".js"));
    let source = fs::read_to_string(&trunks).map_err(|e| format!("cannot read {}: {e}", trunks.display()))?;
    let js = write_hashed(dir, "scale-explainer", "js", &minify("the bindings", &source)?)?;
    fs::remove_file(&trunks).map_err(|e| format!("cannot remove {}: {e}", trunks.display()))?;
    Ok(Bindings { js, wasm })
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

/// The oEmbed answer for `story`'s explainer served from `base`.
fn oembed(story: &Story, base: &str) -> String {
    serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": story.page.site_name,
        "title": story.title.text,
        "width": 720,
        "height": 900,
        // In the look the Embed panel's codes ask for first (light, with side margins): a CMS
        // does not ask its editor.
        "html": embed::iframe_code(base, Step::Deal, embed::Look::FIRST, story.title.text),
    })
    .to_string()
}

/// FNV-1a: a stable content hash for a file's name, so it can be cached forever.
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

    const HEAD_END: &str = "<script type=\"module\" blocking=\"render\">a()</script>";

    fn finished(story: &'static Story<'static>) -> String {
        let browser = Box::leak(Box::new(story.browser()));
        finish_html(INDEX, story, &render_story_html(story, browser), &names(), HEAD_END, Some("https://news.test/x/"))
            .expect("index.html has every tag to fill")
    }

    #[test]
    fn the_story_goes_inside_the_root_with_nothing_in_between() {
        let page = finished(&STORY);
        assert!(page.contains(&format!("\">{}</main>", render_story_html(&STORY, &BROWSER_STORY))));
    }

    #[test]
    fn the_root_carries_each_order_a_shared_link_can_name_as_the_table_sorts() {
        let page = finished(&STORY);
        let sorts = page.split("data-sorts=\"").nth(1).unwrap().split('"').next().unwrap().replace("&quot;", "\"");
        let sorts: Vec<(String, usize, String, Vec<usize>)> = serde_json::from_str(&sorts).unwrap();
        assert_eq!(sorts.len(), 6, "three columns, two directions: {sorts:?}");
        let aspects = |rows: &[usize]| rows.iter().map(|&row| STORY.implications.rows[row].aspect).collect::<Vec<_>>();
        // The article's own order, sorted by its first column.
        assert_eq!(sorts[0].0, "aspect-asc");
        assert_eq!((sorts[0].1, sorts[0].2.as_str()), (0, "ascending"));
        assert_eq!(
            aspects(&sorts[0].3),
            ["Client Loyalty", "Competitor Gain", "Funding", "Leadership", "Market Standing"]
        );
        assert_eq!(sorts[5].0, "concern-desc");
        assert_eq!((sorts[5].1, sorts[5].2.as_str()), (2, "descending"));
        assert_eq!(
            aspects(&sorts[5].3),
            ["Leadership", "Competitor Gain", "Market Standing", "Funding", "Client Loyalty"]
        );
        for (param, column, aria_sort, rows) in &sorts {
            let sort = Sort::from_param(param).unwrap();
            assert_eq!((Column::ALL[*column], sort.direction.aria_sort()), (sort.column, aria_sort.as_str()));
            assert_eq!(rows, &visible_rows(STORY.implications.rows, Some(sort), ""), "{param}");
        }
    }

    #[test]
    fn a_page_without_exactly_one_of_each_tag_to_fill_is_refused_naming_it() {
        let error = finish_html(&INDEX.replace("<title></title>", ""), &STORY, "x", &names(), "", None).unwrap_err();
        assert!(error.contains("`head > title`, found 0"), "{error}");
        let root = "<main id=\"scale-explainer\"></main>";
        let error = finish_html(&INDEX.replace(root, &root.repeat(2)), &STORY, "x", &names(), "", None).unwrap_err();
        assert!(error.contains("`#scale-explainer`, found 2"), "{error}");
        let error = finish_html(&INDEX.replace("twitter:title", "twitter:tittle"), &STORY, "x", &names(), "", None)
            .unwrap_err();
        assert!(error.contains("twitter:title"), "{error}");
    }

    #[test]
    fn trunks_leftover_rust_link_goes_and_the_script_comes_last_in_the_head() {
        let page = finished(&STORY);
        assert!(!page.contains("rel=\"rust\""));
        assert!(page.contains(&format!("{HEAD_END}</head>")));
    }

    #[test]
    fn the_head_keeps_no_comment_and_the_story_keeps_its_hydration_markers() {
        assert!(INDEX.contains("<!--"), "index.html explains itself to its readers");
        let page = finished(&STORY);
        let head = &page[..page.find("</head>").unwrap()];
        assert!(!head.contains("<!--"), "{head}");
        let story = render_story_html(&STORY, &BROWSER_STORY);
        assert!(story.contains("<!--") && page.contains(&story));
    }

    #[test]
    fn the_inline_page_script_is_allowed_by_its_hash_and_only_by_it() {
        // `echo -n 'showStep()' | openssl dgst -sha256 -binary | base64`
        assert_eq!(csp_hash("showStep()"), "'sha256-hKTnKQ+oQF9KZ+a+uDYny6mkyn2LH64uGYkCUOD/iM4='");
        assert_ne!(csp_hash("showStep();"), csp_hash("showStep()"));
        let dir = std::env::temp_dir().join(format!("prerender-headers-{}", process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("_headers"), include_str!("../../assets/_headers")).unwrap();
        allow_in_headers(&dir, "showStep()").unwrap();
        let headers = fs::read_to_string(dir.join("_headers")).unwrap();
        let policy = headers.lines().find(|line| line.contains("Content-Security-Policy:")).unwrap();
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-hKTnKQ+oQF9"), "{policy}");
        assert!(!headers.contains("{page script}"));
        let error = allow_in_headers(&dir, "showStep()").unwrap_err();
        assert!(error.contains("exactly once") && error.contains("found 0"), "{error}");
        fs::remove_dir_all(&dir).unwrap();
        assert!(inline_script("a('</SCRIPT>')").is_err() && inline_script("a('<!--')").is_err());
        assert_eq!(inline_script("a()").unwrap(), "<script type=\"module\" blocking=\"render\">a()</script>");
    }

    #[test]
    fn the_stylesheet_link_loads_the_bundled_stylesheet_beside_the_page() {
        assert!(finished(&STORY).contains("<link rel=\"stylesheet\" href=\"./style-1.css\">"));
        let error = finish_html(&INDEX.replace("rel=\"stylesheet\"", ""), &STORY, "x", &names(), "", None).unwrap_err();
        assert!(error.contains("`link[rel=stylesheet]`, found 0"), "{error}");
    }

    #[test]
    fn the_share_card_is_announced_with_its_size_and_words_only_at_a_known_address() {
        let page = finished(&STORY);
        assert!(page.contains("<meta property=\"og:image\" content=\"https://news.test/x/share-card.png\">"), "{page}");
        assert!(page.contains("<meta property=\"og:image:width\" content=\"1200\">"));
        assert!(page.contains("<meta property=\"og:image:height\" content=\"630\">"));
        let alt = embed::card_alt(&BROWSER_STORY);
        assert!(page.contains(&format!("<meta property=\"og:image:alt\" content=\"{alt}\">")));
        assert!(page.contains("<meta name=\"twitter:image\" content=\"https://news.test/x/share-card.png\">"));
        assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        let page = finish_html(INDEX, &STORY, "x", &names(), "", None).unwrap();
        assert!(!page.contains("og:image") && !page.contains("twitter:image"), "no address, no image tags");
    }

    #[test]
    fn the_oembed_link_is_absolute_or_gone() {
        assert!(finished(&STORY).contains("href=\"https://news.test/x/oembed.json\""));
        let page = finish_html(INDEX, &STORY, "x", &names(), "", None).unwrap();
        assert!(!page.contains("json+oembed"), "no public address, no oEmbed link");
    }

    #[test]
    fn the_head_says_what_the_data_says() {
        let page = finished(&STORY);
        let Page { language, title, description, site_name, .. } = STORY.page;
        assert!(page.contains(&format!("<html lang=\"{language}\">")));
        assert!(page.contains(&format!("<title>{}</title>", title.text)));
        for tag in ["name=\"description\"", "property=\"og:description\"", "name=\"twitter:description\""] {
            assert!(page.contains(&format!("<meta {tag} content=\"{}\">", description.text)), "{tag}");
        }
        for tag in ["property=\"og:title\"", "name=\"twitter:title\""] {
            assert!(page.contains(&format!("<meta {tag} content=\"{}\">", title.text)), "{tag}");
        }
        assert!(page.contains(&format!("<meta property=\"og:site_name\" content=\"{site_name}\">")));
        assert!(page.contains(&format!("href=\"https://news.test/x/oembed.json\" title=\"{}\">", title.text)));
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
        // The page script reads them from its root, where they do not change its hash.
        assert!(
            finished(&STORY).contains("<main id=\"scale-explainer\" data-code=\"./a.js\" data-wasm=\"./a_bg.wasm\" ")
        );
        assert!(CODE_NAMES.contains("const { code: BINDINGS, wasm: WASM }"));
    }

    #[test]
    fn oembed_is_a_rich_embed_of_the_iframe_code() {
        let answer: serde_json::Value = serde_json::from_str(&oembed(&STORY, "https://news.test/x/")).unwrap();
        assert_eq!(answer["type"], "rich");
        assert_eq!(answer["title"], STORY.title.text);
        assert_eq!(answer["provider_name"], STORY.page.site_name);
        assert!(answer["html"]
            .as_str()
            .unwrap()
            .starts_with("<iframe src=\"https://news.test/x/?step=deal&amp;theme=light\""));
    }

    #[test]
    fn every_script_we_ship_minifies_without_its_comments() {
        let constants = names().constants();
        for (name, parts) in [("page", &PAGE_SCRIPT[..]), ("mount.js", &mount_script(&constants)[..])] {
            let source = parts.concat();
            let shipped = script(name, parts).unwrap();
            assert!(!shipped.contains("//"), "{name} keeps a comment: {shipped}");
            assert!(shipped.len() < source.len() * 2 / 3, "{name}: {} of {} bytes", shipped.len(), source.len());
        }
        let page = script("page", &PAGE_SCRIPT).unwrap();
        assert!(page.contains("is-scripted") && page.contains("xPYMx"), "the mark and Pym.js's messages: {page}");
        assert!(page.contains("first-contentful-paint"), "it loads the code after the paint");
    }

    #[test]
    fn a_files_name_changes_with_its_content() {
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
    /// the `content` of meta tags other than the ones that hold keywords or addresses. The
    /// page script's text is code, not words: it goes first.
    fn shown_text(page: &str) -> Vec<String> {
        let scripts = RewriteStrSettings::new().append_element_content_handler(element!("script", |script| {
            script.remove();
            Ok(())
        }));
        let page = &rewrite_str(page, scripts).unwrap();
        // Names and addresses, not words.
        const KEYWORDS: [&str; 6] =
            ["viewport", "color-scheme", "og:type", "twitter:card", "og:image", "twitter:image"];
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
        for words in
            ["The Meta–Scale AI deal, explained", "Previous", "reportedly spent over $200 million", "Client concerns"]
        {
            assert!(all.contains(&in_fullwidth(words)), "{words:?} is not on the page");
        }
    }
}
