//! The deal at a glance: the three headline figures.

use yew::prelude::*;

use crate::components::source_note;
use crate::model::{money, story::Deal};

#[derive(Properties, PartialEq)]
pub struct DealFiguresProps {
    pub deal: &'static Deal<'static>,
}

#[function_component]
pub fn DealFigures(props: &DealFiguresProps) -> Html {
    let deal = props.deal;
    html! {
        <>
            <dl class="sx-figures">
                <div class="sx-figure">
                    <dt>{ format!("{} pays", deal.investor) }</dt>
                    <dd class="sx-figure-value">{ money::usd_short(f64::from(deal.investment.usd_millions)) }</dd>
                </div>
                <div class="sx-figure">
                    <dt>{ format!("for a stake in {}", deal.target) }</dt>
                    <dd class="sx-figure-value">{ money::percent(deal.stake_percent) }</dd>
                </div>
                <div class="sx-figure">
                    <dt>{ format!("valuing {} at", deal.target) }</dt>
                    <dd class="sx-figure-value">{ money::amount_short(&deal.valuation) }</dd>
                </div>
            </dl>
            <p>{ deal.purpose }</p>
            { source_note(&[deal.source, deal.purpose_source]) }
        </>
    }
}
