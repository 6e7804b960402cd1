//! The browser edge facing an embedding page: the host's theme message.
//!
//! Framed, the widget acts only on `{ type: "scale-explainer:theme", theme }` from its
//! parent window; mounted directly, from the article's own window. Anything else is
//! ignored in silence. Nothing here can navigate or insert markup. (The height the parent
//! frame needs is reported by the page script, `prerender/js/page.js`, which must work
//! when this code never arrives.)

use gloo::events::EventListener;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

use super::Mode;
use crate::model::embed::{self, Theme};

/// Whether this page is inside a frame.
pub fn is_framed(window: &web_sys::Window) -> bool {
    match window.top() {
        Ok(Some(top)) => JsValue::from(top) != JsValue::from(window.clone()),
        // A top we may not see is not ours: treat it as framed, the safe choice.
        _ => true,
    }
}

/// Listens for the host's theme requests until dropped; `on_theme` receives them.
pub fn listen(mode: Mode, on_theme: impl Fn(Theme) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        let Some(window) = web_sys::window() else { return };
        // Only the page that embeds us may talk to us: the parent frame, or for a direct
        // mount the article's own window.
        let host = match mode {
            Mode::Page => window.parent().ok().flatten(),
            Mode::Mounted => Some(window),
        };
        let from_host = match (event.source(), host) {
            (Some(source), Some(host)) => JsValue::from(source) == JsValue::from(host),
            _ => false,
        };
        if let Some(theme) = theme_in(&event.data()).filter(|_| from_host) {
            on_theme(theme);
        }
    }))
}

/// The theme a message object asks for: `{ type: "scale-explainer:theme", theme }`.
fn theme_in(data: &JsValue) -> Option<Theme> {
    if !data.is_object() {
        return None;
    }
    let field = |name: &str| Reflect::get(data, &JsValue::from_str(name)).ok()?.as_string();
    embed::theme_request(&field("type")?, &field("theme")?)
}
