//! The body of a step that never changes once drawn, and the components only those
//! steps use. Rendered only natively, into `app::Prerendered`; the browser adopts the
//! resulting markup, so none of this is compiled into the wasm.

mod bottom_line;
mod deal_figures;
mod exodus_list;
mod leadership;
mod rival_list;
mod stake_split;

use yew::prelude::*;

use crate::model::{steps::Step, story::Story};
use bottom_line::BottomLineVerdict;
use deal_figures::DealFigures;
use exodus_list::ExodusList;
use leadership::LeadershipChange;
use rival_list::RivalList;
use stake_split::StakeSplit;

#[derive(Properties, PartialEq)]
pub struct StaticStepProps {
    pub story: &'static Story<'static>,
    pub step: Step,
}

#[function_component]
pub fn StaticStep(props: &StaticStepProps) -> Html {
    let StaticStepProps { story, step } = *props;
    match step {
        Step::Deal => html! { <DealFigures deal={&story.deal} /> },
        Step::Stake => html! { <StakeSplit deal={&story.deal} /> },
        Step::Leadership => html! { <LeadershipChange leadership={&story.leadership} /> },
        Step::Exodus => html! { <ExodusList exodus={&story.exodus} /> },
        Step::Rivals => html! { <RivalList rivals={&story.rivals} from={story.deal.target} /> },
        Step::BottomLine => html! { <BottomLineVerdict bottom_line={&story.bottom_line} /> },
        // Interactive steps are rendered by `App` itself, on both sides.
        Step::Valuation | Step::Implications => html! {},
    }
}
