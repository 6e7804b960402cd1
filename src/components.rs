//! One component per file, each named for what the reader sees.

mod bottom_line;
mod chart_figure;
mod deal_figures;
mod embed_panel;
mod exodus_list;
mod implications_table;
mod leadership;
mod rival_list;
mod show_all_switch;
mod source_note;
mod stake_control;
mod stake_split;
mod step_nav;
mod step_section;
mod valuation_explorer;

pub use bottom_line::BottomLineVerdict;
pub use deal_figures::DealFigures;
pub use embed_panel::EmbedPanel;
pub use exodus_list::ExodusList;
pub use implications_table::ImplicationsTable;
pub use leadership::LeadershipChange;
pub use rival_list::RivalList;
pub use show_all_switch::ShowAllSwitch;
pub use stake_split::StakeSplit;
pub use step_nav::StepNav;
pub use step_section::StepSection;
pub use valuation_explorer::ValuationExplorer;

use chart_figure::ChartFigure;
use source_note::SourceNote;
use stake_control::StakeControl;
