//! The explorable valuation: try another stake and see what the same money implies.

use yew::prelude::*;

use super::{source_note, ChartFigure, StakeControl, StoryPart};
use crate::charts;
use crate::model::{money, story::Deal, valuation};

#[derive(Properties, PartialEq)]
pub struct ValuationExplorerProps {
    pub deal: StoryPart<Deal<'static>>,
    /// The stake the reader is trying.
    pub percent: u32,
    pub onchange: Callback<u32>,
    /// False until the widget is live: the controls are unavailable until then.
    pub live: bool,
}

#[function_component]
pub fn ValuationExplorer(props: &ValuationExplorerProps) -> Html {
    let ValuationExplorerProps { deal, percent, onchange, live } = props;
    let (deal, percent) = (*deal, *percent);
    let investment = f64::from(deal.investment.usd_millions);
    let implied = money::usd_long(valuation::implied_valuation(investment, f64::from(percent)));
    let deal_implied = money::usd_long(valuation::implied_valuation(investment, f64::from(deal.stake_percent)));
    // No memo needed: with the parent's callbacks stable, this re-renders only when the
    // stake changes, which is exactly when the chart must be redrawn.
    let svg = charts::valuation::draw(investment, percent, deal.stake_percent);
    let at_deal = percent == deal.stake_percent;
    let reset = {
        let onchange = onchange.clone();
        let stake = deal.stake_percent;
        Callback::from(move |_: MouseEvent| onchange.emit(stake))
    };
    html! {
        <>
            <p class="sx-lead">
                { format!("{} paid {} for {}, which values the whole of {} at {deal_implied}; the article rounds that to {}.",
                    deal.investor, money::usd_long(investment), money::percent(deal.stake_percent), deal.target, money::amount_long(&deal.valuation)) }
            </p>
            <StakeControl
                label={format!("Try another stake for the same {}", money::usd_short(investment))}
                {percent}
                valuetext={format!("{}, values {} at {implied}", money::percent(percent), deal.target, implied = implied.clone())}
                onchange={onchange.clone()}
                disabled={!live}
            />
            <p class="sx-result" aria-live="polite">
                { format!("At {}, {} would value {} at ", money::percent(percent), money::usd_short(investment), deal.target) }
                <strong class="sx-implied">{ implied.clone() }</strong>
                { if at_deal { " — the real deal." } else { "." } }
            </p>
            <button type="button" class="sx-button sx-reset" aria-disabled={at_deal.then_some("true")} disabled={!live} onclick={reset}>
                { format!("Back to the real deal ({})", money::percent(deal.stake_percent)) }
            </button>
            <ChartFigure
                {svg}
                caption={format!("The dashed line marks the real deal: {} for {}.", money::usd_short(investment), money::percent(deal.stake_percent))}
                description={format!("Bar chart: {} paid for {} implies a company worth {implied}; the real deal, {}, implies {deal_implied}.",
                    money::usd_short(investment), money::percent(percent), money::percent(deal.stake_percent))}
            />
            { source_note(&[deal.source]) }
        </>
    }
}
