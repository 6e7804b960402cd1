//! The deal at a glance: the three headline figures, and what the deal is for.

use yew::prelude::*;

use super::sources;
use crate::components::source_note;
use crate::model::{
    story::{Deal, Interface},
    template::fill,
};

#[derive(Properties, PartialEq)]
pub struct DealFiguresProps {
    pub deal: &'static Deal<'static>,
    pub words: &'static Interface<'static>,
}

#[function_component]
pub fn DealFigures(props: &DealFiguresProps) -> Html {
    let DealFiguresProps { deal, words } = *props;
    let money = &words.money;
    let (investor, target) = ([("investor", deal.investor)], [("target", deal.target)]);
    html! {
        <>
            <dl class="sx-figures">
                <div class="sx-figure">
                    <dt>{ fill(deal.labels.investment, &investor) }</dt>
                    <dd class="sx-figure-value">{ money.amount_short(&deal.investment) }</dd>
                </div>
                <div class="sx-figure">
                    <dt>{ fill(deal.labels.stake, &target) }</dt>
                    <dd class="sx-figure-value">{ money.percent(deal.stake_percent) }</dd>
                </div>
                <div class="sx-figure">
                    <dt>{ fill(deal.labels.valuation, &target) }</dt>
                    <dd class="sx-figure-value">{ money.amount_short(&deal.valuation) }</dd>
                </div>
            </dl>
            <p>{ deal.purpose.text }</p>
            { source_note(words.source_label, &sources([std::slice::from_ref(&deal.source), deal.purpose.source])) }
        </>
    }
}
