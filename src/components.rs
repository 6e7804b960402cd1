//! One component per file, each named for what the reader sees. The static steps'
//! components live under `static_step`, native only: the browser adopts their
//! prerendered markup (see `app::Prerendered`), so they are never compiled into the wasm.

mod chart_figure;
mod embed_panel;
mod implications_table;
mod show_all_switch;
mod source_note;
mod stake_control;
#[cfg(not(target_arch = "wasm32"))]
mod static_step;
mod step_nav;
mod step_section;
mod valuation_explorer;

pub use embed_panel::EmbedPanel;
pub use implications_table::ImplicationsTable;
#[cfg(not(target_arch = "wasm32"))]
pub use implications_table::ImplicationsTableProps;
pub use show_all_switch::ShowAllSwitch;
#[cfg(not(target_arch = "wasm32"))]
pub use static_step::{StaticStep, StaticStepProps};
pub use step_nav::StepNav;
pub use step_section::StepSection;
pub use valuation_explorer::ValuationExplorer;

use yew::Html;

use chart_figure::ChartFigure;
use source_note::source_note;
use stake_control::StakeControl;

/// Markup that never changes once drawn, inside a component the browser builds. Natively
/// `build` is rendered here (on a thread of its own, as renders cannot nest); the browser
/// adopts that markup as it stands, as `app::Prerendered` does whole steps, so neither its
/// words nor the code that writes them are in the wasm.
#[cfg(not(target_arch = "wasm32"))]
fn fixed(build: impl FnOnce() -> Html + Send + 'static) -> Html {
    use yew::{function_component, Properties};

    #[derive(Properties, PartialEq)]
    struct FixedProps {
        html: Html,
    }

    #[function_component]
    fn Fixed(props: &FixedProps) -> Html {
        props.html.clone()
    }

    let render = move || {
        let props = FixedProps { html: build() };
        futures::executor::block_on(yew::LocalServerRenderer::<Fixed>::with_props(props).hydratable(false).render())
    };
    let markup = std::thread::spawn(render).join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    Html::from_html_unchecked(markup.into())
}

/// In the browser: adopt the prerendered markup (see the native `fixed`).
#[cfg(target_arch = "wasm32")]
fn fixed(_build: impl FnOnce() -> Html) -> Html {
    Html::from_html_unchecked(yew::AttrValue::Static(""))
}

/// A part of the baked story, as a prop. The story is one `static`, so two props are the
/// same part exactly when they point at the same place: comparing addresses is enough, and
/// deciding whether to re-render never walks the story's text.
pub struct StoryPart<T: 'static>(pub &'static T);

impl<T> PartialEq for StoryPart<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T> Clone for StoryPart<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for StoryPart<T> {}

impl<T> std::ops::Deref for StoryPart<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.0
    }
}
