//! One component per file, each named for what the reader sees; a view with no state that
//! is always built anew with its parent (`StakeControl`, `ChartFigure`, `StepNav`,
//! `StepSection`, `ShowAllSwitch`) is a value that becomes `Html`, not a component. The
//! static steps' components live under `static_step`, native only: the browser adopts
//! their prerendered markup (see `app::Prerendered`), so they are never compiled into the
//! wasm.

mod chart_figure;
mod embed_panel;
mod implications_table;
mod show_all_switch;
#[cfg(ssr)]
mod source_note;
mod stake_control;
#[cfg(ssr)]
mod static_step;
mod step_nav;
mod step_section;
mod valuation_explorer;

pub use embed_panel::EmbedPanel;
#[cfg(ssr)]
pub use embed_panel::EmbedPanelProps;
pub use implications_table::ImplicationsTable;
#[cfg(ssr)]
pub use implications_table::ImplicationsTableProps;
pub use show_all_switch::ShowAllSwitch;
#[cfg(ssr)]
pub use static_step::{implications_source, reported_figure, StaticStep, StaticStepProps};
pub use step_nav::{Dots, StepNav};
pub use step_section::{SectionNames, StepSection};
pub use valuation_explorer::ValuationExplorer;
#[cfg(ssr)]
pub use valuation_explorer::ValuationExplorerProps;

#[cfg(ssr)]
use chart_figure::markup as chart_markup;
use chart_figure::ChartFigure;
#[cfg(ssr)]
use source_note::source_note;
use stake_control::StakeControl;

/// Prerendered markup, adopted as it stands: "" raw HTML makes Yew take the markup already
/// on the page and, since "" never changes, never touch it again (see `app::Prerendered`).
/// Only the browser adopts.
#[cfg(browser)]
pub fn adopt() -> yew::Html {
    yew::Html::from_html_unchecked(yew::AttrValue::Static(""))
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
