//! The browser edge for timing: work that can wait runs in a task of its own, so the task
//! at hand (a reader's input, starting the wasm, the hydration) ends sooner and the
//! browser paints first. Called from effects and from `start`, never while rendering.

use wasm_bindgen::{closure::Closure, JsCast};

/// Runs `work` in a task of its own, after the current one. After an input, browsers
/// paint before they run the next task. If the browser refused (it does not in practice),
/// `work` would not run: callers only put off what they can lose, or what the page
/// script covers (a hydration that never comes ends in the whole static story).
pub fn later(work: impl FnOnce() + 'static) {
    in_a_task(Box::new(work));
}

/// `later`, boxed: one copy of wasm-bindgen's closure glue serves every caller.
fn in_a_task(work: Box<dyn FnOnce()>) {
    let Some(window) = web_sys::window() else { return };
    let _ = window.set_timeout_with_callback(Closure::once_into_js(work).unchecked_ref());
}

/// Runs `work` in a task after the next paint, for what the reader does not see (the
/// address bar): it never delays the frame that shows their move, as a task queued at
/// once can when the browser runs it before that frame. A hidden page paints nothing, so
/// there `work` waits until it is shown.
pub fn after_paint(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let work: Box<dyn FnOnce()> = Box::new(work);
    let _ = window.request_animation_frame(Closure::once_into_js(move || in_a_task(work)).unchecked_ref());
}
