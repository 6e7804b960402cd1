//! The clients and the investor that pulled back: what each did, why, and the one figure.

use yew::prelude::*;

use super::sources;
use crate::charts;
use crate::components::{chart_markup, source_note, ChartFigure};
use crate::model::{
    story::{Departure, Exodus, Interface, PartyKind},
    template::fill,
};

#[derive(Properties, PartialEq)]
pub struct ExodusListProps {
    pub exodus: &'static Exodus<'static>,
    pub words: &'static Interface<'static>,
}

#[function_component]
pub fn ExodusList(props: &ExodusListProps) -> Html {
    let ExodusListProps { exodus, words } = *props;
    let svg = charts::exodus::draw(exodus, &words.money).map(chart_markup);
    let mut quotes = vec![exodus.summary.source, exodus.caption.source];
    for departure in exodus.departures {
        quotes.extend([departure.did.source, departure.detail.source, std::slice::from_ref(&departure.source)]);
    }
    quotes.push(exodus.takeaway.source);
    // The chart's text alternative states what the chart draws, party by party.
    let description = exodus
        .departures
        .iter()
        .map(|departure| {
            let mut facts =
                format!("{} ({}): {}", departure.party, exodus.kinds.label(departure.kind), departure.did.text);
            if let Some(spent) = spent(exodus, words, departure) {
                facts = format!("{facts}; {spent}");
            }
            facts + "."
        })
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <>
            <p class="sx-lead">{ exodus.summary.text }</p>
            <ChartFigure svg={svg} caption={exodus.caption.text} {description} in_words={words.chart_in_words} />
            <ul class="sx-departures">
                { for exodus.departures.iter().map(|departure| html! {
                    // Marked by kind as in the chart's key: a client's loss, an investor's grey.
                    <li class={classes!("sx-departure", (departure.kind == PartyKind::Investor).then_some("is-investor"))}>
                        <p class="sx-departure-party">
                            { departure.party }<span class="sx-tag">{ exodus.kinds.label(departure.kind) }</span>
                        </p>
                        <p>{ departure.detail.text }</p>
                        if let Some(spent) = spent(exodus, words, departure) {
                            <p class="sx-departure-spent">{ spent }</p>
                        }
                    </li>
                }) }
            </ul>
            <p>{ exodus.takeaway.text }</p>
            { source_note(words.source_label, &sources(quotes)) }
        </>
    }
}

/// "Spent: reportedly over $200M", where the article gives a figure: always with its hedge
/// and attribution.
fn spent(exodus: &Exodus, words: &Interface, departure: &Departure) -> Option<String> {
    let amount = departure.spent.as_ref()?;
    Some(fill(exodus.spent, &[("amount", &words.money.amount_short(amount))]))
}
