//! The prerendered page a reader gets before (or without) any script.
#![cfg(ssr)]

use scale_explainer::model::{story::Story, BROWSER_STORY, STORY};

fn render_story() -> String {
    scale_explainer::render_story_html(&STORY, &BROWSER_STORY)
}

/// Another story rendered as the prerender does it, with its own browser copy.
fn render(story: &'static Story<'static>) -> String {
    scale_explainer::render_story_html(story, Box::leak(Box::new(story.browser())))
}

/// The page as a reader sees it without opening any "Source" disclosure.
fn without_disclosures(html: &str) -> String {
    let mut shown = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<details") {
        shown.push_str(&rest[..start]);
        let end = rest[start..].find("</details>").expect("every disclosure closes");
        rest = &rest[start + end + "</details>".len()..];
    }
    shown + rest
}

#[test]
fn every_headline_figure_is_in_the_prerendered_html() {
    let html = without_disclosures(&render_story());
    for figure in ["$14.3B", "49%", "nearly $29B", "$29.2B", "reportedly spent over $200 million"] {
        assert!(html.contains(figure), "missing {figure:?}");
    }
}

#[test]
fn the_reported_valuation_is_the_articles_and_the_implied_one_is_ours() {
    let html = without_disclosures(&render_story());
    // The article's figure in the article's own forms: it writes "nearly $29 billion".
    assert!(html.contains("The article’s figure: $14.3 billion for a 49% stake values Scale AI at nearly $29 billion."));
    assert!(html.contains("Our arithmetic: at exactly 49%, $14.3B implies about $29.2B."));
    // Beside the article's figure, before our result: ours is its two figures divided, so a
    // reader does not take the gap between nearly $29 billion and about $29.2B for an error.
    let note = "Our arithmetic below divides $14.3 billion by 49%; it need not match the article’s valuation.";
    let (figure, result) =
        (html.find("The article’s figure:").unwrap(), html.find("Our arithmetic: at exactly").unwrap());
    assert!(html.find(note).is_some_and(|at| figure < at && at < result), "{note:?} is not between the two");
    for overstatement in ["real deal", "Actual deal", "actual deal", "What Scale AI is worth", "rounds that"] {
        assert!(!html.contains(overstatement), "{overstatement:?} is back");
    }
}

#[test]
fn the_200_million_never_shows_without_its_hedge_and_attribution() {
    let html = render_story();
    let mut seen = 0;
    for (at, _) in html.match_indices("$200") {
        seen += 1;
        let before = &html[at.saturating_sub(30)..at];
        assert!(before.contains("reportedly") && before.contains("over"), "…{before}$200…");
    }
    assert!(seen >= 2, "the card's words and the source: {seen}");
}

#[test]
fn the_exodus_step_says_the_200_million_once() {
    let html = without_disclosures(&render_story());
    let exodus = &html[html.find("id=\"sx-exodus\"").unwrap()..html.find("id=\"sx-rivals\"").unwrap()];
    assert_eq!(exodus.matches("$200").count(), 1, "Google's card says it in its words, and only there: {exodus}");
}

#[test]
fn what_the_article_says_is_said_as_it_says_it() {
    let html = without_disclosures(&render_story());
    for said in [
        "who will join Meta to head its new Superintelligence division",
        "While retaining his seat on Scale’s board",
        "one institutional investor has even sold their stake",
        "How the deal values Scale AI",
        "Firms experiencing a surge in demand. The article gives no figures for them.",
        "which remains independent, according to its interim CEO. Yet data trust is everything.",
    ] {
        assert!(html.contains(said), "missing {said:?}");
    }
    for unsaid in [
        "Heads Meta",
        "sold out",
        "turning to",
        "labels training data",
        "counts for more than money",
        "minority owner",
        "not the owner",
        "Spending not reported",
        "What each one spent",
        // 100 − 49 is our subtraction, and the article gives no such figure.
        "51%",
    ] {
        assert!(!html.contains(unsaid), "{unsaid:?} is not in the article");
    }
}

/// "The article" in the widget's words, and every source note, is one article: the widget
/// names it, by its headline, at its end, where it shows in every mode.
#[test]
fn the_widget_names_the_article_it_retells() {
    let html = render_story();
    let credit = "<p class=\"sx-credit\">Based on the article “‘Scale AI still independent,’ says interim CEO as \
                  OpenAI, Google pull back after $14B Meta deal”.</p>";
    let at = html.find(credit).expect("the credit");
    assert!(html.find("</footer>").is_some_and(|footer| footer < at), "below the footer, not in it");
}

/// The article names the rivals and gives no figures for them: the step lists them, as
/// text, and draws no chart, whose bars would look like sizes.
#[test]
fn the_rivals_are_a_list_not_a_chart() {
    let html = render_story();
    let rivals = &html[html.find("id=\"sx-rivals\"").unwrap()..html.find("id=\"sx-implications\"").unwrap()];
    let names = ["Labelbox", "Handshake", "Mercor", "Appen", "Turing"].map(|name| format!("<li>{name}</li>")).concat();
    assert!(rivals.contains(&format!("<ul role=\"list\" class=\"sx-rivals\">{names}</ul>")), "{rivals}");
    assert!(!rivals.contains("<svg"), "no chart");
    assert!(rivals.contains(
        "<figcaption>Firms experiencing a surge in demand. The article gives no figures for them.</figcaption>"
    ));
}

/// The interim CEO's quote was said "to calm concerns", and the article says so before it:
/// without that, two steps before the exodus, it reads as a claim out of nowhere.
#[test]
fn the_quote_comes_after_what_it_answered() {
    let html = without_disclosures(&render_story());
    let response = html.find(">To calm concerns, Jason Droege emphasized that Scale AI remains independent:<");
    let quote = html.find("We are well-capitalized, model-neutral");
    assert!(response.zip(quote).is_some_and(|(response, quote)| response < quote), "{response:?} {quote:?}");
    // Wang's card says what the article says of him in one breath: the CEO who will join
    // Meta. A bare "Scale AI CEO" beside the newly appointed interim CEO read as two CEOs.
    assert!(html.contains(">Scale AI CEO, who will join Meta to head its new Superintelligence division<"));
}

/// The text of every `<p>` in `html`, tags dropped.
fn paragraphs(html: &str) -> Vec<String> {
    html.split("<p")
        .skip(1)
        // `<p>` and `<p class…>`, not `<path`, `<polygon` or `<polyline`.
        .filter(|part| part.starts_with(['>', ' ']))
        .filter_map(|part| part.split_once('>').and_then(|(_, rest)| rest.split_once("</p>")))
        .map(|(inner, _)| {
            let mut text = String::new();
            for piece in inner.split('<') {
                text.push_str(piece.split_once('>').map_or(piece, |(_, after)| after));
            }
            text
        })
        .collect()
}

#[test]
fn no_paragraph_of_the_story_is_said_twice() {
    // The OpenAI and xAI cards once carried the same sentence word for word, and Wang's card
    // said "will join Meta" in two lines running.
    let html = without_disclosures(&render_story());
    let said = paragraphs(&html);
    assert!(said.len() > 30, "the story's paragraphs: {}", said.len());
    for (i, text) in said.iter().enumerate() {
        assert!(!said[..i].contains(text), "said twice: {text:?}");
    }
    assert_eq!(html.matches("will join Meta").count() + html.matches("Will join Meta").count(), 1);
}

#[test]
fn the_verdict_is_led_by_the_articles_words_not_ours() {
    let html = render_story();
    assert!(
        html.contains(
            "<p class=\"sx-reaction\">However, the broader industry’s reaction makes one thing clear:</p>\
             <p class=\"sx-verdict\">Data trust is everything.</p>"
        ),
        "the verdict stands alone"
    );
}

#[test]
fn the_articles_counterweights_and_reasons_are_shown_without_opening_anything() {
    let html = without_disclosures(&render_story());
    for shown in [
        "the startup may now pivot more towards internal alignment with Meta’s AGI goals",
        "core mission—delivering high-quality data infrastructure for AI—remains unchanged",
        "fearing Meta could gain indirect access to sensitive training data",
        "signaling mistrust over Scale AI’s long-term neutrality",
        "how crucial vendor independence is in a hyper-competitive AI landscape",
        "vendor trust and data confidentiality are becoming major battlegrounds",
    ] {
        assert!(html.contains(shown), "missing {shown:?}");
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
    // Its parts say what they are: as a phone's cards they are display: block, and Safari
    // then tells a screen reader neither that it is a table nor a value's column.
    assert_eq!(html.matches("role=\"table\"").count(), 1);
    assert_eq!(html.matches("role=\"columnheader\"").count(), 3);
    assert_eq!(html.matches("role=\"rowheader\"").count(), 5);
    assert_eq!(html.matches("role=\"rowgroup\"").count(), 2);
    assert_eq!(html.matches("role=\"row\"").count(), 6);
    assert_eq!(html.matches("role=\"cell\"").count(), 10);
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

/// A data file parsed and validated as `build.rs` does it (`STORY_DATA` builds with one).
fn story_from(json: &str) -> &'static Story<'static> {
    let article = include_str!("../assets/article.txt");
    Box::leak(Box::new(scale_explainer::model::story::parse(json, article).expect("the fixture is valid data")))
}

/// A newsroom's translation of the interface: the shipped story with only `interface` in
/// French. No Rust changes; the page shows its words and none of the English ones.
#[test]
fn a_data_file_with_the_interface_translated_shows_its_words() {
    let html = render(story_from(include_str!("data/interface-fr.json")));
    for french in [
        ">Précédent<",
        ">Suivant<",
        "<span class=\"sx-progress-current\">1</span> sur 8<",
        "aria-label=\"Étape 2 : Meta’s stake\"",
        ">Suite : Meta’s stake<",
        ">Étape 1 sur 8 : The deal at a glance<",
        ">Afficher toutes les étapes<",
        ">Sources citées<",
        ">Intégrer<",
        ">Filtrer les lignes<",
        ">Ordre de l’article<",
        "les en-têtes de colonne sont des boutons",
        "aria-label=\"Un point de plus\"",
        "Les parties interactives de cet explicatif sont indisponibles",
        ">14.3 Md$<",
        ">49 %<",
        "nearly 29 milliards de dollars",
    ] {
        assert!(html.contains(french), "missing {french:?}");
    }
    for english in
        [">Previous<", ">Next<", " of 8<", "Show all steps", ">Source<", ">Embed<", "Filter rows", ">$14.3B<"]
    {
        assert!(!html.contains(english), "{english:?} is still shown");
    }
}

/// The story with markup in names, labels, rows and the quote; its sources are still
/// true quotes, so it passes validation like any editor's file would.
fn hostile_story() -> &'static scale_explainer::model::story::Story<'static> {
    story_from(include_str!("data/hostile-story.json"))
}

#[test]
fn markup_in_the_data_is_shown_as_text_in_html_and_in_the_charts() {
    let html = render(hostile_story());
    assert!(!html.contains("<img"), "no image element is created");
    assert!(!html.contains("<script"), "no script element is created");
    assert!(!html.contains("</svg><script"), "no chart is closed early");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the markup is shown literally");
    assert!(html.contains("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    let svgs = html.matches("<svg").count();
    assert_eq!(svgs, html.matches("</svg>").count(), "every chart closes once");
    assert_eq!(svgs, 2, "the stake and the valuation");
}
