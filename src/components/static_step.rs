//! The body of a step that never changes once drawn (`Kind::Fixed`), the components only
//! those steps use, and the parts of the valuation and table steps that never change (the
//! article's figure, and the source notes). Rendered only
//! natively, into `app::Prerendered`; the browser adopts the resulting markup, so none of
//! this is compiled into the wasm.

mod bottom_line;
mod deal_figures;
mod exodus_list;
mod leadership;
mod reported_figure;
mod rival_list;
mod stake_split;

use yew::prelude::*;

use crate::components::source_note;
use crate::model::{
    steps::Step,
    story::{Implications, Interface, Story},
};
use bottom_line::BottomLineVerdict;
use deal_figures::DealFigures;
use exodus_list::ExodusList;
use leadership::LeadershipChange;
use rival_list::RivalList;
use stake_split::StakeSplit;

pub use reported_figure::reported_figure;

#[derive(Properties, PartialEq)]
pub struct StaticStepProps {
    pub story: &'static Story<'static>,
    pub step: Step,
}

#[function_component]
pub fn StaticStep(props: &StaticStepProps) -> Html {
    let StaticStepProps { story, step } = *props;
    let words = &story.interface;
    match step {
        Step::Deal => html! { <DealFigures deal={&story.deal} {words} /> },
        Step::Stake => html! { <StakeSplit deal={&story.deal} stake={&story.stake} {words} /> },
        Step::Leadership => html! { <LeadershipChange leadership={&story.leadership} {words} /> },
        Step::Exodus => html! { <ExodusList exodus={&story.exodus} {words} /> },
        Step::Rivals => html! { <RivalList rivals={&story.rivals} {words} /> },
        Step::BottomLine => html! { <BottomLineVerdict bottom_line={&story.bottom_line} {words} /> },
        // Interactive steps are rendered by `App` itself, on both sides.
        Step::Valuation | Step::Implications => html! {},
    }
}

/// The table's source note: the article's rows. It is not the table's: the browser builds
/// the table anew once live, and adopts this as it stands, before and after.
pub fn implications_source(implications: &Implications<'static>, words: &Interface<'static>) -> Html {
    source_note(words.source_label, &implications.rows.iter().map(|row| row.source).collect::<Vec<_>>())
}

/// The article sentences behind a step, each once, in the order they back it.
fn sources<'a>(lists: impl IntoIterator<Item = &'a [&'static str]>) -> Vec<&'static str> {
    let mut quotes = Vec::new();
    for quote in lists.into_iter().flatten() {
        if !quotes.contains(quote) {
            quotes.push(*quote);
        }
    }
    quotes
}
