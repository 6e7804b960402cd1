//! One component per file, each named for what the reader sees. The static steps'
//! components are native only: the browser adopts their prerendered markup (see
//! `app::Prerendered`), so they are never compiled into the wasm.

#[cfg(not(target_arch = "wasm32"))]
mod bottom_line;
mod chart_figure;
#[cfg(not(target_arch = "wasm32"))]
mod deal_figures;
mod embed_panel;
#[cfg(not(target_arch = "wasm32"))]
mod exodus_list;
mod implications_table;
#[cfg(not(target_arch = "wasm32"))]
mod leadership;
#[cfg(not(target_arch = "wasm32"))]
mod rival_list;
mod show_all_switch;
mod source_note;
mod stake_control;
#[cfg(not(target_arch = "wasm32"))]
mod stake_split;
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

#[cfg(not(target_arch = "wasm32"))]
use bottom_line::BottomLineVerdict;
use chart_figure::ChartFigure;
#[cfg(not(target_arch = "wasm32"))]
use deal_figures::DealFigures;
#[cfg(not(target_arch = "wasm32"))]
use exodus_list::ExodusList;
#[cfg(not(target_arch = "wasm32"))]
use leadership::LeadershipChange;
#[cfg(not(target_arch = "wasm32"))]
use rival_list::RivalList;
use source_note::SourceNote;
use stake_control::StakeControl;
#[cfg(not(target_arch = "wasm32"))]
use stake_split::StakeSplit;
