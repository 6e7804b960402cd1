//! The implications table's logic: columns, sorting the way a reader expects, filtering,
//! and the sort's form in the URL (`?sort=concern-desc`).

use std::cmp::Ordering;

use super::story::{Columns, Implication};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Aspect,
    Impact,
    Concern,
}

impl Column {
    pub const ALL: [Column; 3] = [Column::Aspect, Column::Impact, Column::Concern];

    /// The header a reader sees, as the data names it.
    pub fn label<'a>(self, columns: &Columns<'a>) -> &'a str {
        match self {
            Column::Aspect => columns.aspect,
            Column::Impact => columns.impact,
            Column::Concern => columns.concern,
        }
    }

    /// The column's name in the URL.
    pub fn id(self) -> &'static str {
        match self {
            Column::Aspect => "aspect",
            Column::Impact => "impact",
            Column::Concern => "concern",
        }
    }

    pub fn cell<'a>(self, row: &Implication<'a>) -> &'a str {
        match self {
            Column::Aspect => row.aspect,
            Column::Impact => row.impact,
            Column::Concern => row.concern,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::Ascending, Direction::Descending];

    fn id(self) -> &'static str {
        match self {
            Direction::Ascending => "asc",
            Direction::Descending => "desc",
        }
    }

    /// The sorted column's `aria-sort`.
    pub fn aria_sort(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub direction: Direction,
}

impl Sort {
    /// What activating `column`'s header does: ascending first, then it flips.
    pub fn after_activating(current: Option<Sort>, column: Column) -> Sort {
        let direction = match current {
            Some(sort) if sort.column == column && sort.direction == Direction::Ascending => Direction::Descending,
            _ => Direction::Ascending,
        };
        Sort { column, direction }
    }

    /// "concern-desc".
    pub fn to_param(self) -> String {
        format!("{}-{}", self.column.id(), self.direction.id())
    }

    /// The sort a URL names; `None` for anything else, however long or odd.
    pub fn from_param(param: &str) -> Option<Sort> {
        let (column, direction) = param.split_once('-')?;
        let column = Column::ALL.into_iter().find(|c| c.id() == column)?;
        let direction = Direction::ALL.into_iter().find(|d| d.id() == direction)?;
        Some(Sort { column, direction })
    }
}

/// Compares text the way a reader expects: ignoring case, and with runs of digits
/// compared as numbers ("Item 9" before "Item 10").
pub fn compare_text(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (Chunks(a), Chunks(b));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let order = match (x.is_number(), y.is_number()) {
                    (true, true) => compare_digits(x.0, y.0),
                    _ => x.0.chars().flat_map(char::to_lowercase).cmp(y.0.chars().flat_map(char::to_lowercase)),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

/// A maximal run of ASCII digits, or of anything else.
struct Chunk<'a>(&'a str);

impl Chunk<'_> {
    fn is_number(&self) -> bool {
        self.0.starts_with(|c: char| c.is_ascii_digit())
    }
}

struct Chunks<'a>(&'a str);

impl<'a> Iterator for Chunks<'a> {
    type Item = Chunk<'a>;

    fn next(&mut self) -> Option<Chunk<'a>> {
        let first = self.0.chars().next()?;
        let digits = first.is_ascii_digit();
        let end = self.0.find(|c: char| c.is_ascii_digit() != digits).unwrap_or(self.0.len());
        let (chunk, rest) = self.0.split_at(end);
        self.0 = rest;
        Some(Chunk(chunk))
    }
}

/// Digit runs of any length, compared by value without parsing (no overflow).
fn compare_digits(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// The rows to show, as indices into `rows`: those matching `filter`, in `sort` order
/// (the article's order when `None`). Equal keys keep the article's order.
pub fn visible_rows(rows: &[Implication], sort: Option<Sort>, filter: &str) -> Vec<usize> {
    let words = search_words(filter);
    let mut shown: Vec<usize> = (0..rows.len()).filter(|&i| row_matches(&rows[i], &words)).collect();
    if let Some(Sort { column, direction }) = sort {
        let before = |i: usize, j: usize| {
            let order = compare_text(column.cell(&rows[i]), column.cell(&rows[j]));
            match direction {
                Direction::Ascending => order == Ordering::Less,
                Direction::Descending => order == Ordering::Greater,
            }
        };
        // An insertion sort: stable, so ties keep the article's order in both directions,
        // and for a table of a few rows it costs the wasm far less than `sort_by`.
        for end in 1..shown.len() {
            let mut at = end;
            while at > 0 && before(shown[at], shown[at - 1]) {
                shown.swap(at, at - 1);
                at -= 1;
            }
        }
    }
    shown
}

/// Lower-cased words, with curly apostrophes made straight so "Meta's" finds "Meta’s".
fn search_words(filter: &str) -> Vec<String> {
    filter.split_whitespace().map(normalize).collect()
}

fn normalize(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect()
}

/// A row matches when every word appears in one of its cells. With no words, every row
/// matches and no cell is lowered: a sort with an empty filter reads no text.
fn row_matches(row: &Implication, words: &[String]) -> bool {
    words.iter().all(|word| Column::ALL.iter().any(|column| normalize(column.cell(row)).contains(word.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(aspect: &'static str, impact: &'static str, concern: &'static str) -> Implication<'static> {
        Implication { aspect, impact, concern, source: "" }
    }

    /// The article's five rows.
    fn article() -> Vec<Implication<'static>> {
        vec![
            row("Funding", "$14.3B capital for expansion", "Meta’s influence could steer agenda"),
            row("Leadership", "Continuity with Wang on board", "Shift in leadership creates uncertainty"),
            row("Client Loyalty", "Retains some contracts", "Major clients pulling out"),
            row("Market Standing", "High valuation, visibility", "Rising distrust over data use"),
            row("Competitor Gain", "Bigger market spotlight", "Rivals absorb disenchanted clients"),
        ]
    }

    fn aspects(rows: &[Implication<'static>], sort: Option<Sort>, filter: &str) -> Vec<&'static str> {
        visible_rows(rows, sort, filter).into_iter().map(|i| rows[i].aspect).collect()
    }

    fn by(column: Column, direction: Direction) -> Option<Sort> {
        Some(Sort { column, direction })
    }

    #[test]
    fn unsorted_is_the_articles_order() {
        assert_eq!(
            aspects(&article(), None, ""),
            ["Funding", "Leadership", "Client Loyalty", "Market Standing", "Competitor Gain"]
        );
    }

    #[test]
    fn every_column_sorts_both_ways() {
        let rows = article();
        let ascending = [
            (Column::Aspect, ["Client Loyalty", "Competitor Gain", "Funding", "Leadership", "Market Standing"]),
            // "$14.3B…" < "Bigger…" < "Continuity…" < "High…" < "Retains…"
            (Column::Impact, ["Funding", "Competitor Gain", "Leadership", "Market Standing", "Client Loyalty"]),
            // "Major…" < "Meta’s…" < "Rising…" < "Rivals…" < "Shift…"
            (Column::Concern, ["Client Loyalty", "Funding", "Market Standing", "Competitor Gain", "Leadership"]),
        ];
        for (column, expected) in ascending {
            assert_eq!(aspects(&rows, by(column, Direction::Ascending), ""), expected, "{column:?} ascending");
            // No two cells of a column are equal, so descending is exactly the reverse.
            let reversed: Vec<_> = expected.into_iter().rev().collect();
            assert_eq!(aspects(&rows, by(column, Direction::Descending), ""), reversed, "{column:?} descending");
        }
    }

    #[test]
    fn case_is_ignored() {
        assert_eq!(compare_text("apple", "Banana"), Ordering::Less);
        assert_eq!(compare_text("Apple", "apple"), Ordering::Equal);
        assert_eq!(compare_text("Élan", "élan"), Ordering::Equal);
    }

    #[test]
    fn numbers_inside_text_are_ordered_as_numbers() {
        assert_eq!(compare_text("Item 9", "Item 10"), Ordering::Less);
        assert_eq!(compare_text("$200M", "$14300M"), Ordering::Less);
        assert_eq!(compare_text("v2.10", "v2.9"), Ordering::Greater);
        assert_eq!(compare_text("007", "7"), Ordering::Equal);
        assert_eq!(compare_text(&"9".repeat(40), &format!("1{}", "0".repeat(40))), Ordering::Less, "no overflow");
        assert_eq!(compare_text("Item", "Item 2"), Ordering::Less);
    }

    #[test]
    fn equal_keys_keep_the_articles_order_in_both_directions() {
        let rows = vec![row("b", "same", "x"), row("a", "same", "y"), row("c", "SAME", "z")];
        for direction in [Direction::Ascending, Direction::Descending] {
            assert_eq!(aspects(&rows, by(Column::Impact, direction), ""), ["b", "a", "c"], "{direction:?}");
        }
    }

    #[test]
    fn the_filter_keeps_rows_with_every_word_in_any_column() {
        let rows = article();
        assert_eq!(aspects(&rows, None, "clients"), ["Client Loyalty", "Competitor Gain"]);
        assert_eq!(aspects(&rows, None, "CLIENTS rivals"), ["Competitor Gain"]);
        assert_eq!(aspects(&rows, None, "wang"), ["Leadership"]);
        assert_eq!(aspects(&rows, None, "Meta's"), ["Funding"], "a straight apostrophe finds a curly one");
        assert_eq!(aspects(&rows, None, "   "), aspects(&rows, None, ""), "blank is no filter");
        assert!(aspects(&rows, None, "xyzzy").is_empty());
        assert!(aspects(&rows, None, "<script>").is_empty());
    }

    #[test]
    fn filtering_and_sorting_combine() {
        let rows = article();
        assert_eq!(
            aspects(&rows, by(Column::Aspect, Direction::Descending), "clients"),
            ["Competitor Gain", "Client Loyalty"]
        );
    }

    #[test]
    fn a_header_sorts_ascending_then_descending_and_another_header_starts_over() {
        let first = Sort::after_activating(None, Column::Concern);
        assert_eq!(first, Sort { column: Column::Concern, direction: Direction::Ascending });
        let second = Sort::after_activating(Some(first), Column::Concern);
        assert_eq!(second.direction, Direction::Descending);
        assert_eq!(Sort::after_activating(Some(second), Column::Concern).direction, Direction::Ascending);
        assert_eq!(
            Sort::after_activating(Some(second), Column::Aspect),
            Sort { column: Column::Aspect, direction: Direction::Ascending }
        );
    }

    #[test]
    fn sorts_round_trip_through_the_url_and_junk_is_ignored() {
        for column in Column::ALL {
            for direction in [Direction::Ascending, Direction::Descending] {
                let sort = Sort { column, direction };
                assert_eq!(Sort::from_param(&sort.to_param()), Some(sort));
            }
        }
        assert_eq!(Sort { column: Column::Concern, direction: Direction::Descending }.to_param(), "concern-desc");
        for junk in ["", "concern", "concern-", "-asc", "Concern-asc", "concern-up", "concern-asc-x", "%00", "<script>"]
        {
            assert_eq!(Sort::from_param(junk), None, "{junk:?}");
        }
    }
}
