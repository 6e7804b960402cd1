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
//!    and `oembed.json` are written beside them.
//!
//! Usage: `prerender [DIR]`; DIR defaults to `$TRUNK_STAGING_DIR`. `SCALE_EXPLAINER_URL`
//! (the absolute address `dist/` will be served from, ending in `/`) makes the oEmbed
//! code absolute; without it the code points at `./`, fine for testing only.

use std::{env, fs, path::Path, process};

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
    let bindings = find_bindings(dir)?;
    let loader_source = loader(&bindings, AFTER_FIRST_PAINT);
    let loader_name = format!("start-{:016x}.js", fnv1a(loader_source.as_bytes()));
    write(dir, &loader_name, &loader_source)?;
    write(dir, "mount.js", &loader(&bindings, &mount_prelude(&find_one(dir, "style-", ".css")?)))?;
    let base = env::var("SCALE_EXPLAINER_URL").unwrap_or_else(|_| "./".to_owned());
    write(dir, "oembed.json", &oembed(&base))?;

    let page = fill_root(&without_trunk_link(&page), &render_story_html(&STORY))?;
    // Low priority: the story's HTML and CSS get the network first. A module never blocks
    // rendering, and this one waits for the first paint anyway.
    let head = format!("<script type=\"module\" src=\"./{loader_name}\" fetchpriority=\"low\"></script></head>");
    let page = page.replacen("</head>", &head, 1);
    fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display()))
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

/// The oEmbed answer for the explainer served from `base`.
fn oembed(base: &str) -> String {
    serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": "Scale AI deal explainer",
        "title": STORY.title.text,
        "width": 720,
        "height": 900,
        "html": embed::iframe_code(base, Step::Deal, STORY.title.text),
    })
    .to_string()
}

/// Puts the rendered story inside the (empty) root element, with nothing between
/// them: hydration expects the root's children to be exactly what `App` renders.
fn fill_root(page: &str, story: &str) -> Result<String, String> {
    let empty_root = format!("<div id=\"{ROOT_ID}\"></div>");
    if page.matches(&empty_root).count() != 1 {
        return Err(format!("index.html must contain exactly one {empty_root}"));
    }
    Ok(page.replacen(&empty_root, &format!("<div id=\"{ROOT_ID}\">{story}</div>"), 1))
}

/// With `inject_scripts = false` Trunk leaves its `<link data-trunk rel="rust">` in place.
fn without_trunk_link(page: &str) -> String {
    match page.find("<link data-trunk rel=\"rust\"") {
        Some(start) => match page[start..].find('>') {
            Some(end) => format!("{}{}", page[..start].trim_end_matches([' ', '\t']), &page[start + end + 1..]),
            None => page.to_owned(),
        },
        None => page.to_owned(),
    }
}

/// FNV-1a: a stable content hash for the loader's file name, so it can be cached forever.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_goes_inside_the_root_with_nothing_in_between() {
        let page = "<body><div id=\"scale-explainer\"></div></body>";
        assert_eq!(fill_root(page, "<p>x</p>").unwrap(), "<body><div id=\"scale-explainer\"><p>x</p></div></body>");
    }

    #[test]
    fn a_page_without_exactly_one_empty_root_is_refused() {
        assert!(fill_root("<body></body>", "x").is_err());
        assert!(fill_root("<div id=\"scale-explainer\"></div><div id=\"scale-explainer\"></div>", "x").is_err());
    }

    #[test]
    fn trunks_leftover_rust_link_is_removed() {
        let page = "<head>\n  <link data-trunk rel=\"rust\" data-trunk-id=\"1\">\n</head>";
        assert_eq!(without_trunk_link(page), "<head>\n\n</head>");
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
        let answer: serde_json::Value = serde_json::from_str(&oembed("https://news.test/x/")).unwrap();
        assert_eq!(answer["type"], "rich");
        assert_eq!(answer["title"], STORY.title.text);
        assert!(answer["html"].as_str().unwrap().starts_with("<iframe src=\"https://news.test/x/?step=deal\""));
    }

    #[test]
    fn the_loader_name_changes_with_its_content() {
        assert_ne!(fnv1a(b"a"), fnv1a(b"b"));
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }
}
