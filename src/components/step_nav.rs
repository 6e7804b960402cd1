//! Moving through the walkthrough: Previous and Next, "3 of 8", and a dot per step.
//!
//! Invariant: **the controls are rendered in `App`'s own render, with the steps**, as a
//! value that becomes `Html` (`{ StepNav { .. } }`), not a component. A child component's
//! new props are rendered after its parent's render, and Yew's scheduler (0.23) may yield
//! to the browser between the two: it yields once it has run 16 ms with no render queued,
//! and a child's props update is not counted (`Scheduler::can_yield`). With the CPU slowed
//! 12× or more (DevTools throttling), a move was then painted with the new step under the
//! old count and dot (`e2e/walkthrough.test.mjs`). In one render, the step and its
//! controls change together.

use yew::prelude::*;

use crate::model::{steps::Step, story::Interface, template::fill};

/// Each step's dot label and the callback that goes there, made once per story (`App`
/// keeps them in a memo): a step change then formats no label and makes no closure; only
/// the dots' `aria-current` changes. Previous and Next, and each step's "Next: …", take the
/// callback of the step they lead to (`to`).
pub struct Dots([(AttrValue, Callback<MouseEvent>); Step::ALL.len()]);

impl Dots {
    pub fn new(headings: &[&str; Step::ALL.len()], words: &Interface, ongo: &Callback<Step>) -> Self {
        Self(Step::ALL.map(|step| {
            let label = fill(
                words.step_label,
                &[("number", &(step.index() + 1).to_string()), ("heading", step.heading(headings))],
            );
            (label.into(), ongo.reform(move |_: MouseEvent| step))
        }))
    }

    /// The callback that goes to `step`.
    pub fn to(&self, step: Step) -> Callback<MouseEvent> {
        self.0[step.index()].1.clone()
    }
}

/// The step controls for the step on show.
pub struct StepNav<'a> {
    pub current: Step,
    pub words: &'a Interface<'static>,
    pub dots: &'a Dots,
}

impl From<StepNav<'_>> for Html {
    fn from(StepNav { current, words, dots }: StepNav) -> Html {
        let count = Step::ALL.len().to_string();
        let total = &[("total", count.as_str())];
        // The build makes sure the template has its {current}.
        let (before_count, after_count) = words.progress.split_once("{current}").unwrap_or((words.progress, ""));
        // aria-disabled rather than disabled: a disabled button would drop keyboard focus at
        // either end, where it does nothing.
        let button = |label: &'static str, class: &'static str, target: Option<Step>| {
            let onclick = target.map(|step| dots.to(step));
            html! {
                <button type="button" {class} aria-disabled={target.is_none().then_some("true")} {onclick}>
                    { label }
                </button>
            }
        };
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
                    { for Step::ALL.into_iter().zip(dots.0.iter()).map(|(step, (label, onclick))| {
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
}
