//! The parts of the valuation step that never change: the article's figures in one
//! sentence with our note on what our arithmetic does with them, above that arithmetic,
//! and its source note, below the chart.

use yew::prelude::*;

use crate::components::source_note;
use crate::model::{
    story::{Deal, Interface},
    template::fill,
};

/// The sentence and its source note, in the order they stand in the step.
pub fn reported_figure(deal: &Deal<'static>, words: &Interface<'static>) -> [Html; 2] {
    let money = &words.money;
    let values: [(&str, &str); 4] = [
        ("investment", &money.amount_long(&deal.investment)),
        ("stake", &money.percent(deal.stake_percent)),
        ("target", deal.target),
        ("valuation", &money.amount_long(&deal.valuation)),
    ];
    // One element, as the browser adopts it: the article's sentence, then our note on it.
    let figure = html! {
        <p class="sx-lead sx-reported">
            { fill(deal.reported.text, &values) }
            { " " }
            <span class="sx-reported-note">{ fill(deal.arithmetic_note, &values) }</span>
        </p>
    };
    [figure, source_note(words.source_label, deal.reported.source)]
}
