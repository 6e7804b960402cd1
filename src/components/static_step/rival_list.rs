//! The competitors the article says are gaining ground, and what it makes of it.

use yew::prelude::*;

use super::sources;
use crate::charts;
use crate::components::{chart_markup, source_note, ChartFigure};
use crate::model::{
    story::{Interface, Rivals},
    template::fill,
};

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
        rivals.description.source,
        rivals.summary.source,
        rivals.takeaway.source,
    ]);
    html! {
        <>
            <p class="sx-lead">{ rivals.lead.text }</p>
            <ChartFigure
                svg={charts::rivals::draw(rivals.names).map(chart_markup)}
                caption={rivals.caption.text}
                description={fill(rivals.description.text, &[("names", &rivals.names.join(", "))])}
                in_words={words.chart_in_words}
            />
            <p>{ rivals.summary.text }</p>
            <p>{ rivals.takeaway.text }</p>
            { source_note(words.source_label, &quotes) }
        </>
    }
}
