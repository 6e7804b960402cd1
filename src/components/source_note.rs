//! The article sentence a fact comes from, one tap away under the fact.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    /// Verbatim sentences from the article; validation guarantees they are quotes.
    pub quotes: Vec<&'static str>,
}

#[function_component]
pub fn SourceNote(props: &SourceNoteProps) -> Html {
    html! {
        <details class="sx-source">
            <summary>{ "Source" }</summary>
            { for props.quotes.iter().map(|quote| html! { <blockquote class="sx-source-quote">{ *quote }</blockquote> }) }
        </details>
    }
}
