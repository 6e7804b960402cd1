//! One step of the walkthrough: a titled section whose id is the step's public deep link.

use yew::prelude::*;

use super::{
    BottomLineVerdict, DealFigures, ExodusList, ImplicationsTable, LeadershipChange, RivalList, StakeSplit,
    ValuationMath,
};
use crate::model::{steps::Step, story::Story};

#[derive(Properties, PartialEq)]
pub struct StepSectionProps {
    pub step: Step,
    pub story: &'static Story<'static>,
}

#[function_component]
pub fn StepSection(props: &StepSectionProps) -> Html {
    let StepSectionProps { step, story } = *props;
    let heading_id = format!("{}-heading", step.id());
    let body = match step {
        Step::Deal => html! { <DealFigures deal={&story.deal} /> },
        Step::Stake => html! { <StakeSplit deal={&story.deal} /> },
        Step::Valuation => html! { <ValuationMath deal={&story.deal} /> },
        Step::Leadership => html! { <LeadershipChange leadership={&story.leadership} /> },
        Step::Exodus => html! { <ExodusList exodus={&story.exodus} /> },
        Step::Rivals => html! { <RivalList rivals={&story.rivals} /> },
        Step::Implications => html! { <ImplicationsTable implications={&story.implications} /> },
        Step::BottomLine => html! { <BottomLineVerdict bottom_line={&story.bottom_line} /> },
    };
    html! {
        <section id={step.id()} class="sx-step" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} class="sx-step-heading">{ step.heading(&story.headings) }</h2>
            { body }
        </section>
    }
}
