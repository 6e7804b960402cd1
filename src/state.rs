//! The widget's state and every way it changes: the story's reducer, and the table's own,
//! so that a sort or a filter re-renders the table alone.

use std::rc::Rc;

use yew::{AttrValue, Reducible};

use crate::model::{
    embed::Settings,
    steps::{Kind, Step},
    table::{Column, Sort},
};

/// Longer filter text than this is cut: no row is that long, and it bounds the work.
pub const MAX_FILTER_CHARS: usize = 100;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// How many of the steps built going live (`Kind::BuiltWhenLive`) are built, in the
    /// story's order: `Action::Start` builds one, and each `Action::Build`, a task apiece,
    /// one more, until all are and the widget is `live()`.
    pub built: usize,
    pub step: Step,
    pub show_all: bool,
    /// The table order the URL named when going live began, which the table starts in.
    pub start_sort: Option<Sort>,
    /// Whether the reader had opened the valuation's chart in words before going live
    /// began: the explorer built then opens it again.
    pub words_open: bool,
    pub hide_title: bool,
    /// The standalone page's address without query or fragment, for the embed codes;
    /// empty until going live begins (and when mounted in someone else's page).
    pub page_url: AttrValue,
}

impl State {
    /// Natively the defaults; in the browser, the settings the page script (or `mount.js`)
    /// has already shown in the prerendered markup, so hydration keeps them and nothing
    /// flashes or jumps when the code arrives.
    pub fn new(step: Step, settings: Settings) -> Self {
        Self {
            built: 0,
            step,
            show_all: settings.show_all,
            start_sort: None,
            words_open: false,
            hide_title: settings.hide_title,
            page_url: AttrValue::Static(""),
        }
    }
}

// `live()` is derived from `built`: with no step to build, the first render would be live.
const _: () = assert!(Kind::BUILT_WHEN_LIVE > 0, "going live builds at least one step");

impl State {
    /// False while rendering on the server and hydrating: the first render must be the
    /// prerendered page as the page script showed it before the first paint (the start
    /// step and the embedder's settings), so nothing else from the URL or the browser is in it.
    /// True once going live has built every step it builds (`built`).
    pub fn live(&self) -> bool {
        self.built == Kind::BUILT_WHEN_LIVE
    }

    /// Whether `step` is one built going live, and is built yet.
    pub fn is_built(&self, step: Step) -> bool {
        let mut built_when_live = Step::ALL.iter().filter(|step| step.kind() == Kind::BuiltWhenLive);
        built_when_live.position(|&built| built == step).is_some_and(|order| order < self.built)
    }

    fn build_one(&mut self) {
        self.built = (self.built + 1).min(Kind::BUILT_WHEN_LIVE);
    }
}

#[derive(Debug)]
pub enum Action {
    /// Hydration is done: going live begins, at the table order the URL names, with the
    /// chart in words as the reader left it, and builds the first step it builds.
    Start {
        sort: Option<Sort>,
        page_url: String,
        words_open: bool,
    },
    /// Build the next step going live builds; the last makes the widget live.
    Build,
    /// Show `step`. (Keyboard focus follows a key's move or a step's "Next: …" in the
    /// page script, which knows which of the two the reader used.)
    Go(Step),
    ShowAll(bool),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Start { sort, page_url, words_open } => {
                next.start_sort = sort;
                next.words_open = words_open;
                next.page_url = page_url.into();
                next.build_one();
            }
            Action::Build => next.build_one(),
            Action::Go(step) => next.step = step,
            Action::ShowAll(on) => next.show_all = on,
        }
        kept_if_same(self, next)
    }
}

/// The previous state when an action changed nothing, so nothing re-renders.
fn kept_if_same<T: PartialEq>(previous: Rc<T>, next: T) -> Rc<T> {
    if next == *previous {
        previous
    } else {
        Rc::new(next)
    }
}

/// The implications table's order, filter and last change.
#[derive(Clone, Debug, PartialEq)]
pub struct TableState {
    /// `None` is the article's order.
    pub sort: Option<Sort>,
    pub filter: AttrValue,
    /// What the table's live region reports: its last change.
    pub note: TableNote,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableNote {
    Quiet,
    Sorted,
    Unsorted,
    Filtered,
}

impl TableState {
    pub fn new(sort: Option<Sort>) -> Self {
        Self { sort, filter: AttrValue::Static(""), note: TableNote::Quiet }
    }
}

#[derive(Debug)]
pub enum TableAction {
    /// A header was activated: ascending first, then descending.
    SortBy(Column),
    /// Back to the article's order.
    Unsort,
    /// Cut to [`MAX_FILTER_CHARS`].
    Filter(String),
}

impl Reducible for TableState {
    type Action = TableAction;

    fn reduce(self: Rc<Self>, action: TableAction) -> Rc<Self> {
        let next = match action {
            TableAction::SortBy(column) => Self {
                sort: Some(Sort::after_activating(self.sort, column)),
                note: TableNote::Sorted,
                ..(*self).clone()
            },
            TableAction::Unsort => Self { sort: None, note: TableNote::Unsorted, ..(*self).clone() },
            TableAction::Filter(text) => Self {
                filter: text.chars().take(MAX_FILTER_CHARS).collect::<String>().into(),
                note: TableNote::Filtered,
                ..(*self).clone()
            },
        };
        kept_if_same(self, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: impl IntoIterator<Item = Action>) -> State {
        let start = Rc::new(State::new(Step::Deal, Settings::default()));
        (*actions.into_iter().fold(start, Reducible::reduce)).clone()
    }

    #[test]
    fn going_live_keeps_the_step_shown_since_the_first_paint() {
        let settings = Settings { start: Some(Step::Rivals), ..Settings::default() };
        let shown = Rc::new(State::new(Step::Exodus, settings));
        let start = Action::Start { sort: None, page_url: String::new(), words_open: false };
        let live = (1..Kind::BUILT_WHEN_LIVE).fold(shown.reduce(start), |state, _| state.reduce(Action::Build));
        assert!(live.live());
        assert_eq!(live.step, Step::Exodus, "the step a deep link showed before the code arrived stays");
    }

    #[test]
    fn starts_with_the_settings_and_goes_live_with_the_urls_order() {
        let settings = Settings { start: None, show_all: true, hide_title: true };
        let first = State::new(Step::Deal, settings);
        assert!(!first.live(), "hydration renders the page as the page script showed it");
        assert!(first.show_all && first.hide_title);
        let sort = Some(Sort { column: Column::Concern, direction: crate::model::table::Direction::Descending });
        let state =
            Rc::new(first).reduce(Action::Start { sort, page_url: "https://x.test/a/".into(), words_open: true });
        let state = (1..Kind::BUILT_WHEN_LIVE).fold(state, |state, _| state.reduce(Action::Build));
        assert!(state.live());
        assert_eq!(state.start_sort, sort);
        assert!(state.words_open, "the chart in words the reader opened stays open");
        assert!(state.show_all && state.hide_title, "going live keeps the settings");
        assert_eq!(state.page_url, "https://x.test/a/");
    }

    #[test]
    fn going_live_builds_one_step_at_a_time_in_the_storys_order() {
        let start = Action::Start { sort: None, page_url: String::new(), words_open: false };
        let first = after([start]);
        assert!(first.is_built(Step::Valuation) && !first.is_built(Step::Implications));
        assert!(!first.is_built(Step::Deal), "a fixed step is never built");
        assert!(!first.live(), "live only once every part is built");
        let all = after([
            Action::Start { sort: None, page_url: String::new(), words_open: false },
            Action::Build,
            Action::Build,
        ]);
        assert!(all.is_built(Step::Valuation) && all.is_built(Step::Implications) && all.live());
        assert_eq!(all.built, Kind::BUILT_WHEN_LIVE, "a build too many builds nothing more");
    }

    #[test]
    fn a_move_shows_its_step() {
        assert_eq!(after([Action::Go(Step::Stake)]).step, Step::Stake);
        assert_eq!(after([Action::Go(Step::Stake), Action::Go(Step::Exodus)]).step, Step::Exodus);
    }

    fn table_after(actions: impl IntoIterator<Item = TableAction>) -> TableState {
        (*actions.into_iter().fold(Rc::new(TableState::new(None)), Reducible::reduce)).clone()
    }

    #[test]
    fn headers_sort_and_the_table_says_what_changed() {
        let state = table_after([TableAction::SortBy(Column::Impact), TableAction::SortBy(Column::Impact)]);
        assert_eq!(
            state.sort.map(|s| (s.column, s.direction)),
            Some((Column::Impact, crate::model::table::Direction::Descending))
        );
        assert_eq!(state.note, TableNote::Sorted);
        let state = table_after([TableAction::SortBy(Column::Impact), TableAction::Unsort]);
        assert_eq!((state.sort, state.note), (None, TableNote::Unsorted));
    }

    #[test]
    fn the_filter_is_kept_and_bounded() {
        let state = table_after([TableAction::Filter("clients".into())]);
        assert_eq!((state.filter.as_str(), state.note), ("clients", TableNote::Filtered));
        assert_eq!(table_after([TableAction::Filter("é".repeat(10_000))]).filter.chars().count(), MAX_FILTER_CHARS);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let start = Rc::new(State::new(Step::Deal, Settings::default()));
        let same = Rc::clone(&start).reduce(Action::ShowAll(false));
        assert!(Rc::ptr_eq(&start, &same), "no re-render for a no-op");
        let table = Rc::new(TableState::new(None));
        let same = Rc::clone(&table).reduce(TableAction::Unsort);
        let again = Rc::clone(&same).reduce(TableAction::Unsort);
        assert!(Rc::ptr_eq(&same, &again), "no re-render for a second Article order");
    }
}
