//! One step of the walkthrough: a titled section. Its heading can take focus (the page
//! script moves it there after a key's move or a "Next: …"), so screen-reader and
//! keyboard users land on the new step.
//!
//! Invariants:
//! - **Every step is always in the DOM, and the widget is as tall as the step on show.**
//!   Moving only moves `is-current`; the other steps are `display: none`
//!   (`assets/style/`). The controls sit above the steps, so a move changes only what is
//!   below them, and an embedding frame follows the new height through the page script's
//!   height messages. Without scripting, in print or with "Show all", the steps flow as
//!   one page.
//! - **Element ids are prefixed `sx-`** and are not the public fragments (`#exodus`), so
//!   the browser never scrolls a host page to a fragment, and ids cannot clash with an
//!   article's.

use yew::prelude::*;

use crate::components::Dots;
use crate::model::{steps::Step, story::BrowserStory, template::fill};

/// What names a step's section and what leads on from it: made once per story (`App`
/// keeps them in a memo), not formatted again for all eight sections on every move.
#[derive(PartialEq)]
pub struct SectionNames {
    pub id: AttrValue,
    pub heading_id: AttrValue,
    /// The next step and the label of the button at the end of the step that leads
    /// there ("Next: Who gains ground"); `None` on the last.
    pub next: Option<(Step, AttrValue)>,
}

impl SectionNames {
    pub fn new(step: Step, story: &BrowserStory<'static>) -> Self {
        let label = |next: Step| fill(story.interface.next_step, &[("heading", next.heading(&story.headings))]);
        Self {
            id: format!("sx-{}", step.id()).into(),
            heading_id: format!("sx-{}-heading", step.id()).into(),
            next: step.next().map(|next| (next, label(next).into())),
        }
    }
}

/// A step's section, as a value that becomes `Html` (`{ StepSection { .. } }` in `App`'s
/// `html!`), not a component: `App` renders every step on each move anyway, and eight
/// components made the hydration eight scopes, scheduler runs and comment markers
/// longer, for nothing.
pub struct StepSection<'a> {
    pub step: Step,
    pub heading: AttrValue,
    pub current: bool,
    pub names: &'a SectionNames,
    /// Where the step's "Next: …" gets the callback of the step it leads to: made once, so
    /// a move makes no closure for it.
    pub dots: &'a Dots,
    /// What a step is, to a screen reader (`Interface::step_kind`).
    pub kind: &'static str,
    pub body: Html,
}

impl From<StepSection<'_>> for Html {
    fn from(StepSection { step, heading, current, names, dots, kind, body }: StepSection) -> Html {
        let SectionNames { id, heading_id, next } = names;
        html! {
            <section
                key={step.id()}
                id={id.clone()}
                class={if current { "sx-step is-current" } else { "sx-step" }}
                role="group"
                aria-roledescription={kind}
                aria-labelledby={heading_id.clone()}
            >
                <h2 id={heading_id.clone()} class="sx-step-heading" tabindex="-1">{ heading }</h2>
                { body }
                if let Some((next, label)) = next.clone() {
                    // At the end of a long step the reader need not scroll back up to go on.
                    <button type="button" class="sx-button sx-continue sx-interactive" onclick={dots.to(next)}>
                        { label }
                    </button>
                }
            </section>
        }
    }
}
