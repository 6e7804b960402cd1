//! The root component: the title, the step controls and every step of the story.

use yew::prelude::*;

use crate::components::{
    BottomLineVerdict, DealFigures, ExodusList, ImplicationsTable, LeadershipChange, RivalList, ShowAllSwitch,
    StakeSplit, StepNav, StepSection, ValuationExplorer,
};
use crate::model::{steps::Step, story::Story};
use crate::state::{Action, State};
use crate::{input, location};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub story: &'static Story<'static>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let story = props.story;
    let state = use_reducer(|| State::new(story.deal.stake_percent));

    // Effects never run while prerendering, so the page goes live only once hydrated:
    // then it starts at the URL's step and follows Back and Forward.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            dispatcher.dispatch(Action::Start { step: location::step_in_url(), sort: location::sort_in_url() });
            let listener =
                location::on_history_move(move |step| dispatcher.dispatch(Action::Go { step, focus: false }));
            move || drop(listener)
        });
    }
    use_effect_with((state.live, state.step), |&(live, step)| {
        if live {
            location::record(step);
        }
    });
    use_effect_with((state.live, state.sort), |&(live, sort)| {
        if live {
            location::record_sort(sort);
        }
    });

    let go = |focus: bool| {
        let dispatcher = state.dispatcher();
        Callback::from(move |step: Step| dispatcher.dispatch(Action::Go { step, focus }))
    };
    let onkeydown = {
        let (go, step, show_all) = (go(true), state.step, state.show_all);
        Callback::from(move |event: KeyboardEvent| {
            if show_all {
                return;
            }
            if let Some(target) = input::step_for_key(&event, step) {
                event.prevent_default();
                go.emit(target);
            }
        })
    };
    let touch_start = use_mut_ref(|| None);
    let ontouchstart = {
        let touch_start = touch_start.clone();
        Callback::from(move |event: TouchEvent| *touch_start.borrow_mut() = input::swipe_start(&event))
    };
    let ontouchend = {
        let (go, step, show_all) = (go(false), state.step, state.show_all);
        Callback::from(move |event: TouchEvent| {
            let start = touch_start.borrow_mut().take();
            if let Some(target) = start.filter(|_| !show_all).and_then(|start| input::swipe_end(&event, start, step)) {
                go.emit(target);
            }
        })
    };
    let onshowall = act(&state, Action::ShowAll);
    let onstake = act(&state, Action::SetStake);

    let body = |step: Step| match step {
        Step::Deal => html! { <DealFigures deal={&story.deal} /> },
        Step::Stake => html! { <StakeSplit deal={&story.deal} /> },
        Step::Valuation => {
            html! { <ValuationExplorer deal={&story.deal} percent={state.stake_percent} onchange={onstake.clone()} /> }
        }
        Step::Leadership => html! { <LeadershipChange leadership={&story.leadership} /> },
        Step::Exodus => html! { <ExodusList exodus={&story.exodus} /> },
        Step::Rivals => html! { <RivalList rivals={&story.rivals} from={story.deal.target} /> },
        Step::Implications => html! {
            <ImplicationsTable
                implications={&story.implications}
                sort={state.sort}
                filter={state.filter.clone()}
                note={state.table_note}
                onsort={act(&state, Action::SortBy)}
                onunsort={act(&state, |()| Action::Unsort)}
                onfilter={act(&state, Action::Filter)}
            />
        },
        Step::BottomLine => html! { <BottomLineVerdict bottom_line={&story.bottom_line} /> },
    };
    let announcement = if state.show_all {
        format!("Showing all {} steps", Step::ALL.len())
    } else {
        format!("Step {} of {}: {}", state.step.index() + 1, Step::ALL.len(), state.step.heading(&story.headings))
    };

    html! {
        <article class={classes!("sx", state.live.then_some("is-live"))} aria-labelledby="sx-title" {onkeydown}>
            <header class="sx-header">
                <h1 id="sx-title" class="sx-title">{ story.title }</h1>
                <p class="sx-dek">{ story.dek }</p>
            </header>
            if !state.show_all {
                <StepNav current={state.step} headings={&story.headings} ongo={go(false)} />
            }
            <div class={classes!("sx-steps", state.show_all.then_some("is-all"))} {ontouchstart} {ontouchend}>
                { for Step::ALL.into_iter().map(|step| html! {
                    <StepSection
                        key={step.id()}
                        {step}
                        heading={step.heading(&story.headings)}
                        current={state.show_all || step == state.step}
                        focus_request={state.focus_request}
                        next_heading={step.next().map(|next| AttrValue::from(next.heading(&story.headings)))}
                        onnext={go(true).reform(move |()| step.next().unwrap_or(step))}
                    >
                        { body(step) }
                    </StepSection>
                }) }
            </div>
            <footer class="sx-footer">
                <ShowAllSwitch on={state.show_all} ontoggle={onshowall} />
            </footer>
            <p class="sx-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </article>
    }
}

/// A callback that turns what a component reports into an action on the reducer.
fn act<T: 'static>(state: &UseReducerHandle<State>, action: fn(T) -> Action) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |value| dispatcher.dispatch(action(value)))
}
