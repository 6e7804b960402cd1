//! Component behaviour in a real browser (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use scale_explainer::{model::STORY, App, AppProps};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in a fresh element and lets Yew finish rendering.
async fn render_app() -> web_sys::Element {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser document");
    let root = document.create_element("div").expect("create a div");
    document.body().expect("a body").append_child(&root).expect("attach the div");
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { story: &STORY }).render();
    yew::platform::time::sleep(Duration::ZERO).await;
    root
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).expect("a valid selector").length()
}

#[wasm_bindgen_test]
async fn the_app_shows_every_step_in_reading_order() {
    let root = render_app().await;
    let sections = root.query_selector_all("section.sx-step").expect("a valid selector");
    let ids: Vec<String> = (0..sections.length())
        .filter_map(|i| sections.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .map(|section| section.id())
        .collect();
    assert_eq!(ids, ["deal", "stake", "valuation", "leadership", "exodus", "rivals", "implications", "bottom-line"]);
}

#[wasm_bindgen_test]
async fn the_reader_sees_the_deal_figures_and_the_quote() {
    let root = render_app().await;
    let text = root.text_content().unwrap_or_default();
    for expected in ["$14.3B", "49%", "nearly $29B", "over $200M spent", "Jason Droege", "Data trust is everything."] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
    assert_eq!(count(&root, "figure.sx-quote blockquote"), 1);
}

#[wasm_bindgen_test]
async fn the_table_holds_the_five_implications() {
    let root = render_app().await;
    assert_eq!(count(&root, "table.sx-table tbody tr"), 5);
    assert_eq!(count(&root, "table.sx-table thead th"), 3);
}
