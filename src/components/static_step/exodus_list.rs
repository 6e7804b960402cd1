//! The clients and the investor that pulled back: a card for each, with why, and the one
//! figure. (The exodus chart is drawn only as a picture for places that run no code,
//! `prerender/src/images.rs`: on the page it said again what the cards say.)

use yew::prelude::*;

use super::sources;
use crate::components::source_note;
use crate::model::story::{Exodus, Interface, PartyKind};

#[derive(Properties, PartialEq)]
pub struct ExodusListProps {
    pub exodus: &'static Exodus<'static>,
    pub words: &'static Interface<'static>,
}

#[function_component]
pub fn ExodusList(props: &ExodusListProps) -> Html {
    let ExodusListProps { exodus, words } = *props;
    let mut quotes = vec![exodus.summary.source];
    for departure in exodus.departures {
        quotes.extend([departure.detail.source, std::slice::from_ref(&departure.source)]);
    }
    quotes.push(exodus.takeaway.source);
    html! {
        <>
            <p class="sx-lead">{ exodus.summary.text }</p>
            // `role="list"`: Safari drops a list's semantics when its bullets are styled away.
            <ul class="sx-departures" role="list">
                { for exodus.departures.iter().map(|departure| html! {
                    // Marked by kind, as the exodus picture's key is: a client's loss, an investor's grey.
                    <li class={classes!("sx-departure", (departure.kind == PartyKind::Investor).then_some("is-investor"))}>
                        <p class="sx-departure-party">
                            { departure.party }<span class="sx-tag">{ exodus.kinds.label(departure.kind) }</span>
                        </p>
                        // Google's figure is in its words, hedged as the article hedges it.
                        <p>{ departure.detail.text }</p>
                    </li>
                }) }
            </ul>
            <p>{ exodus.takeaway.text }</p>
            { source_note(words.source_label, &sources(quotes)) }
        </>
    }
}
