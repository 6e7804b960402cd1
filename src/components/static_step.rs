//! The body of a step that never changes once drawn. Rendered only natively, into
//! `app::Prerendered`; the browser adopts the resulting markup.

use yew::prelude::*;

use super::{BottomLineVerdict, DealFigures, ExodusList, LeadershipChange, RivalList, StakeSplit};
use crate::model::{steps::Step, story::Story};

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
