//! The domain: plain Rust with no yew, web-sys or gloo imports, tested natively.

pub mod embed;
pub mod money;
pub mod query;
pub mod steps;
pub mod story;
pub mod table;
pub mod template;
pub mod valuation;

/// The story, parsed and validated from `assets/story.json` by `build.rs` and baked in as Rust.
#[cfg(not(target_arch = "wasm32"))]
pub static STORY: story::Story<'static> = include!(concat!(env!("OUT_DIR"), "/story.rs"));
/// In the browser, only what the browser builds: see `Story::for_browser`.
#[cfg(target_arch = "wasm32")]
pub static STORY: story::Story<'static> = include!(concat!(env!("OUT_DIR"), "/browser_story.rs"));
