//! The bottom line: independent, says its interim CEO; but data trust is everything.

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
    let BottomLine { summary, counterweight, verdict, outlook } = props.bottom_line;
    let quotes = sources([summary.source, counterweight.source, verdict.source, outlook.source]);
    html! {
        <>
            <p>{ summary.text }</p>
            <p>{ counterweight.text }</p>
            <p class="sx-verdict">{ verdict.text }</p>
            <p>{ outlook.text }</p>
            { source_note(props.words.source_label, &quotes) }
        </>
    }
}
