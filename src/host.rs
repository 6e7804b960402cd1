//! The browser edge facing an embedding page.
//!
//! Framed, the widget tells its parent its height whenever it changes (a ResizeObserver
//! on the widget, so it shrinks as well as grows), both as a Pym.js string and as the
//! JSON-shaped `{ type: "scale-explainer:height", height }`. It acts only on messages of
//! its documented shapes from its parent window; anything else is ignored in silence.
//! Nothing here can navigate or insert markup: a message can only change the theme or
//! ask for the height.

use gloo::events::EventListener;
use js_sys::Reflect;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::model::{
    embed::{self, Theme},
    query,
};

/// Whether this page is inside a frame.
pub fn is_framed(window: &web_sys::Window) -> bool {
    match window.top() {
        Ok(Some(top)) => JsValue::from(top) != JsValue::from(window.clone()),
        // A top we may not see is not ours: treat it as framed, the safe choice.
        _ => true,
    }
}

/// Keeps the link to the host open; dropping it stops observing and listening.
pub struct HostLink {
    _messages: EventListener,
    _resizes: Option<Resizes>,
}

/// A ResizeObserver and the closure it calls, which must live as long as it does.
struct Resizes {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for Resizes {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Starts reporting `widget`'s height to the parent (when framed) and listening for the
/// host's messages; `on_theme` receives theme requests.
pub fn connect(widget: web_sys::Element, on_theme: impl Fn(Theme) + 'static) -> Option<HostLink> {
    let window = web_sys::window()?;
    let framed = is_framed(&window);
    // Pym.js names the child on the iframe URL; its messages must carry that name.
    let pym_id: Option<String> =
        query::get(&crate::location::query(), "childId").map(|id| id.chars().take(100).collect());

    let report = {
        let (widget, pym_id) = (widget.clone(), pym_id.clone());
        move || {
            if framed {
                post_height(&widget, pym_id.as_deref());
            }
        }
    };
    report();
    let resizes = framed.then(|| observe(&widget, report.clone())).flatten();

    let messages = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        let Some(window) = web_sys::window() else { return };
        // Only the page that embeds us (for a direct mount, the page itself) may talk to us.
        let from_parent = match (event.source(), window.parent()) {
            (Some(source), Ok(Some(parent))) => JsValue::from(source) == JsValue::from(parent),
            _ => false,
        };
        if !from_parent {
            return;
        }
        let data = event.data();
        if let Some(text) = data.as_string() {
            if pym_id.as_deref().is_some_and(|id| embed::is_pym_width_request(&text, id)) {
                report();
            }
        } else if let Some(theme) = theme_in(&data) {
            on_theme(theme);
        }
    });
    Some(HostLink { _messages: messages, _resizes: resizes })
}

/// The theme a message object asks for: `{ type: "scale-explainer:theme", theme }`.
fn theme_in(data: &JsValue) -> Option<Theme> {
    if !data.is_object() {
        return None;
    }
    let field = |name: &str| Reflect::get(data, &JsValue::from_str(name)).ok()?.as_string();
    embed::theme_request(&field("type")?, &field("theme")?)
}

fn observe(widget: &web_sys::Element, report: impl Fn() + 'static) -> Option<Resizes> {
    let callback = Closure::<dyn FnMut()>::new(report);
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        web_sys::console::warn_1(&"scale-explainer: no ResizeObserver; the frame's height is sent once".into());
        return None;
    };
    // The widget's own box catches content growing and shrinking; the document's root also
    // catches the widget moving without resizing (a margin above it, something inserted).
    observer.observe(widget);
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        observer.observe(&root);
    }
    Some(Resizes { observer, _callback: callback })
}

/// The widget's bottom edge in document coordinates: its height plus anything above
/// it (a margin on its first element included), whatever the body's own height is.
fn post_height(widget: &web_sys::Element, pym_id: Option<&str>) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    let bottom = widget.get_bounding_client_rect().bottom() + window.scroll_y().unwrap_or(0.0);
    if !bottom.is_finite() || bottom <= 0.0 {
        return; // Not laid out (a hidden iframe): the observer reports again once shown.
    }
    let height = bottom.ceil() as u32;
    let message = js_sys::Object::new();
    let set = |name: &str, value: JsValue| Reflect::set(&message, &JsValue::from_str(name), &value).is_ok();
    if set("type", JsValue::from_str(embed::HEIGHT_MESSAGE)) && set("height", JsValue::from(height)) {
        let _ = parent.post_message(&message, "*");
    }
    if let Some(id) = pym_id {
        let _ = parent.post_message(&JsValue::from_str(&embed::pym_height(id, height)), "*");
    }
}
