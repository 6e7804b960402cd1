//! Meta's stake set against the rest of the company.

use yew::prelude::*;

use crate::charts;
use crate::components::{source_note, ChartFigure};
use crate::model::{money, story::Deal};

#[derive(Properties, PartialEq)]
pub struct StakeSplitProps {
    pub deal: &'static Deal<'static>,
}

#[function_component]
pub fn StakeSplit(props: &StakeSplitProps) -> Html {
    let deal = props.deal;
    let svg = use_memo(deal, |deal| charts::stake::draw(deal.investor, deal.stake_percent));
    let (stake, rest) = (money::percent(deal.stake_percent), money::percent(100 - deal.stake_percent));
    html! {
        <>
            <p class="sx-lead">
                { format!("{} buys {stake} of {}. The other {rest} stays outside its stake, so {} becomes a large minority owner, not the owner.", deal.investor, deal.target, deal.investor) }
            </p>
            <ChartFigure
                svg={(*svg).clone()}
                caption={format!("Each square is 1% of {}.", deal.target)}
                description={format!("A grid of 100 squares: {stake} belong to {}, the other {rest} to everyone else.", deal.investor)}
            />
            { source_note(&[deal.source]) }
        </>
    }
}
