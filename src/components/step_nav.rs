//! Moving through the walkthrough: Previous and Next, "3 of 8", and a dot per step.

use yew::prelude::*;

use super::StoryPart;
use crate::model::{steps::Step, story::Interface, template::fill};

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub current: Step,
    pub headings: StoryPart<[&'static str; Step::ALL.len()]>,
    pub words: StoryPart<Interface<'static>>,
    pub ongo: Callback<Step>,
}

#[function_component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let StepNavProps { current, headings, words, ongo } = props;
    let current = *current;
    let count = Step::ALL.len().to_string();
    let total = &[("total", count.as_str())];
    // The build makes sure the template has its {current}.
    let (before_count, after_count) = words.progress.split_once("{current}").unwrap_or((words.progress, ""));
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus at either end.
    let button = |label: &'static str, class: &'static str, target: Option<Step>| {
        let ongo = ongo.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(step) = target {
                ongo.emit(step);
            }
        });
        html! {
            <button type="button" {class} aria-disabled={target.is_none().then_some("true")} {onclick}>
                { label }
            </button>
        }
    };
    // Each dot's label and callback, made once: a step change then formats no label and
    // makes no closure; only the dots' aria-current changes.
    let dots = use_memo((ongo.clone(), *headings, *words), |(ongo, StoryPart(headings), StoryPart(words))| {
        Step::ALL.map(|step| {
            let label = fill(
                words.step_label,
                &[("number", &(step.index() + 1).to_string()), ("heading", step.heading(headings))],
            );
            let ongo = ongo.clone();
            (AttrValue::from(label), Callback::from(move |_: MouseEvent| ongo.emit(step)))
        })
    });
    html! {
        <nav class="sx-nav sx-interactive" aria-label={words.steps_label}>
            <div class="sx-nav-row">
                { button(words.previous, "sx-button sx-previous", current.previous()) }
                // The number is its own element: the page script sets it before the first paint.
                <p class="sx-progress">
                    { fill(before_count, total) }
                    <span class="sx-progress-current">{ current.index() + 1 }</span>
                    { fill(after_count, total) }
                </p>
                { button(words.next, "sx-button sx-next", current.next()) }
            </div>
            <ol class="sx-dots" aria-label={words.step_picker}>
                { for Step::ALL.into_iter().zip(dots.iter()).map(|(step, (label, onclick))| {
                    let is_current = step == current;
                    html! {
                        <li key={step.id()}>
                            <button
                                type="button"
                                class="sx-dot"
                                aria-current={is_current.then_some("step")}
                                aria-label={label.clone()}
                                onclick={onclick.clone()}
                            ></button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
