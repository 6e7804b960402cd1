//! The browser's side of the components, as hooks: going live once hydrated, and keeping
//! the URL in step with the reader (the step on show, the table's order). Effects never
//! run while prerendering, so none of this touches the first render.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::location::{self, Record};
use super::{task, Mode};
use crate::model::{
    steps::{Kind, Step},
    table::Sort,
};
use crate::state::{Action, State};

/// Once hydrated, in a task of its own (hydration is one long task already): takes the
/// URL's table order and starts going live (the embedder's settings are in the first
/// render); records the start step in the URL (without a history entry) when it came from
/// a setting. Until unmounted, follows Back and Forward. Going live builds the steps that
/// are `Kind::BuiltWhenLive` anew, in place of the prerendered ones under `root`: the
/// first in that task, and each other in a task of its own once the one before it is
/// built (`built`, `Action::Build`), so that two never share a task even when Yew's
/// scheduler carries a build over into a later one. The one
/// thing a reader can open in them before, the valuation's chart in words, is built open
/// if it was (`State::words_open`; the build is the scheduler's, which may run it in a
/// later task, so it is said in the build, not done to the page after it). Focus on its
/// summary is let go first, and the page script puts it on the new summary once live
/// (`preventScroll` here took the first load over its budget).
#[hook]
pub fn use_go_live(dispatcher: UseReducerDispatcher<State>, mode: Mode, start: Step, root: NodeRef, built: usize) {
    {
        let builder = dispatcher.clone();
        use_effect_with(built, move |&built| {
            if (1..Kind::BUILT_WHEN_LIVE).contains(&built) {
                task::later(move || builder.dispatch(Action::Build));
            }
        });
    }
    use_effect_with((), move |_| {
        let owns_url = mode.owns_url();
        let starter = dispatcher.clone();
        task::later(move || {
            if owns_url {
                location::record(start, Record::Start);
            }
            // The valuation's chart in words (its step's section is `sx-` and its id).
            let text = root
                .cast::<web_sys::Element>()
                .and_then(|root| root.query_selector("#sx-valuation .sx-chart-text").ok().flatten());
            let words_open = text.as_ref().is_some_and(|text| text.has_attribute("open"));
            // Focus on what the build removes would move the page (by 244 px, at 360 × 740):
            // it lets go first, and the page script puts it on the new summary.
            if let Some(summary) = text.and_then(|text| text.query_selector(":focus").ok()?) {
                let _ = summary.unchecked_into::<web_sys::HtmlElement>().blur();
            }
            starter.dispatch(Action::Start {
                sort: if owns_url { location::sort_in_url() } else { None },
                page_url: if owns_url { location::page_url() } else { String::new() },
                words_open,
            });
        });
        let history =
            owns_url.then(move || location::on_history_move(move |step| dispatcher.dispatch(Action::Go(step))));
        move || drop(history)
    });
}

/// Keeps the URL naming the step on show, once live and only where the widget owns the
/// URL. The address bar is not part of the frame that shows a move, and a history entry
/// costs more than drawing it: the URL follows after that frame is painted. It is left
/// alone when it already names the step, and when the reader went back or forward in the
/// meantime: the URL then names where they went, and recording would push an entry over
/// their Forward history.
#[hook]
pub fn use_url_sync(mode: Mode, live: bool, step: Step) {
    use_effect_with((live, step), move |&(live, step)| {
        if live && mode.owns_url() {
            let moves = location::history_moves();
            task::after_paint(move || {
                if location::history_moves() == moves {
                    location::record(step, Record::Move);
                }
            });
        }
    });
}

/// Keeps the URL carrying the table's order (`?sort=`) where `record` (the widget is live
/// and owns the URL), after the frame that shows it, as `use_url_sync` does for the step;
/// and again after a Back or Forward, which brings back an entry's address from before the
/// order changed, so a reload or a shared link still opens the table as the reader left it.
/// The Back / Forward listener is made once and reads the order on show: a sort, which
/// runs this before its paint, adds and removes no listener.
#[hook]
pub fn use_sort_in_url(record: bool, sort: Option<Sort>) {
    let keep = |sort| task::after_paint(move || location::record_sort(sort));
    let shown = use_mut_ref(|| sort);
    {
        let shown = shown.clone();
        use_effect_with((record, sort), move |&(record, sort)| {
            *shown.borrow_mut() = sort;
            if record {
                keep(sort);
            }
        });
    }
    use_effect_with(record, move |&record| {
        let history = record.then(|| location::on_history_move(move |_| keep(*shown.borrow())));
        move || drop(history)
    });
}
