//! The browser edge: the only modules (with components' own element refs, and the events
//! their handlers read) that call web-sys or gloo. Everything here is called from effects
//! and callbacks, never while rendering, so SSR and hydration never break, and every call
//! the browser can refuse (sandboxed frames, odd hosts, missing APIs) degrades instead of
//! panicking.
//!
//! `App` and the table use it through the hooks in `hooks`; `start` (the wasm only) finds
//! the widgets on the page and hydrates them. Imports run one way: `hooks` → `location`,
//! `task`; `start` → `location`, `task`. (The host page's messages are the page script's:
//! `prerender/js/host_link.js`.)

pub mod clipboard;
mod hooks;
mod location;
#[cfg(browser)]
mod start;
mod task;

pub use hooks::{use_go_live, use_sort_in_url, use_url_sync};
#[cfg(browser)]
pub use start::start;

/// Where the widget lives, which decides what it may touch outside itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Its own page, standalone or in an iframe: it owns the URL.
    Page,
    /// Mounted directly in someone else's page: it leaves their URL and history alone.
    Mounted,
}

impl Mode {
    /// Whether the widget may read and write the address bar and history.
    pub fn owns_url(self) -> bool {
        self == Mode::Page
    }
}
