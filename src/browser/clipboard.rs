//! The browser edge for copying text. The Clipboard API is missing in insecure contexts
//! and old browsers, and may refuse; the caller then selects the text for the reader.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Whether `text` reached the clipboard.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = window.navigator().clipboard();
    if JsValue::from(&clipboard).is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
