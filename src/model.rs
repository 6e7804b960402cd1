//! The domain: plain Rust with no yew, web-sys or gloo imports, tested natively.
//! The story's types, steps and templates come from the `scale-story` crate.

pub mod embed;
pub mod query;
pub mod table;

pub use scale_story::{self as story, money, steps, template, valuation};

/// The story, parsed and validated from `assets/story.json` by `build.rs` and baked in as
/// Rust: what the browser builds. The wasm carries this and nothing more.
pub static BROWSER_STORY: story::BrowserStory<'static> = include!(concat!(env!("OUT_DIR"), "/browser_story.rs"));

/// The whole story, for the prerender (the steps the browser only adopts, the page's head).
#[cfg(ssr)]
pub static STORY: story::Story<'static> = include!(concat!(env!("OUT_DIR"), "/story.rs"));

#[cfg(all(test, ssr))]
mod tests {
    use super::*;

    const JSON: &str = include_str!("../assets/story.json");
    const ARTICLE: &str = include_str!("../assets/article.txt");

    #[test]
    fn the_shipped_story_is_valid_and_matches_the_baked_one() {
        let story = story::parse(JSON, ARTICLE).expect("assets/story.json is valid");
        assert_eq!(story, STORY);
        assert_eq!(story.browser(), BROWSER_STORY);
    }

    #[test]
    fn the_browser_copy_has_what_the_browser_builds() {
        let (full, browser) = (&STORY, &BROWSER_STORY);
        assert_eq!((browser.title, browser.dek), (full.title.text, full.dek.text));
        assert_eq!(steps::Step::Exodus.heading(&browser.headings), full.headings.exodus.text);
        assert_eq!(steps::Step::BottomLine.heading(&browser.headings), full.headings.bottom_line.text);
        assert_eq!((browser.interface, browser.valuation), (full.interface, full.valuation));
        assert_eq!(browser.implications, full.implications);
        assert_eq!((browser.deal.investment, browser.deal.valuation), (full.deal.investment, full.deal.valuation));
        assert_eq!(browser.image_alt, full.page.image_alt.text);
    }

    #[test]
    fn the_article_copy_is_the_shared_source_story() {
        // The repo keeps its own copy so a build needs nothing outside it; it must not drift.
        // Every checkout here (and CI's) has shared/ beside it: a missing one fails, rather
        // than pass without having compared anything.
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/story/article.txt");
        let text = std::fs::read_to_string(shared).unwrap_or_else(|e| panic!("cannot read {shared}: {e}"));
        assert_eq!(text, ARTICLE, "assets/article.txt differs from {shared}");
    }
}
