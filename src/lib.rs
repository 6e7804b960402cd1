//! An explainer of the Meta–Scale AI deal: rendered to HTML at build time by the
//! `prerender` binary and hydrated in the browser. See ARCHITECTURE.md.

mod app;
mod browser;
pub mod charts;
mod components;
pub mod model;
mod state;

pub use app::{App, AppProps, Prerendered};
pub use browser::Mode;
pub use components::StoryPart;

/// The id of the element the widget is prerendered into and hydrates.
pub const ROOT_ID: &str = "scale-explainer";

#[cfg(ssr)]
mod prerender;
#[cfg(browser)]
pub use browser::start;
#[cfg(ssr)]
pub use prerender::render_story_html;
