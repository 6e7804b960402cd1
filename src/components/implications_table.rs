//! The article's table of what the deal means, sortable and filterable, following the
//! WAI-ARIA sortable-table pattern. Below about 480 px each row reflows into a card whose
//! values keep their column labels.
//!
//! The table keeps its own order, filter and last change (`state::TableState`): a sort or a
//! filter re-renders the table alone, not the story around it. Its source note is not
//! part of it: prerendered, it stays when the live table replaces the prerendered one.

use yew::prelude::*;

use super::StoryPart;
use crate::browser::use_sort_in_url;
use crate::model::{
    story::{Implication, Implications, Interface},
    table::{visible_rows, Column, Direction, Sort},
    template::fill,
};
use crate::state::{TableAction, TableNote, TableState, MAX_FILTER_CHARS};

#[derive(Properties, PartialEq)]
pub struct ImplicationsTableProps {
    pub implications: StoryPart<Implications<'static>>,
    pub words: StoryPart<Interface<'static>>,
    /// False in the prerendered table, which stands until the code is live: its controls
    /// are disabled, so nothing a reader types or picks before then is lost.
    pub live: bool,
    /// The order it opens in: the URL's, when the page went live. Later orders are the
    /// reader's, and go into the URL where `owns_url`.
    pub start_sort: Option<Sort>,
    pub owns_url: bool,
}

/// What the table's controls do and its rows, made once: a sort makes no
/// closure and formats no label; it puts the same rows in another order, which Yew still
/// compares with the page's, finding nothing to change but their places.
struct Controls {
    sort: [Callback<MouseEvent>; 3],
    unsort: Callback<MouseEvent>,
    filter: Callback<InputEvent>,
    clear: Callback<MouseEvent>,
    rows: Vec<Html>,
}

impl Controls {
    fn new(dispatcher: UseReducerDispatcher<TableState>, implications: &Implications<'static>) -> Self {
        let (rows, columns) = (implications.rows, &implications.columns);
        let on_click = |action: fn() -> TableAction| {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(action()))
        };
        let sort_by = |column| {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(TableAction::SortBy(column)))
        };
        let filter = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |event: InputEvent| {
                let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                dispatcher.dispatch(TableAction::Filter(text))
            })
        };
        let labels = [Column::Impact, Column::Concern].map(|column| column.label(columns));
        Self {
            sort: Column::ALL.map(sort_by),
            unsort: on_click(|| TableAction::Unsort),
            filter,
            clear: on_click(|| TableAction::Filter(String::new())),
            rows: rows.iter().map(|row| row_html(row, labels)).collect(),
        }
    }
}

/// A row, keyed by its aspect so a sort moves it. Each value carries its column's label,
/// which the stylesheet shows when the rows reflow into cards ("Impact on Scale AI: ").
fn row_html(row: &Implication<'static>, [impact, concern]: [&'static str; 2]) -> Html {
    html! {
        <tr key={row.aspect} role="row">
            <th scope="row" role="rowheader">{ row.aspect }</th>
            <td role="cell" data-label={impact}>{ row.impact }</td>
            <td role="cell" data-label={concern}>{ row.concern }</td>
        </tr>
    }
}

#[function_component]
pub fn ImplicationsTable(props: &ImplicationsTableProps) -> Html {
    let ImplicationsTableProps { implications, words, live, start_sort, owns_url } = *props;
    let state = use_reducer(|| TableState::new(start_sort));
    let (rows, columns) = (implications.rows, &implications.columns);
    let controls = use_memo(implications, {
        let dispatcher = state.dispatcher();
        move |StoryPart(implications)| Controls::new(dispatcher, implications)
    });
    use_sort_in_url(live && owns_url, state.sort);
    let TableState { sort, filter, note } = &*state;
    let disabled = !live;
    let shown = visible_rows(rows, *sort, filter);
    let announcement = match (note, sort) {
        (TableNote::Sorted, Some(sort)) => {
            let direction = match sort.direction {
                Direction::Ascending => words.ascending,
                Direction::Descending => words.descending,
            };
            fill(words.sorted, &[("column", sort.column.label(columns)), ("direction", direction)])
        }
        (TableNote::Unsorted, _) => words.unsorted.to_owned(),
        (TableNote::Filtered, _) => {
            fill(words.filtered, &[("shown", &shown.len().to_string()), ("total", &rows.len().to_string())])
        }
        _ => String::new(),
    };
    let header = |(column, onclick): (Column, &Callback<MouseEvent>)| {
        // aria-sort only on the sorted column: the others carry none at all.
        let aria_sort = sort.filter(|s| s.column == column).map(|s| s.direction.aria_sort());
        html! {
            <th scope="col" role="columnheader" aria-sort={aria_sort}>
                <button type="button" class="sx-sort" {disabled} onclick={onclick.clone()}>
                    { column.label(columns) }
                    // The cue (↕, ▲ or ▼) is the stylesheet's, drawn from the th's aria-sort.
                    <span class="sx-sort-icon" aria-hidden="true"></span>
                </button>
            </th>
        }
    };
    html! {
        <>
            <div class="sx-table-tools sx-interactive">
                <div class="sx-filter">
                    <label for="sx-filter-input">{ words.filter_label }</label>
                    <input
                        id="sx-filter-input"
                        class="sx-filter-input"
                        type="search"
                        autocomplete="off"
                        maxlength={MAX_FILTER_CHARS.to_string()}
                        value={filter.clone()}
                        {disabled}
                        oninput={controls.filter.clone()}
                    />
                </div>
                <button type="button" class="sx-button sx-unsort" {disabled} aria-disabled={sort.is_none().then_some("true")} onclick={controls.unsort.clone()}>
                    { words.article_order }
                </button>
            </div>
            <p class="sx-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            // The roles are the elements' own, written out: as cards (implications_table.css)
            // the table's parts are display: block, and Safari then stops telling a screen
            // reader that it is a table, and which column a value is in.
            <table class="sx-table" role="table">
                <caption>
                    { implications.caption.text }
                    <span class="sx-visually-hidden sx-sort-hint sx-interactive">{ words.sort_hint }</span>
                </caption>
                <thead role="rowgroup">
                    <tr role="row">{ for Column::ALL.into_iter().zip(&controls.sort).map(header) }</tr>
                </thead>
                <tbody role="rowgroup">
                    { for shown.iter().map(|&i| controls.rows[i].clone()) }
                </tbody>
            </table>
            if shown.is_empty() {
                <p class="sx-no-rows">
                    { fill(words.no_rows, &[("filter", filter)]) }
                    { " " }
                    <button type="button" class="sx-button" onclick={controls.clear.clone()}>{ words.clear_filter }</button>
                </p>
            }
        </>
    }
}
