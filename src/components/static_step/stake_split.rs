//! Meta's stake set against the rest of the company.

use yew::prelude::*;

use crate::charts;
use crate::components::{chart_markup, source_note, ChartFigure};
use crate::model::{
    story::{Deal, Interface, Stake},
    template::fill,
};

#[derive(Properties, PartialEq)]
pub struct StakeSplitProps {
    pub deal: &'static Deal<'static>,
    pub stake: &'static Stake<'static>,
    pub words: &'static Interface<'static>,
}

#[function_component]
pub fn StakeSplit(props: &StakeSplitProps) -> Html {
    let StakeSplitProps { deal, stake, words } = *props;
    let money = &words.money;
    // The squares outside the stake are not counted in words: the article gives no such figure.
    let values = [
        ("investor", deal.investor),
        ("target", deal.target),
        ("investment", &money.amount_long(&deal.investment)),
        ("stake", &money.percent(deal.stake_percent)),
    ];
    let investor_label = fill(stake.legend_investor, &values);
    let svg = charts::stake::draw(deal.stake_percent, &investor_label, stake.legend_rest).map(chart_markup);
    html! {
        <>
            <p class="sx-lead">{ fill(stake.lead.text, &values) }</p>
            { ChartFigure {
                svg,
                caption: fill(stake.caption, &values).into(),
                description: fill(stake.description, &values).into(),
                in_words: words.chart_in_words,
                open: false,
            } }
            { source_note(words.source_label, stake.lead.source) }
        </>
    }
}
