//! Meta's stake set against the rest of the company.

use yew::prelude::*;

use super::SourceNote;
use crate::model::{money, story::Deal};

#[derive(Properties, PartialEq)]
pub struct StakeSplitProps {
    pub deal: &'static Deal<'static>,
}

#[function_component]
pub fn StakeSplit(props: &StakeSplitProps) -> Html {
    let deal = props.deal;
    let rest = 100 - deal.stake_percent;
    html! {
        <>
            <p class="sx-lead">
                { format!("{} buys {} of {}. ", deal.investor, money::percent(deal.stake_percent), deal.target) }
                { format!("The other {} stays outside its stake, so {} is a large minority owner, not the owner.", money::percent(rest), deal.investor) }
            </p>
            <SourceNote quotes={vec![deal.source]} />
        </>
    }
}
