//! One step of the walkthrough: a titled section. Its heading takes keyboard focus
//! when a move asks for it, so screen-reader and keyboard users land on the new step.

use yew::prelude::*;

use crate::model::steps::Step;

#[derive(Properties, PartialEq)]
pub struct StepSectionProps {
    pub step: Step,
    pub heading: AttrValue,
    pub current: bool,
    /// See `State::focus_request`.
    pub focus_request: u32,
    /// The next step and the label of the button at the end of the step that leads
    /// there ("Next: Who gains ground"); `None` on the last.
    pub next: Option<Step>,
    pub next_label: Option<AttrValue>,
    pub ongo: Callback<Step>,
    pub children: Html,
}

#[function_component]
pub fn StepSection(props: &StepSectionProps) -> Html {
    let StepSectionProps { step, heading, current, focus_request, next, next_label, ongo, children } = props;
    let heading_ref = use_node_ref();
    {
        let heading_ref = heading_ref.clone();
        let current = *current;
        use_effect_with(*focus_request, move |&request| {
            if current && request > 0 {
                if let Some(heading) = heading_ref.cast::<web_sys::HtmlElement>() {
                    // Failing to focus only leaves focus where it was.
                    let _ = heading.focus();
                }
            }
        });
    }
    let heading_id = format!("sx-{}-heading", step.id());
    html! {
        <section
            id={format!("sx-{}", step.id())}
            class={classes!("sx-step", current.then_some("is-current"))}
            aria-labelledby={heading_id.clone()}
        >
            <h2 id={heading_id} class="sx-step-heading" tabindex="-1" ref={heading_ref}>{ heading.clone() }</h2>
            { children.clone() }
            if let (Some(next), Some(next_label)) = (*next, next_label) {
                // At the end of a long step the reader need not scroll back up to go on.
                <button type="button" class="sx-button sx-continue" onclick={ongo.reform(move |_: MouseEvent| next)}>
                    { next_label.clone() }
                </button>
            }
        </section>
    }
}
