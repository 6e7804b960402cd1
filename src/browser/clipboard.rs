//! The browser edge for copying text. The Clipboard API is missing in insecure contexts
//! and old browsers, and may refuse; the caller then selects the text for the reader.

use wasm_bindgen::{closure::Closure, JsValue};

/// Copies `text`, then calls `done` with whether it reached the clipboard. A promise's
/// callbacks rather than an `async fn`: an executor would cost the wasm more than the
/// rest of this module.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else { return done(false) };
    let clipboard = window.navigator().clipboard();
    if JsValue::from(&clipboard).is_undefined() {
        return done(false);
    }
    // Exactly one of the two runs; each takes `done` from the cell it shares.
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let settle = move |copied: bool| {
        let done = done.clone();
        Closure::once(move |_: JsValue| {
            if let Some(done) = done.take() {
                done(copied);
            }
        })
    };
    let (resolved, rejected) = (settle(true), settle(false));
    let _ = clipboard.write_text(text).then2(&resolved, &rejected);
    // Kept until the promise settles: a copy is a rare tap, and each costs a few bytes.
    resolved.forget();
    rejected.forget();
}
