//! The bottom line: independent, says its interim CEO; but the industry's reaction makes
//! one thing clear: data trust is everything.

use yew::prelude::*;

use super::sources;
use crate::components::source_note;
use crate::model::story::{BottomLine, Interface};

#[derive(Properties, PartialEq)]
pub struct BottomLineVerdictProps {
    pub bottom_line: &'static BottomLine<'static>,
    pub words: &'static Interface<'static>,
}

#[function_component]
pub fn BottomLineVerdict(props: &BottomLineVerdictProps) -> Html {
    let BottomLine { summary, counterweight, reaction, verdict, outlook } = props.bottom_line;
    let quotes = sources([summary.source, counterweight.source, reaction.source, verdict.source, outlook.source]);
    html! {
        <>
            <p>{ summary.text }</p>
            <p>{ counterweight.text }</p>
            // The article's own lead-in: the verdict is the industry's reaction, not ours.
            <p class="sx-reaction">{ reaction.text }</p>
            <p class="sx-verdict">{ verdict.text }</p>
            <p>{ outlook.text }</p>
            { source_note(props.words.source_label, &quotes) }
        </>
    }
}
