//! The browser edge for the address bar: which step the URL names, and recording moves
//! in history. On the standalone page a move is pushed, so Back returns to the previous
//! step; inside an iframe it replaces, so the article's Back button still leaves the article.
//!
//! Called only from effects and callbacks, never while rendering. Every browser call
//! here can fail (sandboxed frames, odd hosts) and a failure only costs the URL update.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;

use crate::model::steps::Step;

/// The step the URL's fragment names; the first step when it names none.
pub fn step_in_url() -> Step {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .and_then(|hash| Step::from_fragment(&hash))
        .unwrap_or(Step::Deal)
}

/// Makes the URL name `step`, unless it already does.
pub fn record(step: Step) {
    if step_in_url() == step {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let url = format!("#{}", step.id());
    let recorded = if is_framed(&window) {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
    if recorded.is_err() {
        gloo::console::warn!("scale-explainer: could not record the step in the URL");
    }
}

/// Calls `on_step` with the URL's step whenever the reader goes back or forward,
/// or edits the fragment. Dropping the listener stops it.
pub fn on_history_move(on_step: impl Fn(Step) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| on_step(step_in_url())))
}

fn is_framed(window: &web_sys::Window) -> bool {
    match window.top() {
        Ok(Some(top)) => JsValue::from(top) != JsValue::from(window.clone()),
        // A top we may not see is not ours: treat it as framed, the safe choice.
        _ => true,
    }
}
