//! Who left, who stepped in, and what the interim CEO said.

use yew::prelude::*;

use crate::components::source_note;
use crate::model::story::{Leadership, Person};

#[derive(Properties, PartialEq)]
pub struct LeadershipChangeProps {
    pub leadership: &'static Leadership<'static>,
}

#[function_component]
pub fn LeadershipChange(props: &LeadershipChangeProps) -> Html {
    let Leadership { departing, interim, quote } = props.leadership;
    html! {
        <>
            <ul class="sx-people">
                { person(departing) }
                { person(interim) }
            </ul>
            <figure class="sx-quote">
                <blockquote><p>{ quote.text }</p></blockquote>
                <figcaption>{ format!("{}, {}", quote.speaker, quote.role) }</figcaption>
            </figure>
            { source_note(&[departing.source, interim.source, quote.source]) }
        </>
    }
}

fn person(person: &'static Person<'static>) -> Html {
    html! {
        <li class="sx-person">
            <p class="sx-person-name">{ person.name }</p>
            <p>{ person.now }</p>
            <p class="sx-muted">{ format!("Previously: {}", person.was) }</p>
            if let Some(keeps) = person.keeps {
                <p>{ format!("Keeps: {keeps}") }</p>
            }
        </li>
    }
}
