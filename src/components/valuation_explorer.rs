//! The explorable valuation: our arithmetic on a stake the reader picks, labelled as ours,
//! never as the deal's, below the article's figure (`reported_figure`, adopted beside it).
//! The stake is its own state: moving it re-renders the explorer alone, not the story
//! around it. Prerendered with its controls disabled, it is built anew once live
//! (`Kind::BuiltWhenLive`).

use yew::prelude::*;

use super::{ChartFigure, StakeControl, StoryPart};
use crate::charts;
use crate::model::{story::BrowserStory, template::fill, valuation};

#[derive(Properties, PartialEq)]
pub struct ValuationExplorerProps {
    /// The deal's figures, the step's words and the interface's.
    pub story: StoryPart<BrowserStory<'static>>,
    /// False in the prerendered explorer, which stands until the code is live: its
    /// controls are disabled until then.
    pub live: bool,
    /// Whether its chart in words is built open: the reader opened it in the prerendered
    /// explorer before the code was live (`State::words_open`).
    pub words_open: bool,
}

#[function_component]
pub fn ValuationExplorer(props: &ValuationExplorerProps) -> Html {
    let ValuationExplorerProps { story: StoryPart(story), live, words_open } = props;
    let (deal, words, interface) = (&story.deal, &story.valuation, &story.interface);
    // The stake the reader is trying.
    let stake_state = use_state(|| deal.stake_percent);
    let percent = *stake_state;
    let onchange = {
        let stake_state = stake_state.setter();
        Callback::from(move |percent| stake_state.set(valuation::clamp_stake(percent)))
    };
    let money = &interface.money;
    let investment = f64::from(deal.investment.usd_millions);
    let implied = valuation::implied_valuation(investment, f64::from(percent));
    let (paid, stake) = (money.short(investment), money.percent(percent));
    // No memo needed: with its props unchanged after going live, this re-renders only when
    // the stake is set, which is when the chart must be redrawn (a stepper held at an end,
    // only aria-disabled, sets the stake already shown: drawn again, nothing in the page
    // changes; skipping that would cost the wasm more than it saves). It is drawn as
    // elements: once built, a move changes only the bars, labels and mark that moved.
    let svg = charts::valuation::draw(investment, percent, deal.stake_percent, words, money).map(Html::from);
    let at_deal = percent == deal.stake_percent;
    let implied_text = money.short(implied);
    // Also the chart's text alternative: the sentence says what its bars show.
    let arithmetic = AttrValue::from(fill(
        if at_deal { words.at_deal } else { words.elsewhere },
        &[("stake", &stake), ("investment", &paid), ("implied", &implied_text)],
    ));
    // Written where it is used: in the wasm that is smaller than keeping the string.
    let deal_stake = || money.percent(deal.stake_percent);
    let reset = {
        let onchange = onchange.clone();
        let stake = deal.stake_percent;
        Callback::from(move |_: MouseEvent| onchange.emit(stake))
    };
    html! {
        <>
            { StakeControl {
                label: fill(words.control, &[("investment", &paid)]).into(),
                percent,
                words: StoryPart(interface),
                onchange,
                disabled: !live,
            } }
            <p class="sx-result sx-interactive" aria-live="polite">{ arithmetic.clone() }</p>
            <button type="button" class="sx-button sx-reset sx-interactive" aria-disabled={at_deal.then_some("true")} disabled={!live} onclick={reset}>
                { fill(words.reset, &[("stake", &deal_stake())]) }
            </button>
            { ChartFigure {
                svg,
                caption: fill(words.caption, &[("stake", &deal_stake())]).into(),
                description: arithmetic,
                in_words: interface.chart_in_words,
                open: *words_open,
            } }
        </>
    }
}
