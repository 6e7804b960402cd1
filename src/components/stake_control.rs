//! The explorable valuation's control: a slider with −/+ steppers and its value in view. A
//! view with no state of its own (the stake is `ValuationExplorer`'s), so not a component:
//! it goes into the explorer's `html!` as `{ StakeControl { .. } }`.

use yew::prelude::*;

use super::StoryPart;
use crate::model::{
    story::Interface,
    valuation::{clamp_stake, STAKE_RANGE},
};

pub struct StakeControl {
    pub label: AttrValue,
    pub percent: u32,
    /// The steppers' names and the value's form.
    pub words: StoryPart<Interface<'static>>,
    pub onchange: Callback<u32>,
    /// Unavailable until the widget is live: a value set before would be lost.
    pub disabled: bool,
}

impl From<StakeControl> for Html {
    fn from(StakeControl { label, percent, words, onchange, disabled }: StakeControl) -> Html {
        let shown = words.money.percent(percent);
        let (min, max) = (*STAKE_RANGE.start(), *STAKE_RANGE.end());
        let oninput = {
            let onchange = onchange.clone();
            Callback::from(move |event: InputEvent| {
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                if let Ok(value) = input.value().parse::<u32>() {
                    onchange.emit(value);
                }
            })
        };
        let step_by = |delta: i32, text: &'static str, name: &'static str| {
            let onchange = onchange.clone();
            let target = clamp_stake(percent.saturating_add_signed(delta));
            html! {
                <button
                    type="button"
                    class="sx-button sx-stepper"
                    aria-label={name}
                    aria-controls="sx-stake-input"
                    aria-disabled={(target == percent).then_some("true")}
                    disabled={disabled}
                    onclick={Callback::from(move |_: MouseEvent| onchange.emit(target))}
                >{ text }</button>
            }
        };
        html! {
            <div class="sx-control sx-interactive">
                // The value on the label's line, at its end: at the end of the slider's row it
                // wrapped below it, alone, on a phone.
                <div class="sx-control-head">
                    <label class="sx-control-label" for="sx-stake-input">{ label }</label>
                    // What the slider says already: a screen reader would hear it twice (an
                    // output is a live region).
                    <output class="sx-control-value" for="sx-stake-input" aria-hidden="true">{ shown.clone() }</output>
                </div>
                <div class="sx-control-row">
                    { step_by(-1, "−", words.one_less) }
                    <input
                        id="sx-stake-input"
                        class="sx-slider"
                        type="range"
                        min={min.to_string()}
                        max={max.to_string()}
                        step="1"
                        value={percent.to_string()}
                        // "49%", not "49": the arithmetic is the result's, said once, below.
                        aria-valuetext={shown}
                        disabled={disabled}
                        {oninput}
                    />
                    { step_by(1, "+", words.one_more) }
                </div>
            </div>
        }
    }
}
