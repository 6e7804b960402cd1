//! The bottom line: data trust is everything.

use yew::prelude::*;

use crate::components::source_note;
use crate::model::story::BottomLine;

#[derive(Properties, PartialEq)]
pub struct BottomLineVerdictProps {
    pub bottom_line: &'static BottomLine<'static>,
}

#[function_component]
pub fn BottomLineVerdict(props: &BottomLineVerdictProps) -> Html {
    let bottom_line = props.bottom_line;
    html! {
        <>
            <p>{ bottom_line.summary }</p>
            <p class="sx-verdict">{ bottom_line.verdict }</p>
            <p>{ bottom_line.outlook }</p>
            { source_note(&[bottom_line.summary_source, bottom_line.verdict_source, bottom_line.outlook_source]) }
        </>
    }
}
