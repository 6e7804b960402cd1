//! The root component: the title, the step controls and every step of the story.

use yew::prelude::*;

use crate::components::{
    BottomLineVerdict, DealFigures, EmbedPanel, ExodusList, ImplicationsTable, LeadershipChange, RivalList,
    ShowAllSwitch, StakeSplit, StepNav, StepSection, ValuationExplorer,
};
use crate::location::Record;
use crate::model::{
    embed::{Settings, Theme},
    steps::Step,
    story::Story,
};
use crate::state::{Action, State};
use crate::{host, input, location};

/// Where the widget lives, which decides what it may touch outside itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Its own page, standalone or in an iframe: it owns the URL and talks to a parent frame.
    Page,
    /// Mounted directly in someone else's page: it leaves their URL and history alone.
    Mounted,
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub story: &'static Story<'static>,
    pub mode: Mode,
    /// Applied once hydrated, so the first render stays the prerendered one.
    pub settings: Settings,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let AppProps { story, mode, settings } = *props;
    let owns_url = mode == Mode::Page;
    let state = use_reducer(|| State::new(story.deal.stake_percent));
    let article_ref = use_node_ref();

    // Effects never run while prerendering, so the page goes live only once hydrated:
    // then it takes the URL's step and order and the embedder's settings, follows Back
    // and Forward, and links up with the host page.
    {
        let (dispatcher, article_ref) = (state.dispatcher(), article_ref.clone());
        use_effect_with((), move |_| {
            let url_step = if owns_url { location::step_in_url() } else { None };
            let step = url_step.or(settings.start).unwrap_or(Step::Deal);
            if owns_url && url_step.is_none() {
                location::record(step, Record::Start);
            }
            dispatcher.dispatch(Action::Start {
                step,
                sort: if owns_url { location::sort_in_url() } else { None },
                settings,
                page_url: if owns_url { location::page_url() } else { String::new() },
            });
            let history = owns_url.then(|| {
                let dispatcher = dispatcher.clone();
                location::on_history_move(move |step| dispatcher.dispatch(Action::Go { step, focus: false }))
            });
            let host = article_ref
                .cast::<web_sys::Element>()
                .filter(|_| owns_url)
                .and_then(|article| host::connect(article, move |theme| dispatcher.dispatch(Action::SetTheme(theme))));
            move || drop((history, host))
        });
    }
    use_effect_with((state.live, state.step), move |&(live, step)| {
        if live && owns_url {
            location::record(step, Record::Move);
        }
    });
    use_effect_with((state.live, state.sort), move |&(live, sort)| {
        if live && owns_url {
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

    let theme = match state.theme {
        Theme::Auto => None,
        Theme::Light => Some("is-light"),
        Theme::Dark => Some("is-dark"),
    };

    html! {
        <article class={classes!("sx", state.live.then_some("is-live"), theme)} aria-labelledby="sx-title" {onkeydown} ref={article_ref}>
            <header class={classes!("sx-header", state.hide_title.then_some("sx-visually-hidden"))}>
                <h1 id="sx-title" class="sx-title">{ story.title }</h1>
                <p class="sx-dek">{ story.dek }</p>
            </header>
            // Shown only when the interactive parts failed (sx-static, sx-broken): the story stays.
            <p class="sx-notice">{ "The interactive parts of this explainer are unavailable, so the whole story is shown below." }</p>
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
                if owns_url {
                    <EmbedPanel page_url={state.page_url.clone()} step={state.step} title={story.title} />
                }
            </footer>
            <p class="sx-visually-hidden sx-announcer" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </article>
    }
}

/// A callback that turns what a component reports into an action on the reducer.
fn act<T: 'static>(state: &UseReducerHandle<State>, action: fn(T) -> Action) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |value| dispatcher.dispatch(action(value)))
}
