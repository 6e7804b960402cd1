//! The prerendered page a reader gets before (or without) any script.
#![cfg(not(target_arch = "wasm32"))]

use scale_explainer::model::STORY;

fn render_story() -> String {
    scale_explainer::render_story_html(&STORY)
}

#[test]
fn every_headline_figure_is_in_the_prerendered_html() {
    let html = render_story();
    for figure in
        ["$14.3B", "49%", "nearly $29B", "$29.2 billion", "reportedly over $200M spent", "Spending not reported"]
    {
        assert!(html.contains(figure), "missing {figure:?}");
    }
}

#[test]
fn the_people_the_quote_the_rivals_and_the_bottom_line_are_prerendered() {
    let html = render_story();
    for text in [
        "Alexandr Wang",
        "Jason Droege",
        "We are well-capitalized, model-neutral, and continuing to operate as a standalone company.",
        "Google",
        "OpenAI",
        "xAI",
        "An institutional investor",
        "Labelbox",
        "Handshake",
        "Mercor",
        "Appen",
        "Turing",
        "Data trust is everything.",
    ] {
        assert!(html.contains(text), "missing {text:?}");
    }
}

#[test]
fn the_implications_table_has_its_five_rows_and_three_columns() {
    let html = render_story();
    assert_eq!(html.matches("<tr").count(), 6, "a header row and five body rows");
    for header in ["Aspect", "Impact on Scale AI", "Client concerns"] {
        assert!(html.contains(&format!(">{header}<")), "missing column {header:?}");
    }
    for aspect in ["Funding", "Leadership", "Client Loyalty", "Market Standing", "Competitor Gain"] {
        assert!(html.contains(&format!(">{aspect}<")), "missing row {aspect:?}");
    }
}

#[test]
fn every_step_is_a_section_with_its_deep_link_id() {
    let html = render_story();
    for id in ["deal", "stake", "valuation", "leadership", "exodus", "rivals", "implications", "bottom-line"] {
        assert!(html.contains(&format!("<section id=\"sx-{id}\"")), "missing #{id}");
    }
}

#[test]
fn the_markup_is_ready_for_a_strict_csp() {
    let html = render_story();
    assert!(!html.contains("<script"), "no inline script");
    assert!(!html.contains("style="), "no style attribute");
}

/// The story with markup in names, labels, rows and the quote; its sources are still
/// true quotes, so it passes validation like any editor's file would.
fn hostile_story() -> &'static scale_explainer::model::story::Story<'static> {
    let json = include_str!("data/hostile-story.json");
    let article = include_str!("../assets/article.txt");
    Box::leak(Box::new(scale_explainer::model::story::parse(json, article).expect("the hostile file is valid data")))
}

#[test]
fn markup_in_the_data_is_shown_as_text_in_html_and_in_the_charts() {
    let html = scale_explainer::render_story_html(hostile_story());
    assert!(!html.contains("<img"), "no image element is created");
    assert!(!html.contains("<script"), "no script element is created");
    assert!(!html.contains("</svg><"), "no chart is closed early");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the markup is shown literally");
    assert!(html.contains("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    let svgs = html.matches("<svg").count();
    assert_eq!(svgs, html.matches("</svg>").count(), "every chart closes once");
    assert_eq!(svgs, 4);
}
