//! The browser edge for the address bar: which step and table order the URL names, and
//! recording changes. On the standalone page a step move is pushed, so Back returns to the
//! previous step; inside an iframe it replaces, so the article's Back button still leaves
//! the article. The table order (`?sort=concern-desc`) always replaces: sorting is not a
//! place to go back to.
//!
//! Called only from effects and callbacks, never while rendering. Every browser call
//! here can fail (sandboxed frames, odd hosts) and a failure only costs the URL update.

use std::sync::atomic::{AtomicU32, Ordering};

use gloo::events::EventListener;
use wasm_bindgen::JsValue;

use crate::model::{query, steps::Step, table::Sort};

/// The query parameter that carries the table's order.
const SORT_PARAM: &str = "sort";

/// The step the URL's fragment names, if any.
pub fn step_in_url() -> Option<Step> {
    web_sys::window().and_then(|window| window.location().hash().ok()).and_then(|hash| Step::from_fragment(&hash))
}

/// Whether this page is inside a frame.
fn is_framed(window: &web_sys::Window) -> bool {
    match window.top() {
        Ok(Some(top)) => JsValue::from(top) != JsValue::from(window.clone()),
        // A top we may not see is not ours: treat it as framed, the safe choice.
        _ => true,
    }
}

/// How a step gets into the URL.
#[derive(Clone, Copy, PartialEq)]
pub enum Record {
    /// The reader moved: a history entry on the standalone page.
    Move,
    /// The page opened on a step the URL does not name (an embed setting): no entry.
    Start,
}

/// Makes the URL name `step`, unless it already does (no fragment names the first step).
pub fn record(step: Step, how: Record) {
    if step_in_url().unwrap_or(Step::Deal) == step {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let url = format!("#{}", step.id());
    let recorded = if how == Record::Start || is_framed(&window) {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
    warn_if_unrecorded(recorded);
}

/// A sandboxed frame may refuse the history: the reader's view is unchanged, the address
/// just does not follow it. One message for the step and the table order (bytes).
fn warn_if_unrecorded(recorded: Result<(), JsValue>) {
    if recorded.is_err() {
        web_sys::console::warn_1(&"scale-explainer: could not record the reader's place in the URL".into());
    }
}

/// The table order the URL names, if it names a valid one.
pub fn sort_in_url() -> Option<Sort> {
    let search = web_sys::window()?.location().search().ok()?;
    Sort::from_param(query::get(&search, SORT_PARAM)?)
}

/// Makes the URL carry `sort` (or no sort), keeping every other parameter and the fragment.
pub fn record_sort(sort: Option<Sort>) {
    if sort_in_url() == sort {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) = (location.pathname(), location.search(), location.hash()) else { return };
    let param = sort.map(Sort::to_param);
    let url = format!("{path}{}{hash}", query::set(&search, SORT_PARAM, param.as_deref()));
    let recorded = window.history().and_then(|history| history.replace_state_with_url(&JsValue::NULL, "", Some(&url)));
    warn_if_unrecorded(recorded);
}

/// The page's address without query or fragment: what an embed code points at.
pub fn page_url() -> String {
    web_sys::window()
        .and_then(|window| {
            let location = window.location();
            Some(format!("{}{}", location.origin().ok()?, location.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Changes whenever the reader goes back or forward (or edits the fragment): each listener
/// of `on_history_move` counts the move.
static HISTORY_MOVES: AtomicU32 = AtomicU32::new(0);

/// A count that changes whenever the reader goes back or forward: a step recorded later
/// than it was asked for must not be recorded over a history move made in between (it
/// would push an entry over the reader's Forward history).
pub fn history_moves() -> u32 {
    HISTORY_MOVES.load(Ordering::Relaxed)
}

/// Calls `on_step` with the URL's step whenever the reader goes back or forward,
/// or edits the fragment. Dropping the listener stops it.
pub fn on_history_move(on_step: impl Fn(Step) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| {
        HISTORY_MOVES.fetch_add(1, Ordering::Relaxed);
        on_step(step_in_url().unwrap_or(Step::Deal))
    }))
}
