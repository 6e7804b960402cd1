//! The article sentences a fact comes from, one tap away under the fact.

use yew::prelude::*;

/// `quotes` are verbatim sentences from the article; validation guarantees they are quotes.
/// `label` names the disclosure ("Source"). Native only: every source note is prerendered
/// and adopted as it stands.
pub fn source_note(label: &'static str, quotes: &[&'static str]) -> Html {
    html! {
        <details class="sx-source">
            <summary>{ label }</summary>
            { for quotes.iter().map(|quote| html! { <blockquote class="sx-source-quote">{ *quote }</blockquote> }) }
        </details>
    }
}
