//! The browser edge: find the prerendered root and hydrate it.

use crate::{model::STORY, App, AppProps, ROOT_ID};

pub fn start() {
    let root =
        web_sys::window().and_then(|window| window.document()).and_then(|document| document.get_element_by_id(ROOT_ID));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, AppProps { story: &STORY }).hydrate();
        }
        None => gloo::console::error!(format!("scale-explainer: no element with id \"{ROOT_ID}\" to start in")),
    }
}
