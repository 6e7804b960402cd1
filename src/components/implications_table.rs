//! The article's table of what the deal means, sortable and filterable, following the
//! WAI-ARIA sortable-table pattern. Below about 480 px each row reflows into a card whose
//! values keep their column labels.

use yew::prelude::*;

use super::{source_note, StoryPart};
use crate::model::{
    story::{Implications, Interface},
    table::{visible_rows, Column, Direction, Sort},
    template::fill,
};
use crate::state::{TableNote, MAX_FILTER_CHARS};

#[derive(Properties, PartialEq)]
pub struct ImplicationsTableProps {
    pub implications: StoryPart<Implications<'static>>,
    pub words: StoryPart<Interface<'static>>,
    /// False in the prerendered table, which stands until the code is live: its controls
    /// are disabled, so nothing a reader types or picks before then is lost.
    pub live: bool,
    pub sort: Option<Sort>,
    pub filter: AttrValue,
    pub note: TableNote,
    pub onsort: Callback<Column>,
    pub onunsort: Callback<()>,
    pub onfilter: Callback<String>,
}

#[function_component]
pub fn ImplicationsTable(props: &ImplicationsTableProps) -> Html {
    let ImplicationsTableProps { implications, words, live, sort, filter, note, onsort, onunsort, onfilter } = props;
    let disabled = !live;
    let (rows, columns) = (implications.rows, &implications.columns);
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
    let oninput =
        onfilter.reform(|event: InputEvent| event.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    let clear = onfilter.reform(|_: MouseEvent| String::new());
    let header = |column: Column| {
        let direction = sort.filter(|s| s.column == column).map(|s| s.direction);
        // aria-sort only on the sorted column: the others carry none at all.
        let aria_sort = direction.map(|d| match d {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        });
        // The indicator differs in shape, not only colour.
        let icon = match direction {
            Some(Direction::Ascending) => "▲",
            Some(Direction::Descending) => "▼",
            None => "↕",
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sx-sort" {disabled} onclick={onsort.reform(move |_: MouseEvent| column)}>
                    { column.label(columns) }
                    <span class={classes!("sx-sort-icon", direction.is_some().then_some("is-active"))} aria-hidden="true">{ icon }</span>
                </button>
            </th>
        }
    };
    html! {
        <>
            <div class="sx-table-tools">
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
                        {oninput}
                    />
                </div>
                <button type="button" class="sx-button sx-unsort" {disabled} aria-disabled={sort.is_none().then_some("true")} onclick={onunsort.reform(|_: MouseEvent| ())}>
                    { words.article_order }
                </button>
            </div>
            <p class="sx-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            <table class="sx-table">
                <caption>
                    { implications.caption.text }
                    <span class="sx-visually-hidden">{ words.sort_hint }</span>
                </caption>
                <thead>
                    <tr>{ for Column::ALL.into_iter().map(header) }</tr>
                </thead>
                <tbody>
                    { for shown.iter().map(|&i| {
                        let row = &rows[i];
                        html! {
                            <tr key={row.aspect}>
                                <th scope="row">{ row.aspect }</th>
                                <td><span class="sx-cell-label">{ format!("{}: ", Column::Impact.label(columns)) }</span>{ row.impact }</td>
                                <td><span class="sx-cell-label">{ format!("{}: ", Column::Concern.label(columns)) }</span>{ row.concern }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if shown.is_empty() {
                <p class="sx-no-rows">
                    { fill(words.no_rows, &[("filter", filter)]) }
                    { " " }
                    <button type="button" class="sx-button" onclick={clear}>{ words.clear_filter }</button>
                </p>
            }
            { source_note(words.source_label, &rows.iter().map(|row| row.source).collect::<Vec<_>>()) }
        </>
    }
}
