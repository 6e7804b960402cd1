//! The vendor-neutral rivals gaining Scale AI's clients.

use yew::prelude::*;

use crate::charts;
use crate::components::{source_note, ChartFigure};
use crate::model::story::Rivals;

#[derive(Properties, PartialEq)]
pub struct RivalListProps {
    pub rivals: &'static Rivals<'static>,
    /// Who the clients are leaving.
    pub from: &'static str,
}

#[function_component]
pub fn RivalList(props: &RivalListProps) -> Html {
    let RivalListProps { rivals, from } = *props;
    let svg = use_memo((), |()| charts::rivals::draw(from, rivals.names));
    let names = rivals.names.join(", ");
    html! {
        <>
            <ChartFigure
                svg={(*svg).clone()}
                caption={format!("Clients leaving {from} are turning to vendor-neutral rivals. The article gives no figures for them.")}
                description={format!("Diagram: arrows from {from} to {names}.")}
            />
            <p>{ rivals.summary }</p>
            { source_note(&[rivals.source, rivals.positioning_source]) }
        </>
    }
}
