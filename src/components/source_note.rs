//! The article sentences a fact comes from, one tap away under the fact.

use yew::prelude::*;

/// `quotes` are verbatim sentences from the article; validation guarantees they are quotes.
/// `label` names the disclosure ("Source"). A function, not a component: it holds no
/// state, and every component type costs the wasm its own copy of Yew's lifecycle code.
pub fn source_note(label: &'static str, quotes: &[&'static str]) -> Html {
    html! {
        <details class="sx-source">
            <summary>{ label }</summary>
            { for quotes.iter().map(|quote| html! { <blockquote class="sx-source-quote">{ *quote }</blockquote> }) }
        </details>
    }
}
