//! Component behaviour in a real browser (wasm-bindgen-test in headless Chromium).
#![cfg(browser)]

use std::time::Duration;

use scale_explainer::{
    model::{steps::Step, BROWSER_STORY},
    App, AppProps, Mode, StoryPart,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew finish rendering: nested components re-render over more than one task.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

/// Mounts the shipped story's app in a fresh element and waits until it is live.
async fn render_app() -> web_sys::Element {
    render(AppProps {
        story: StoryPart(&BROWSER_STORY),
        mode: Mode::Page,
        start: Step::Deal,
        settings: Default::default(),
    })
    .await
}

/// Mounts an app in a fresh element and waits until it is live (it goes live in the tasks
/// after its first render, building the valuation explorer, then the table).
async fn render(props: AppProps) -> web_sys::Element {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser document");
    let root = document.create_element("div").expect("create a div");
    document.body().expect("a body").append_child(&root).expect("attach the div");
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    for _ in 0..40 {
        settle().await;
        if count(&root, ".sx.is-live") == 1 {
            settle().await;
            return root;
        }
    }
    panic!("the app did not go live within 2 s");
}

fn find(root: &web_sys::Element, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| wasm_bindgen::JsCast::dyn_into(element).ok())
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    let element = root.query_selector(selector).ok().flatten();
    element.unwrap_or_else(|| panic!("nothing matches {selector}")).text_content().unwrap_or_default()
}

/// Clicks like a reader, then lets Yew re-render.
async fn click(root: &web_sys::Element, selector: &str) {
    find(root, selector).click();
    settle().await;
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
    assert_eq!(
        ids,
        [
            "sx-deal",
            "sx-stake",
            "sx-valuation",
            "sx-leadership",
            "sx-exodus",
            "sx-rivals",
            "sx-implications",
            "sx-bottom-line"
        ]
    );
}

/// Only the interactive steps are built in the browser, once live; the others adopt the
/// prerendered markup (none here, with no prerendered page), so their code never ships in
/// the wasm.
#[wasm_bindgen_test]
async fn the_browser_builds_the_interactive_steps_and_only_adopts_the_rest() {
    let root = render_app().await;
    assert!(text(&root, "#sx-valuation").contains("at exactly 49%, $14.3B implies about $29.2B"), "our arithmetic");
    assert_eq!(count(&root, "#sx-valuation svg"), 1, "the chart, built as elements once live");
    assert_eq!(count(&root, "#sx-implications table.sx-table tbody tr"), 5, "the table, built once live");
    assert_eq!(count(&root, "#sx-implications table.sx-table thead th .sx-sort"), 3, "with its sort buttons");
    for step in ["deal", "stake", "leadership", "exodus", "rivals", "bottom-line"] {
        let body = count(&root, &format!("#sx-{step} :is(p, figure, ul, dl, details)"));
        assert_eq!(body, 0, "#sx-{step} has no body built in the browser");
    }
}

#[wasm_bindgen_test]
async fn next_shows_the_following_step_and_updates_the_progress() {
    let root = render_app().await;
    assert_eq!(text(&root, ".sx-progress"), "1 of 8");
    click(&root, ".sx-next").await;
    assert_eq!(text(&root, ".sx-progress"), "2 of 8");
    assert_eq!(count(&root, ".sx-step.is-current"), 1);
    assert_eq!(find(&root, ".sx-step.is-current").id(), "sx-stake");
    assert_eq!(
        find(&root, ".sx-dot[aria-current=step]").get_attribute("aria-label").as_deref(),
        Some("Step 2: Meta’s stake")
    );
}

#[wasm_bindgen_test]
async fn the_stake_stepper_changes_the_implied_valuation() {
    let root = render_app().await;
    assert_eq!(text(&root, ".sx-result"), "Our arithmetic: at exactly 49%, $14.3B implies about $29.2B.");
    click(&root, ".sx-stepper[aria-label='One point more']").await;
    assert_eq!(text(&root, ".sx-control-value"), "50%");
    assert_eq!(text(&root, ".sx-result"), "Our arithmetic: at 50%, the same $14.3B would imply about $28.6B.");
    assert_eq!(count(&root, "#sx-valuation svg"), 1, "the chart is drawn again");
    assert!(text(&root, "#sx-valuation svg").contains("about $28.6B"), "{}", text(&root, "#sx-valuation svg"));
    click(&root, ".sx-reset").await;
    assert_eq!(text(&root, ".sx-control-value"), "49%");
    assert_eq!(count(&root, "#sx-valuation svg"), 1, "and drawn again at the deal's stake");
    assert!(text(&root, "#sx-valuation svg").contains("about $29.2B"), "{}", text(&root, "#sx-valuation svg"));
}

#[wasm_bindgen_test]
async fn moving_the_stake_again_changes_the_charts_marks_in_place() {
    let root = render_app().await;
    let element = |selector: &str| {
        root.query_selector(selector).ok().flatten().unwrap_or_else(|| panic!("nothing matches {selector}"))
    };
    // From the first move on: the chart at the deal's stake is the one the moves change.
    let (svg, implied) = (element("#sx-valuation svg"), element("#sx-valuation svg rect:nth-of-type(2)"));
    assert_eq!(svg.namespace_uri().as_deref(), Some("http://www.w3.org/2000/svg"), "drawn as SVG elements");
    click(&root, ".sx-stepper[aria-label='One point more']").await;
    // At 50%: from 49% down, the implied bar spans the axis it sets, whatever the stake.
    let width = implied.get_attribute("width");
    click(&root, ".sx-stepper[aria-label='One point less']").await;
    click(&root, ".sx-stepper[aria-label='One point less']").await;
    assert_eq!(text(&root, ".sx-control-value"), "48%");
    assert!(svg.is_same_node(Some(&element("#sx-valuation svg"))), "the chart is changed, not replaced");
    assert!(implied.is_same_node(Some(&element("#sx-valuation svg rect:nth-of-type(2)"))));
    assert_ne!(implied.get_attribute("width"), width, "the implied bar's length follows the stake");
    let drawn = svg.text_content().unwrap_or_default();
    assert!(drawn.contains("about $29.8B") && !drawn.contains("about $28.6B"), "{drawn}");
    assert_eq!(count(&root, "#sx-valuation svg"), 1);
}

#[wasm_bindgen_test]
async fn a_header_sorts_the_table_and_only_that_column_carries_aria_sort() {
    let root = render_app().await;
    let headers = || {
        let cells = root.query_selector_all(".sx-table thead th").expect("a valid selector");
        (0..cells.length())
            .filter_map(|i| cells.item(i))
            .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
            .map(|th| th.get_attribute("aria-sort"))
            .collect::<Vec<_>>()
    };
    assert_eq!(headers(), [None, None, None]);
    click(&root, ".sx-table thead th:nth-child(1) .sx-sort").await;
    assert_eq!(text(&root, ".sx-table tbody tr:first-child th"), "Client Loyalty");
    assert_eq!(headers(), [Some("ascending".to_owned()), None, None]);
    click(&root, ".sx-table thead th:nth-child(1) .sx-sort").await;
    assert_eq!(text(&root, ".sx-table tbody tr:first-child th"), "Market Standing");
    assert_eq!(headers(), [Some("descending".to_owned()), None, None]);
    assert_eq!(text(&root, "#sx-implications [aria-live]"), "Sorted by Aspect, descending");
}

const IMG: &str = "<img src=x onerror=alert(1)>";
const SVG: &str = "</svg><script>alert(1)</script>";

/// The shipped story with markup in its title, names and table. (The prerendered steps'
/// charts are checked where they are drawn, natively: tests/prerender.rs.)
fn hostile_story() -> &'static scale_explainer::model::story::BrowserStory<'static> {
    use scale_explainer::model::story::{BrowserStory, Figures, Implication, Implications};
    let rows: &'static [Implication<'static>] = Box::leak(
        BROWSER_STORY
            .implications
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| if i == 0 { Implication { aspect: IMG, concern: SVG, ..*row } } else { *row })
            .collect(),
    );
    Box::leak(Box::new(BrowserStory {
        title: IMG,
        deal: Figures { investor: IMG, target: SVG, ..BROWSER_STORY.deal },
        implications: Implications { rows, ..BROWSER_STORY.implications },
        ..BROWSER_STORY
    }))
}

#[wasm_bindgen_test]
async fn markup_in_the_data_is_shown_as_text_in_the_page_and_the_charts() {
    let root = render(AppProps {
        story: StoryPart(hostile_story()),
        mode: Mode::Mounted,
        start: Step::Deal,
        settings: Default::default(),
    })
    .await;
    assert_eq!(count(&root, "img"), 0, "no image element was created");
    assert_eq!(count(&root, "script"), 0, "no script element was created");
    click(&root, ".sx-stepper[aria-label='One point more']").await;
    assert_eq!(count(&root, "svg"), 1, "the valuation chart, drawn again, is whole");
    assert_eq!(text(&root, "h1"), IMG, "the title shows the markup literally");
    assert_eq!(text(&root, ".sx-table tbody th"), IMG);
}
