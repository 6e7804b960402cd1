//! Who is leaving, who stepped in, and what the interim CEO said to calm concerns and
//! assured clients.

use yew::prelude::*;

use super::sources;
use crate::components::source_note;
use crate::model::story::{Interface, Leadership, Person};

#[derive(Properties, PartialEq)]
pub struct LeadershipChangeProps {
    pub leadership: &'static Leadership<'static>,
    pub words: &'static Interface<'static>,
}

#[function_component]
pub fn LeadershipChange(props: &LeadershipChangeProps) -> Html {
    let Leadership { departing, interim, response, quote, assurance } = props.leadership;
    let quotes = sources([
        std::slice::from_ref(&departing.source),
        std::slice::from_ref(&interim.source),
        response.source,
        std::slice::from_ref(&quote.source),
        assurance.source,
    ]);
    html! {
        <>
            // `role="list"`: Safari drops a list's semantics when its bullets are styled away.
            <ul class="sx-people" role="list">
                { person(departing) }
                { person(interim) }
            </ul>
            // The quote was said "to calm concerns": the article says so before it.
            <p>{ response.text }</p>
            <figure class="sx-quote">
                <blockquote><p>{ quote.text }</p></blockquote>
                <figcaption>{ format!("{}, {}", quote.speaker, quote.role) }</figcaption>
            </figure>
            <p>{ assurance.text }</p>
            { source_note(props.words.source_label, &quotes) }
        </>
    }
}

fn person(person: &'static Person<'static>) -> Html {
    html! {
        <li class="sx-person">
            <p class="sx-person-name">{ person.name }</p>
            <p>{ person.role }</p>
            <p>{ person.detail }</p>
        </li>
    }
}
