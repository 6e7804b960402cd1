//! How $14.3B for 49% comes to a valuation of nearly $29B.

use yew::prelude::*;

use super::{deal_figures::with_qualifier, SourceNote};
use crate::model::{money, story::Deal, valuation};

#[derive(Properties, PartialEq)]
pub struct ValuationMathProps {
    pub deal: &'static Deal<'static>,
}

#[function_component]
pub fn ValuationMath(props: &ValuationMathProps) -> Html {
    let deal = props.deal;
    let investment = f64::from(deal.investment.usd_millions);
    let implied = valuation::implied_valuation(investment, f64::from(deal.stake_percent));
    let stated = with_qualifier(deal.valuation.qualifier, money::usd_long(f64::from(deal.valuation.usd_millions)));
    html! {
        <>
            <p class="sx-lead">
                { format!("If {} buys {} of {}, the whole company is worth ", money::usd_long(investment), money::percent(deal.stake_percent), deal.target) }
                <strong class="sx-implied">{ money::usd_long(implied) }</strong>
                { format!(". The article puts it at {stated}.") }
            </p>
            <SourceNote quotes={vec![deal.source]} />
        </>
    }
}
