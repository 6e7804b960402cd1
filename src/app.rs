//! The root component: the title, the step controls and every step of the story. It reads
//! as the view and the reducer; the browser's side (going live, the URL) is in `browser`'s
//! hooks. (The host page's messages and the theme are the page script's.)
//!
//! Invariants:
//! - **The prerendered HTML is exactly what `App` renders first**, but for the step on
//!   show and the embedder's settings: nothing is inserted between `#scale-explainer` and
//!   its content, and the first render never depends on the browser. A deep link
//!   (`#exodus`, `?step=`, `data-step`) is shown in the prerendered markup before the first
//!   paint by `prerender/js/show_step.js`, which marks exactly what `App` marks for a step
//!   (the section, the dot, the progress count, the unavailable end of Previous / Next, the
//!   announcer's words, from the templates prerender puts on the root), and
//!   so are the settings (`showSettings`: the hidden title, Show all's classes, words and pressed
//!   switch) and a shared link's table order (`showSort`, page.js: the rows of the table,
//!   which is adopted as raw markup until live, and its `aria-sort`); `App` then hydrates
//!   with that step as its `start` prop and those `settings`, read by the same rules, so
//!   nothing moves or flashes. (The theme is the page script's
//!   alone, on the root `App` renders into.) (Show all's
//!   step controls stay in the markup until live, hidden by the stylesheet: hydration adopts
//!   them.)
//! - **The wasm builds only what changes**: each step's `Kind` says how it is built, and a
//!   step the browser does not build gets `""` raw HTML, which adopts the prerendered
//!   markup and never changes. The first load stays within its byte budget
//!   (`e2e/size.test.mjs`).

use yew::prelude::*;

use crate::browser::{use_go_live, use_url_sync, Mode};
#[cfg(browser)]
use crate::components::adopt;
use crate::components::{
    Dots, EmbedPanel, ImplicationsTable, SectionNames, ShowAllSwitch, StepNav, StepSection, StoryPart,
    ValuationExplorer,
};
use crate::model::{
    embed::Settings,
    steps::{Kind, Step},
    story::BrowserStory,
    template::fill,
};
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub story: StoryPart<BrowserStory<'static>>,
    pub mode: Mode,
    /// The step on show from the first paint. Natively always the first; in the browser,
    /// the one the URL or the mount point names, which the page's deep-link script (or
    /// `mount.js`) has already shown in the prerendered markup, so hydration keeps it.
    pub start: Step,
    /// In the first render already: the page script (or `mount.js`) has shown them in the
    /// prerendered markup before the first paint, by the same rules.
    pub settings: Settings,
    /// The prerendered steps' markup, rendered natively. The browser has none: it adopts them.
    #[cfg(ssr)]
    pub prerendered: std::rc::Rc<Prerendered>,
}

/// The markup the browser adopts, rendered natively: the body of every step (those built
/// going live, as they stand until then), the parts of the valuation and table steps that
/// never change, the credit, and the Embed button as it stands until live. In the browser
/// `App` gives each of them "" raw HTML instead, which makes Yew adopt the markup already
/// on the page and, since "" never changes, never touch it again.
#[derive(Debug, Default, PartialEq)]
pub struct Prerendered {
    pub bodies: [AttrValue; Step::ALL.len()],
    /// The article's figure and its source note (`components::reported_figure`).
    pub reported: [AttrValue; 2],
    /// The table's source note (`components::implications_source`): it stays when the
    /// live table replaces the prerendered one.
    pub table_source: AttrValue,
    /// The article the story retells, named.
    pub credit: AttrValue,
    /// The Embed button, disabled: `EmbedPanel` is built once live, where the widget owns
    /// the URL (`Mode::Page`, on its own page or in an iframe).
    pub embed: AttrValue,
}

impl Prerendered {
    #[cfg(ssr)]
    fn body(&self, step: Step) -> Html {
        Html::from_html_unchecked(self.bodies[step.index()].clone())
    }
}

/// The callbacks made once: `go` reaches the views only through the dots' memo (`Dots`),
/// whose per-step callbacks every step control and each "Next: …" take; `show_all` goes to
/// the switch. They only dispatch, so what is made from them once stays right, and a
/// render makes no new closure for them.
struct Callbacks {
    go: Callback<Step>,
    show_all: Callback<bool>,
}

impl Callbacks {
    fn new(dispatcher: &UseReducerDispatcher<State>) -> Self {
        Self { go: act(dispatcher, Action::Go), show_all: act(dispatcher, Action::ShowAll) }
    }
}

/// A callback that turns what a component reports into an action on the reducer.
fn act<T: 'static>(dispatcher: &UseReducerDispatcher<State>, action: fn(T) -> Action) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |value| dispatcher.dispatch(action(value)))
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let AppProps { story: StoryPart(story), mode, start, settings, .. } = *props;
    let state = use_reducer(|| State::new(start, settings));
    let callbacks = use_memo((), {
        let dispatcher = state.dispatcher();
        move |()| Callbacks::new(&dispatcher)
    });

    let root = use_node_ref();
    use_go_live(state.dispatcher(), mode, start, root.clone(), state.built);
    use_url_sync(mode, state.live(), state.step);

    #[cfg(ssr)]
    let (adopted, [figure, figure_source, table_source, credit, embed]) = {
        let Prerendered { reported: [figure, figure_source], table_source, credit, embed, .. } = &*props.prerendered;
        let raw = |markup: &AttrValue| Html::from_html_unchecked(markup.clone());
        let parts = [raw(figure), raw(figure_source), raw(table_source), raw(credit), raw(embed)];
        (|step| props.prerendered.body(step), parts)
    };
    #[cfg(browser)]
    let (adopted, [figure, figure_source, table_source, credit, embed]) = (|_| adopt(), [(); 5].map(|()| adopt()));
    let built = |step: Step| match step.kind() {
        Kind::Fixed => false,
        Kind::BuiltWhenLive => state.is_built(step),
    };
    let body = |step: Step| match step {
        // Built going live, adopted until then; the article's figure above and its source
        // note below are adopted on their own, so they stay when the explorer is built.
        Step::Valuation => html! {
            <>
                { figure.clone() }
                if built(step) {
                    <ValuationExplorer story={StoryPart(story)} live=true words_open={state.words_open} />
                } else {
                    { adopted(step) }
                }
                { figure_source.clone() }
            </>
        },
        // As the valuation: its source note is adopted on its own, so it stays when the
        // table is built.
        Step::Implications => html! {
            <>
                if built(step) {
                    <ImplicationsTable
                        implications={StoryPart(&story.implications)}
                        words={StoryPart(&story.interface)}
                        live=true
                        start_sort={state.start_sort}
                        owns_url={mode.owns_url()}
                    />
                } else {
                    { adopted(step) }
                }
                { table_source.clone() }
            </>
        },
        // A step built in the browser with no arm here would show nothing: its kind must
        // be `Fixed`, or it needs its arm above.
        _ => adopted(step),
    };
    let words = &story.interface;
    // Each section's ids and its "Next: Who gains ground", made once, not on every move.
    let names = use_memo(StoryPart(story), |StoryPart(story)| Step::ALL.map(|step| SectionNames::new(step, story)));
    let dots = use_memo((StoryPart(story), callbacks.go.clone()), |(StoryPart(story), go)| {
        Dots::new(&story.headings, &story.interface, go)
    });
    let total = Step::ALL.len().to_string();
    let announcement = if state.show_all {
        fill(words.announce_all, &[("total", &total)])
    } else {
        let current = (state.step.index() + 1).to_string();
        let heading = state.step.heading(&story.headings);
        fill(words.announce_step, &[("current", &current), ("total", &total), ("heading", heading)])
    };

    html! {
        // Focusable (not in the tab order), so a click anywhere in the story puts the keys
        // here: ←/→ and swipes are the page script's (`prerender/js/show_step.js`).
        // Class lists here and in every component the browser builds are whole strings, not
        // `classes!`: its set type cost the wasm 951 B and each render a set per element.
        <article ref={root} class={if state.live() { "sx is-live" } else { "sx" }} aria-labelledby="sx-title" tabindex="-1">
            <header class={if state.hide_title { "sx-header sx-visually-hidden" } else { "sx-header" }}>
                <h1 id="sx-title" class="sx-title">{ story.title }</h1>
                <p class="sx-dek">{ story.dek }</p>
            </header>
            // Shown only when the interactive parts failed (sx-static, sx-broken): the story stays.
            <p class="sx-notice">{ words.notice }</p>
            // The step player, after the WAI-ARIA carousel pattern: a labelled region holding
            // the controls and the steps.
            <section class="sx-player" aria-roledescription={words.player} aria-labelledby="sx-title">
            // Until live, a show-all setting only hides it (the stylesheet): it is in the
            // prerendered markup that hydration adopts.
            if !state.show_all || !state.live() {
                { StepNav { current: state.step, words, dots: &dots } }
            }
            <div class={if state.show_all { "sx-steps is-all" } else { "sx-steps" }}>
                { for Step::ALL.into_iter().map(|step| StepSection {
                    step,
                    heading: step.heading(&story.headings).into(),
                    current: state.show_all || step == state.step,
                    names: &names[step.index()],
                    dots: &dots,
                    kind: words.step_kind,
                    body: body(step),
                }) }
            </div>
            </section>
            <footer class="sx-footer sx-interactive">
                { ShowAllSwitch {
                    label: words.show_all.into(),
                    on: state.show_all,
                    disabled: !state.live(),
                    ontoggle: callbacks.show_all.clone(),
                } }
                // Adopted, disabled, until live; then built, in the task that builds the last
                // of the steps going live builds, not in the hydration's. In someone else's
                // page the embed codes would point at that page: no panel.
                if !state.live() {
                    { embed }
                } else if mode.owns_url() {
                    <EmbedPanel page_url={state.page_url.clone()} step={state.step} story={StoryPart(story)} />
                }
            </footer>
            { credit }
            <p class="sx-visually-hidden sx-announcer sx-interactive" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </article>
    }
}
