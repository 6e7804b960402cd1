//! One component per file, each named for what the reader sees.

mod bottom_line;
mod deal_figures;
mod exodus_list;
mod implications_table;
mod leadership;
mod rival_list;
mod source_note;
mod stake_split;
mod step_section;
mod valuation_math;

pub use step_section::StepSection;

use bottom_line::BottomLineVerdict;
use deal_figures::DealFigures;
use exodus_list::ExodusList;
use implications_table::ImplicationsTable;
use leadership::LeadershipChange;
use rival_list::RivalList;
use source_note::SourceNote;
use stake_split::StakeSplit;
use valuation_math::ValuationMath;
