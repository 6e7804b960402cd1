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
pub use show_all_switch::ShowAllSwitch;
#[cfg(not(target_arch = "wasm32"))]
pub use static_step::{StaticStep, StaticStepProps};
pub use step_nav::StepNav;
pub use step_section::StepSection;
pub use valuation_explorer::ValuationExplorer;

use chart_figure::ChartFigure;
use source_note::SourceNote;
use stake_control::StakeControl;
