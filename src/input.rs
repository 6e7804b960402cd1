//! The browser edge for keys and touches: turns raw events into step moves, using the
//! rules in `model::steps`. Controls that use arrows or sideways drags themselves (the
//! slider, text fields, scrolling regions) keep them.

use wasm_bindgen::JsCast;
use yew::{KeyboardEvent, TouchEvent};

use crate::model::steps::Step;

/// Elements whose own keyboard or drag handling must win over step navigation.
const OWN_GESTURES: &str = "input, textarea, select, [contenteditable], .sx-scroll";

/// The step ←/→ leads to, unless a modifier is held (Alt+← is the browser's Back)
/// or focus is in a control that uses arrows itself.
pub fn step_for_key(event: &KeyboardEvent, from: Step) -> Option<Step> {
    if event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key() || event.default_prevented() {
        return None;
    }
    if targets_own_gestures(event) {
        return None;
    }
    from.after_key(&event.key())
}

/// Where a touch began, unless it began on a control that drags sideways itself.
pub fn swipe_start(event: &TouchEvent) -> Option<(f64, f64)> {
    if targets_own_gestures(event) || event.touches().length() != 1 {
        return None;
    }
    let touch = event.touches().get(0)?;
    Some((f64::from(touch.client_x()), f64::from(touch.client_y())))
}

/// The step a finished touch leads to, given where it began.
pub fn swipe_end(event: &TouchEvent, start: (f64, f64), from: Step) -> Option<Step> {
    let touch = event.changed_touches().get(0)?;
    from.after_swipe(f64::from(touch.client_x()) - start.0, f64::from(touch.client_y()) - start.1)
}

fn targets_own_gestures(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest(OWN_GESTURES).ok().flatten())
        .is_some()
}
