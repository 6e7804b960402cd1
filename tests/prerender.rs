//! The prerendered page a reader gets before (or without) any script.
#![cfg(not(target_arch = "wasm32"))]

use scale_explainer::render_story_html;

#[test]
fn every_headline_figure_is_in_the_prerendered_html() {
    let html = render_story_html();
    for figure in ["$14.3B", "49%", "nearly $29B", "$29.2 billion", "over $200M spent", "Spending not reported"] {
        assert!(html.contains(figure), "missing {figure:?}");
    }
}

#[test]
fn the_people_the_quote_the_rivals_and_the_bottom_line_are_prerendered() {
    let html = render_story_html();
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
    let html = render_story_html();
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
    let html = render_story_html();
    for id in ["deal", "stake", "valuation", "leadership", "exodus", "rivals", "implications", "bottom-line"] {
        assert!(html.contains(&format!("<section id=\"sx-{id}\"")), "missing #{id}");
    }
}

#[test]
fn the_markup_is_ready_for_a_strict_csp() {
    let html = render_story_html();
    assert!(!html.contains("<script"), "no inline script");
    assert!(!html.contains("style="), "no style attribute");
}
