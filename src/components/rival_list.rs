//! The vendor-neutral rivals gaining Scale AI's clients.

use yew::prelude::*;

use super::SourceNote;
use crate::model::story::Rivals;

#[derive(Properties, PartialEq)]
pub struct RivalListProps {
    pub rivals: &'static Rivals<'static>,
}

#[function_component]
pub fn RivalList(props: &RivalListProps) -> Html {
    let rivals = props.rivals;
    html! {
        <>
            <ul class="sx-rivals">
                { for rivals.names.iter().map(|name| html! { <li class="sx-rival">{ *name }</li> }) }
            </ul>
            <p>{ rivals.summary }</p>
            <SourceNote quotes={vec![rivals.source, rivals.positioning_source]} />
        </>
    }
}
