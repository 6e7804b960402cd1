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
    let (share, rest) = (money.percent(deal.stake_percent), money.percent(100 - deal.stake_percent.min(100)));
    let values = [
        ("investor", deal.investor),
        ("target", deal.target),
        ("investment", &money.amount_short(&deal.investment)),
        ("stake", &share),
        ("rest", &rest),
    ];
    let (investor_label, rest_label) = (fill(stake.legend_investor, &values), fill(stake.legend_rest, &values));
    let svg = charts::stake::draw(deal.stake_percent, &investor_label, &rest_label).map(chart_markup);
    html! {
        <>
            <p class="sx-lead">{ fill(stake.lead.text, &values) }</p>
            <ChartFigure
                {svg}
                caption={fill(stake.caption, &values)}
                description={fill(stake.description, &values)}
                in_words={words.chart_in_words}
            />
            { source_note(words.source_label, stake.lead.source) }
        </>
    }
}
