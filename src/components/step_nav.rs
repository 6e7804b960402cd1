//! Moving through the walkthrough: Previous and Next, "3 of 8", and a dot per step.

use yew::prelude::*;

use super::StoryPart;
use crate::model::{steps::Step, story::Headings};

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub current: Step,
    pub headings: StoryPart<Headings<'static>>,
    pub ongo: Callback<Step>,
}

#[function_component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let StepNavProps { current, headings, ongo } = props;
    let current = *current;
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus at either end.
    let button = |label: &'static str, class: &'static str, target: Option<Step>| {
        let ongo = ongo.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(step) = target {
                ongo.emit(step);
            }
        });
        html! {
            <button type="button" class={classes!("sx-button", class)} aria-disabled={target.is_none().then_some("true")} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <nav class="sx-nav" aria-label="Story steps">
            <div class="sx-nav-row">
                { button("Previous", "sx-previous", current.previous()) }
                // The number is its own element: the deep-link script sets it before the first paint.
                <p class="sx-progress">
                    <span class="sx-progress-current">{ current.index() + 1 }</span>
                    { format!(" of {}", Step::ALL.len()) }
                </p>
                { button("Next", "sx-next", current.next()) }
            </div>
            <ol class="sx-dots" aria-label="Go to a step">
                { for Step::ALL.into_iter().map(|step| {
                    let ongo = ongo.clone();
                    let is_current = step == current;
                    html! {
                        <li key={step.id()}>
                            <button
                                type="button"
                                class={classes!("sx-dot", is_current.then_some("is-current"))}
                                aria-current={is_current.then_some("step")}
                                aria-label={format!("Step {}: {}", step.index() + 1, step.heading(headings))}
                                onclick={Callback::from(move |_: MouseEvent| ongo.emit(step))}
                            ></button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
