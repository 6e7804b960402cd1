//! The competitors the article says are gaining ground, and what it makes of it.

use yew::prelude::*;

use super::sources;
use crate::components::source_note;
use crate::model::story::{Interface, Rivals};

#[derive(Properties, PartialEq)]
pub struct RivalListProps {
    pub rivals: &'static Rivals<'static>,
    pub words: &'static Interface<'static>,
}

#[function_component]
pub fn RivalList(props: &RivalListProps) -> Html {
    let RivalListProps { rivals, words } = *props;
    let quotes = sources([
        rivals.lead.source,
        std::slice::from_ref(&rivals.names_source),
        rivals.caption.source,
        rivals.summary.source,
        rivals.takeaway.source,
    ]);
    html! {
        <>
            <p class="sx-lead">{ rivals.lead.text }</p>
            // A list, not a chart: the article gives no figures for them, and bars of one
            // length would still look like sizes. (The picture for places that run no code
            // draws them as boxes: `charts::rivals`.)
            <figure class="sx-chart-figure">
                // `role="list"`: Safari drops a list's semantics when its bullets are styled away.
                <ul class="sx-rivals" role="list">
                    { for rivals.names.iter().map(|name| html! { <li>{ *name }</li> }) }
                </ul>
                <figcaption>{ rivals.caption.text }</figcaption>
            </figure>
            <p>{ rivals.summary.text }</p>
            <p>{ rivals.takeaway.text }</p>
            { source_note(words.source_label, &quotes) }
        </>
    }
}
