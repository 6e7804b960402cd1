//! The clients and the investor that walked away, with what the article says of each.

use yew::prelude::*;

use super::{deal_figures::with_qualifier, SourceNote};
use crate::model::{
    money,
    story::{Departure, Exodus, PartyKind},
};

#[derive(Properties, PartialEq)]
pub struct ExodusListProps {
    pub exodus: &'static Exodus<'static>,
}

#[function_component]
pub fn ExodusList(props: &ExodusListProps) -> Html {
    let exodus = props.exodus;
    let mut quotes = vec![exodus.source];
    for departure in exodus.departures {
        if !quotes.contains(&departure.source) {
            quotes.push(departure.source);
        }
    }
    html! {
        <>
            <p class="sx-lead">{ exodus.summary }</p>
            <ul class="sx-departures">
                { for exodus.departures.iter().map(departure) }
            </ul>
            <SourceNote {quotes} />
        </>
    }
}

fn departure(departure: &'static Departure<'static>) -> Html {
    let kind = match departure.kind {
        PartyKind::Client => "Client",
        PartyKind::Investor => "Investor",
    };
    let spent = match &departure.spent {
        Some(spent) => with_qualifier(spent.qualifier, money::usd_short(f64::from(spent.usd_millions))) + " spent",
        None => "Spending not reported".to_owned(),
    };
    html! {
        <li class="sx-departure">
            <p class="sx-departure-party">{ departure.party }<span class="sx-tag">{ kind }</span></p>
            <p>{ departure.detail }</p>
            <p class="sx-departure-spent">{ spent }</p>
        </li>
    }
}
