//! An explainer of the Meta–Scale AI deal: rendered to HTML at build time by the
//! `prerender` binary and hydrated in the browser. See ARCHITECTURE.md.

mod app;
pub mod charts;
mod clipboard;
mod components;
mod host;
mod location;
pub mod model;
mod state;
mod task;

pub use app::{App, AppProps, Mode, Prerendered};
pub use components::StoryPart;

/// The id of the element the widget is prerendered into and hydrates.
pub const ROOT_ID: &str = "scale-explainer";

#[cfg(ssr)]
mod prerender;
#[cfg(ssr)]
pub use prerender::render_story_html;

#[cfg(browser)]
mod browser;
#[cfg(browser)]
pub use browser::start;
