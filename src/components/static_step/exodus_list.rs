//! The clients and the investor that walked away, with what the article says of each.

use yew::prelude::*;

use crate::charts;
use crate::components::{source_note, ChartFigure};
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
    let svg = use_memo(exodus, |exodus| charts::exodus::draw(exodus.departures));
    let mut quotes = vec![exodus.source];
    for departure in exodus.departures {
        if !quotes.contains(&departure.source) {
            quotes.push(departure.source);
        }
    }
    let description =
        exodus.departures.iter().map(|d| format!("{}: {}.", d.party, spent(d))).collect::<Vec<_>>().join(" ");
    html! {
        <>
            <p class="sx-lead">{ exodus.summary }</p>
            <ChartFigure
                svg={(*svg).clone()}
                caption="What each one spent with Scale AI, where the article gives a figure."
                description={format!("Chart of departures. {description}")}
            />
            <ul class="sx-departures">
                { for exodus.departures.iter().map(departure) }
            </ul>
            { source_note(&quotes) }
        </>
    }
}

fn spent(departure: &Departure) -> String {
    match &departure.spent {
        Some(amount) => format!("{} spent", money::amount_short(amount)),
        None => "spending not reported".to_owned(),
    }
}

fn departure(departure: &'static Departure<'static>) -> Html {
    let kind = match departure.kind {
        PartyKind::Client => "Client",
        PartyKind::Investor => "Investor",
    };
    html! {
        <li class="sx-departure">
            <p class="sx-departure-party">{ departure.party }<span class="sx-tag">{ kind }</span></p>
            <p>{ departure.detail }</p>
            if departure.spent.is_some() {
                <p class="sx-departure-spent">{ spent(departure) }</p>
            }
        </li>
    }
}
