//! The parts of the valuation step that never change: the article's figures in one
//! sentence, above our arithmetic, and its source note, below the chart.

use yew::prelude::*;

use crate::components::source_note;
use crate::model::{
    story::{Deal, Interface},
    template::fill,
};

/// The sentence and its source note, in the order they stand in the step.
pub fn reported_figure(deal: &Deal<'static>, words: &Interface<'static>) -> [Html; 2] {
    let money = &words.money;
    let sentence = fill(
        deal.reported.text,
        &[
            ("investment", &money.amount_short(&deal.investment)),
            ("stake", &money.percent(deal.stake_percent)),
            ("target", deal.target),
            ("valuation", &money.amount_short(&deal.valuation)),
        ],
    );
    [html! { <p class="sx-lead sx-reported">{ sentence }</p> }, source_note(words.source_label, deal.reported.source)]
}
