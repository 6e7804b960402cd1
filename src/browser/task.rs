//! The browser edge for timing: work that can wait runs in a task of its own, so the task
//! at hand (a reader's input, the hydration) ends sooner and the browser paints first.
//! Called only from effects, never while rendering.

use wasm_bindgen::{closure::Closure, JsCast};

/// Runs `work` in a task of its own, after the current one. After an input, browsers
/// paint before they run the next task. If the browser refused (it does not in practice),
/// `work` would not run: callers only ever put off what they can lose.
pub fn later(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let _ = window.set_timeout_with_callback(Closure::once_into_js(work).unchecked_ref());
}
