//! The story: its typed data, its steps and the rules they must satisfy.
//!
//! The app uses this crate twice: as a build dependency, whose `build.rs` parses and
//! validates `assets/story.json` and bakes it into the binary as a `static` (so the wasm
//! carries no JSON parser), and as a normal dependency, for the types of that `static`.
//! That is why the types borrow their text (`Story<'static>` once baked). The `build`
//! feature (on by default; the browser build turns it off) adds parsing, validation and
//! baking.
//!
//! Invariants:
//! - A broken data file fails the build, naming the field and the problem; it never reaches
//!   a reader.
//! - The browser gets a [`BrowserStory`], made by [`Story::browser`]: what it builds and
//!   nothing more. Which steps it builds is decided by [`steps::Kind`].
//!
//! Every word the reader sees is here. A sentence of ours that retells the article is a
//! [`Sourced`]: it cannot be written without the article's sentences it rests on. A record
//! of facts (the deal, a person, a departure, a table row) carries the `source` its fields
//! come from. Labels and the interface's words (`Interface`) need none. A text with live
//! figures in it is a template ("{current} of {total}"), filled by `template::fill`.

use serde::{de, Deserialize, Deserializer};
use std::fmt;

pub mod money;
pub mod steps;
pub mod template;
pub mod valuation;

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Story<'a> {
    #[serde(borrow)]
    pub page: Page<'a>,
    #[serde(borrow)]
    pub title: Sourced<'a>,
    #[serde(borrow)]
    pub dek: Sourced<'a>,
    /// Names the article the story retells, at the widget's end: "the article" in its
    /// words, and every source note, is that one.
    #[serde(borrow)]
    pub credit: Sourced<'a>,
    #[serde(borrow)]
    pub headings: Headings<'a>,
    #[serde(borrow)]
    pub interface: Interface<'a>,
    #[serde(borrow)]
    pub deal: Deal<'a>,
    #[serde(borrow)]
    pub stake: Stake<'a>,
    #[serde(borrow)]
    pub valuation: Valuation<'a>,
    #[serde(borrow)]
    pub leadership: Leadership<'a>,
    #[serde(borrow)]
    pub exodus: Exodus<'a>,
    #[serde(borrow)]
    pub rivals: Rivals<'a>,
    #[serde(borrow)]
    pub implications: Implications<'a>,
    #[serde(borrow)]
    pub bottom_line: BottomLine<'a>,
}

/// A sentence that retells the article, with the article's sentences it rests on
/// (`"source"`: one verbatim quote, or a list of them). Without them it does not parse.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a sentence with the article’s words it rests on: { \"text\": …, \"source\": a verbatim quote or a list of them }"
)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Sourced<'a> {
    pub text: &'a str,
    #[serde(deserialize_with = "quotes")]
    pub source: &'a [&'a str],
}

/// The standalone page's `<head>`, the oEmbed answer and link previews.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Page<'a> {
    /// The page's `lang`, e.g. "en".
    pub language: &'a str,
    #[serde(borrow)]
    pub title: Sourced<'a>,
    #[serde(borrow)]
    pub description: Sourced<'a>,
    /// Who publishes the explainer, for oEmbed's `provider_name` and `og:site_name`.
    pub site_name: &'a str,
    /// The share card's text alternative (`og:image:alt`), with the deal's figures.
    #[serde(borrow)]
    pub image_alt: Sourced<'a>,
}

/// One heading per step of the walkthrough, in the data so an editor can reword them.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Headings<'a> {
    #[serde(borrow)]
    pub deal: Sourced<'a>,
    #[serde(borrow)]
    pub stake: Sourced<'a>,
    #[serde(borrow)]
    pub valuation: Sourced<'a>,
    #[serde(borrow)]
    pub leadership: Sourced<'a>,
    #[serde(borrow)]
    pub exodus: Sourced<'a>,
    #[serde(borrow)]
    pub rivals: Sourced<'a>,
    #[serde(borrow)]
    pub implications: Sourced<'a>,
    #[serde(borrow)]
    pub bottom_line: Sourced<'a>,
}

/// The widget's own words, apart from the story's, so a newsroom can translate them
/// without touching Rust. Which fields are templates, and with which placeholders, is listed in `TEMPLATES`.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Interface<'a> {
    /// Shown instead of the controls when the interactive parts cannot run.
    pub notice: &'a str,
    /// What the step player is, to a screen reader (its `aria-roledescription`).
    pub player: &'a str,
    /// What each step in it is, likewise.
    pub step_kind: &'a str,
    pub steps_label: &'a str,
    /// The row of dots, to a screen reader.
    pub step_picker: &'a str,
    pub previous: &'a str,
    pub next: &'a str,
    pub progress: &'a str,
    /// A step's dot, to a screen reader.
    pub step_label: &'a str,
    /// The button at the end of a step.
    pub next_step: &'a str,
    pub announce_step: &'a str,
    pub announce_all: &'a str,
    pub show_all: &'a str,
    /// The disclosure that holds a fact's article sentences.
    pub source_label: &'a str,
    /// The disclosure under a chart that holds its text alternative.
    pub chart_in_words: &'a str,
    pub embed: &'a str,
    pub embed_label: &'a str,
    pub embed_iframe: &'a str,
    pub embed_mount: &'a str,
    /// The AMP code, and the button AMP shows when the frame needs more room.
    pub embed_amp: &'a str,
    pub amp_more: &'a str,
    /// The share card as a plain image, where no code runs.
    pub embed_image: &'a str,
    /// Which step the codes open on: the one shown.
    pub embed_start: &'a str,
    /// The choice of the theme the codes ask for, and its three answers.
    pub embed_theme: &'a str,
    pub theme_light: &'a str,
    pub theme_dark: &'a str,
    pub theme_auto: &'a str,
    /// The choice of the flush sides (the `flush` setting) for the codes.
    pub embed_flush: &'a str,
    pub copy: &'a str,
    pub copied: &'a str,
    pub copy_by_hand: &'a str,
    /// The valuation's −/+ steppers, to a screen reader.
    pub one_less: &'a str,
    pub one_more: &'a str,
    pub filter_label: &'a str,
    pub article_order: &'a str,
    /// Read after the table's caption, to a screen reader.
    pub sort_hint: &'a str,
    pub sorted: &'a str,
    pub ascending: &'a str,
    pub descending: &'a str,
    pub unsorted: &'a str,
    pub filtered: &'a str,
    pub no_rows: &'a str,
    pub clear_filter: &'a str,
    #[serde(borrow)]
    pub money: Money<'a>,
}

/// How figures are written: "${amount}B" makes "$14.3B". See `money.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Money<'a> {
    pub billions: &'a str,
    pub millions: &'a str,
    pub billions_long: &'a str,
    pub millions_long: &'a str,
    pub percent: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Deal<'a> {
    pub investor: &'a str,
    pub target: &'a str,
    #[serde(borrow)]
    pub investment: Amount<'a>,
    pub stake_percent: u32,
    #[serde(borrow)]
    pub valuation: Amount<'a>,
    /// How far what investment ÷ stake implies may stray from what the valuation allows, in percent.
    pub tolerance_percent: u32,
    pub source: &'a str,
    /// The labels of the headline figures.
    #[serde(borrow)]
    pub labels: DealLabels<'a>,
    #[serde(borrow)]
    pub purpose: Sourced<'a>,
    /// The article's figures in one sentence, shown above our arithmetic in the valuation step.
    #[serde(borrow)]
    pub reported: Sourced<'a>,
    /// Ours, beside `reported`: how our arithmetic uses the article's figures, so that its
    /// result is not read as the article's valuation (which it need not match).
    pub arithmetic_note: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct DealLabels<'a> {
    pub investment: &'a str,
    pub stake: &'a str,
    pub valuation: &'a str,
}

/// A sum of money as the article gives it, e.g. "reportedly over $200 million". Wherever
/// the figure is shown, its qualifier and attribution are shown with it.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Amount<'a> {
    pub usd_millions: u32,
    /// The article's hedge ("nearly", "over"), so the figure is never overstated.
    #[serde(default, borrow)]
    pub qualifier: Option<Qualifier<'a>>,
    /// Who the figure rests on, as the article says it ("reportedly").
    #[serde(default, borrow)]
    pub attribution: Option<&'a str>,
}

/// A hedge on a figure: the word the reader sees, and which way it points.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Qualifier<'a> {
    pub word: &'a str,
    pub means: Means,
}

/// What a hedge says of the true value X of "nearly X", "over X" or "about X".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub enum Means {
    /// "nearly X": at most X, and close to it.
    AtMost,
    /// "over X": more than X, by any amount.
    Above,
    /// "about X": close to X, either way.
    About,
}

impl Amount<'_> {
    /// The values, in millions, that the figure as worded allows, where `near` (a fraction)
    /// is how close counts as close: "nearly X" allows X·(1 − near) to X, "over X" anything
    /// above X, "about X" X·(1 ± near), and a bare X only X.
    pub fn allowed(&self, near: f64) -> (f64, f64) {
        let x = f64::from(self.usd_millions);
        match self.qualifier.map(|qualifier| qualifier.means) {
            None => (x, x),
            Some(Means::AtMost) => (x * (1.0 - near), x),
            Some(Means::Above) => (x, f64::INFINITY),
            Some(Means::About) => (x * (1.0 - near), x * (1.0 + near)),
        }
    }
}

/// The stake step: Meta's share as a grid of 100 squares.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Stake<'a> {
    #[serde(borrow)]
    pub lead: Sourced<'a>,
    pub caption: &'a str,
    pub description: &'a str,
    pub legend_investor: &'a str,
    pub legend_rest: &'a str,
}

/// The valuation step's words for our arithmetic on the reader's stake, always labelled as
/// ours. (The article's figure above it is `Deal::reported`, prerendered.)
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Valuation<'a> {
    /// Our arithmetic at the deal's own stake.
    pub at_deal: &'a str,
    /// Our arithmetic at any other stake the reader tries.
    pub elsewhere: &'a str,
    pub control: &'a str,
    pub reset: &'a str,
    pub chart_paid: &'a str,
    pub chart_implied: &'a str,
    pub chart_deal: &'a str,
    pub caption: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Leadership<'a> {
    #[serde(borrow)]
    pub departing: Person<'a>,
    #[serde(borrow)]
    pub interim: Person<'a>,
    /// The article's words that lead into the quote: what it answered.
    #[serde(borrow)]
    pub response: Sourced<'a>,
    #[serde(borrow)]
    pub quote: Quote<'a>,
    /// What the interim CEO told clients besides the quote.
    #[serde(borrow)]
    pub assurance: Sourced<'a>,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Person<'a> {
    pub name: &'a str,
    pub role: &'a str,
    pub detail: &'a str,
    pub source: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Quote<'a> {
    pub text: &'a str,
    pub speaker: &'a str,
    pub role: &'a str,
    pub source: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Exodus<'a> {
    #[serde(borrow)]
    pub summary: Sourced<'a>,
    #[serde(borrow)]
    pub kinds: Kinds<'a>,
    /// Says what a departure spent, in the exodus picture: "Spent: {amount}".
    pub spent: &'a str,
    #[serde(deserialize_with = "leak_list")]
    pub departures: &'a [Departure<'a>],
    #[serde(borrow)]
    pub takeaway: Sourced<'a>,
}

/// The label of each kind of party.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Kinds<'a> {
    /// In the article's words: Google, OpenAI and xAI were "previously major clients".
    #[serde(borrow)]
    pub client: Sourced<'a>,
    #[serde(borrow)]
    pub investor: Sourced<'a>,
}

impl<'a> Kinds<'a> {
    pub fn label(&self, kind: PartyKind) -> &'a str {
        match kind {
            PartyKind::Client => self.client.text,
            PartyKind::Investor => self.investor.text,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Departure<'a> {
    pub party: &'a str,
    pub kind: PartyKind,
    /// What it did, in a few words: its line in the exodus picture (`chart-exodus.png`).
    #[serde(borrow)]
    pub did: Sourced<'a>,
    /// The article's reason or context, in a sentence: the list's line.
    #[serde(borrow)]
    pub detail: Sourced<'a>,
    /// `None` where the article gives no figure: the exodus picture says nothing of spending
    /// rather than invent one. (On the page, `detail` says it in the article's words.)
    #[serde(default, borrow)]
    pub spent: Option<Amount<'a>>,
    /// The sentence the party, its kind and its figure come from.
    pub source: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub enum PartyKind {
    Client,
    Investor,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Rivals<'a> {
    #[serde(borrow)]
    pub lead: Sourced<'a>,
    #[serde(deserialize_with = "leak_list")]
    pub names: &'a [&'a str],
    pub names_source: &'a str,
    #[serde(borrow)]
    pub caption: Sourced<'a>,
    #[serde(borrow)]
    pub summary: Sourced<'a>,
    #[serde(borrow)]
    pub takeaway: Sourced<'a>,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Implications<'a> {
    #[serde(borrow)]
    pub caption: Sourced<'a>,
    #[serde(borrow)]
    pub columns: Columns<'a>,
    #[serde(deserialize_with = "leak_list")]
    pub rows: &'a [Implication<'a>],
}

/// The table's column headers, as the article's table has them.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Columns<'a> {
    pub aspect: &'a str,
    pub impact: &'a str,
    pub concern: &'a str,
    pub source: &'a str,
}

/// One row of the article's "Key Implications at a Glance" table.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Implication<'a> {
    pub aspect: &'a str,
    pub impact: &'a str,
    pub concern: &'a str,
    pub source: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct BottomLine<'a> {
    #[serde(borrow)]
    pub summary: Sourced<'a>,
    /// What weighs against the summary's "independent".
    #[serde(borrow)]
    pub counterweight: Sourced<'a>,
    /// What leads to the verdict: "the broader industry's reaction makes one thing clear:".
    #[serde(borrow)]
    pub reaction: Sourced<'a>,
    #[serde(borrow)]
    pub verdict: Sourced<'a>,
    #[serde(borrow)]
    pub outlook: Sourced<'a>,
}

/// Lists are deserialized once, natively, and live for the whole program, so
/// leaking them is what gives them the `'static` lifetime the baked data has.
fn leak_list<'de, 'a, D, T>(deserializer: D) -> Result<&'a [T], D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + 'a,
{
    Vec::<T>::deserialize(deserializer).map(|list| &*Box::leak(list.into_boxed_slice()))
}

/// A `source`: one quote, or a non-empty list of them (leaked, like `leak_list`).
fn quotes<'de: 'a, 'a, D: Deserializer<'de>>(deserializer: D) -> Result<&'a [&'a str], D::Error> {
    struct Quotes;
    impl<'de> de::Visitor<'de> for Quotes {
        type Value = Vec<&'de str>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a verbatim quote of the article, or a list of them")
        }

        fn visit_borrowed_str<E: de::Error>(self, quote: &'de str) -> Result<Self::Value, E> {
            Ok(vec![quote])
        }

        fn visit_seq<A: de::SeqAccess<'de>>(self, mut items: A) -> Result<Self::Value, A::Error> {
            let mut quotes = Vec::new();
            while let Some(quote) = items.next_element::<&'de str>()? {
                quotes.push(quote);
            }
            Ok(quotes)
        }
    }
    let quotes = deserializer.deserialize_any(Quotes)?;
    if quotes.is_empty() {
        return Err(de::Error::custom("must quote at least one sentence of the article"));
    }
    Ok(Box::leak(quotes.into_boxed_slice()))
}

/// A problem with the story data, naming the field as a path (`deal.stake_percent`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryError {
    pub field: String,
    pub problem: String,
}

impl StoryError {
    fn new(field: impl Into<String>, problem: impl Into<String>) -> Self {
        Self { field: field.into(), problem: problem.into() }
    }
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

impl std::error::Error for StoryError {}

/// Parses and validates story JSON against the article it quotes.
///
/// Every string must be non-empty; every field named `source` or `*_source` must be a
/// verbatim quote of `article`, so no fact reaches the page without the sentence it comes
/// from; and every template must use exactly its placeholders (`TEMPLATES`).
#[cfg(feature = "build")]
pub fn parse(json: &str, article: &str) -> Result<Story<'static>, StoryError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| StoryError::new("(file)", format!("not valid JSON: {e}")))?;
    check_strings(&value, "", article)?;
    // Borrowing strings from a leaked `Value` (escapes already decoded) is what
    // lets serde fill `&'a str` fields.
    let value: &'static serde_json::Value = Box::leak(Box::new(value));
    let story: Story<'static> = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        StoryError::new(if path == "." { "(root)".to_owned() } else { path }, e.into_inner().to_string())
    })?;
    story.validate()?;
    Ok(story)
}

/// The fields that are templates, by path, with the placeholders each must use (and may
/// only use). Every other text must use none.
#[cfg(feature = "build")]
pub const TEMPLATES: &[(&str, &[&str])] = &[
    ("page.image_alt.text", &["investor", "investment", "stake", "target", "valuation"]),
    ("interface.progress", &["current", "total"]),
    ("interface.step_label", &["number", "heading"]),
    ("interface.next_step", &["heading"]),
    ("interface.embed_start", &["number", "heading"]),
    ("interface.announce_step", &["current", "total", "heading"]),
    ("interface.announce_all", &["total"]),
    ("interface.sorted", &["column", "direction"]),
    ("interface.filtered", &["shown", "total"]),
    ("interface.no_rows", &["filter"]),
    ("interface.money.billions", &["amount"]),
    ("interface.money.millions", &["amount"]),
    ("interface.money.billions_long", &["amount"]),
    ("interface.money.millions_long", &["amount"]),
    ("interface.money.percent", &["amount"]),
    ("deal.labels.investment", &["investor"]),
    ("deal.labels.stake", &[]),
    ("deal.labels.valuation", &["target"]),
    ("stake.lead.text", &["investor", "investment", "stake", "target"]),
    ("stake.caption", &["target"]),
    ("stake.description", &["target", "stake", "investor"]),
    ("stake.legend_investor", &["investor", "stake"]),
    ("deal.reported.text", &["investment", "stake", "target", "valuation"]),
    ("deal.arithmetic_note", &["investment", "stake"]),
    ("valuation.at_deal", &["stake", "investment", "implied"]),
    ("valuation.elsewhere", &["stake", "investment", "implied"]),
    ("valuation.control", &["investment"]),
    ("valuation.reset", &["stake"]),
    ("valuation.chart_paid", &["investment"]),
    ("valuation.chart_implied", &["implied"]),
    ("valuation.chart_deal", &["stake", "implied"]),
    ("valuation.caption", &["stake"]),
    ("exodus.spent", &["amount"]),
];

#[cfg(feature = "build")]
fn check_strings(value: &serde_json::Value, path: &str, article: &str) -> Result<(), StoryError> {
    use serde_json::Value;
    match value {
        Value::String(text) if text.trim().is_empty() => Err(StoryError::new(path, "must not be empty")),
        Value::String(text) if is_source_field(path) => match article.contains(text.as_str()) {
            true => Ok(()),
            false => Err(StoryError::new(
                path,
                format!("is not a verbatim quote of the article (check quotes and apostrophes): {text:?}"),
            )),
        },
        Value::String(text) => {
            let expected = TEMPLATES.iter().find(|(field, _)| *field == path).map_or(&[][..], |(_, names)| *names);
            template::check(text, expected).map_err(|problem| StoryError::new(path, problem))
        }
        Value::Array(items) => {
            items.iter().enumerate().try_for_each(|(i, item)| check_strings(item, &format!("{path}[{i}]"), article))
        }
        Value::Object(fields) => fields.iter().try_for_each(|(key, item)| {
            let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            check_strings(item, &child, article)
        }),
        _ => Ok(()),
    }
}

/// `source`, `*_source`, or an item of a `source` list.
#[cfg(feature = "build")]
fn is_source_field(path: &str) -> bool {
    let key = path.rsplit('.').next().unwrap_or(path);
    let key = key.split('[').next().unwrap_or(key);
    key == "source" || key.ends_with("_source")
}

/// The part of the story the browser builds, and nothing more: the wasm carries this, never
/// a [`Story`]. What a [`Kind::Fixed`](steps::Kind::Fixed) step shows is prerendered and
/// adopted in the browser, so it has no field here, and browser code that tried to show it
/// would not compile. Neither have the sources of the texts shown here without them (but
/// the table's rows: they keep theirs, as the full story's own slice, never shown here; the
/// table's source note is prerendered).
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct BrowserStory<'a> {
    /// The header: the title and the dek.
    pub title: &'a str,
    pub dek: &'a str,
    /// Every step's heading, in reading order (`Step::heading`): the controls name them.
    pub headings: [&'a str; steps::Step::ALL.len()],
    pub interface: Interface<'a>,
    /// The valuation step's arithmetic and the share card's words.
    pub deal: Figures<'a>,
    pub valuation: Valuation<'a>,
    pub implications: Implications<'a>,
    /// The share card's words, for the Embed panel's image code.
    pub image_alt: &'a str,
}

/// The deal's figures, without the words of the step that shows them all.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "build", derive(databake::Bake), databake(path = scale_story))]
pub struct Figures<'a> {
    pub investor: &'a str,
    pub target: &'a str,
    pub investment: Amount<'a>,
    pub stake_percent: u32,
    pub valuation: Amount<'a>,
}

impl<'a> Story<'a> {
    /// What the browser builds of the story: see [`BrowserStory`].
    pub fn browser(&self) -> BrowserStory<'a> {
        let Deal { investor, target, investment, stake_percent, valuation, .. } = self.deal;
        BrowserStory {
            title: self.title.text,
            dek: self.dek.text,
            headings: steps::Step::ALL.map(|step| step.heading_in(&self.headings).text),
            interface: self.interface,
            deal: Figures { investor, target, investment, stake_percent, valuation },
            valuation: self.valuation,
            implications: self.implications,
            image_alt: self.page.image_alt.text,
        }
    }
}

impl Story<'_> {
    /// The rules serde's types cannot express: ranges, arithmetic and uniqueness.
    pub fn validate(&self) -> Result<(), StoryError> {
        let deal = &self.deal;
        if !(1..=100).contains(&deal.stake_percent) {
            return Err(StoryError::new(
                "deal.stake_percent",
                format!("must be between 1 and 100, got {}", deal.stake_percent),
            ));
        }
        for (field, amount) in
            [("deal.investment.usd_millions", &deal.investment), ("deal.valuation.usd_millions", &deal.valuation)]
        {
            if amount.usd_millions == 0 {
                return Err(StoryError::new(field, "must be greater than 0"));
            }
        }
        if deal.tolerance_percent > 10 {
            return Err(StoryError::new(
                "deal.tolerance_percent",
                format!("must be at most 10, got {}", deal.tolerance_percent),
            ));
        }
        // What investment ÷ stake implies is our arithmetic on rounded figures, so it is
        // only known to within the tolerance; the stated valuation's hedge says which way
        // the true value may lie. The two must be able to agree.
        let implied =
            valuation::implied_valuation(f64::from(deal.investment.usd_millions), f64::from(deal.stake_percent));
        let tolerance = f64::from(deal.tolerance_percent) / 100.0;
        let (low, high) = deal.valuation.allowed(tolerance);
        if implied * (1.0 + tolerance) < low || implied * (1.0 - tolerance) > high {
            return Err(StoryError::new(
                "deal.valuation.usd_millions",
                format!(
                    "investment ÷ stake implies {implied:.0} million, give or take {}%, but the stated valuation means {}",
                    deal.tolerance_percent,
                    meaning(&deal.valuation, deal.tolerance_percent),
                ),
            ));
        }
        if self.exodus.departures.is_empty() {
            return Err(StoryError::new("exodus.departures", "must list at least one departure"));
        }
        for (i, departure) in self.exodus.departures.iter().enumerate() {
            if departure.spent.as_ref().is_some_and(|spent| spent.usd_millions == 0) {
                return Err(StoryError::new(
                    format!("exodus.departures[{i}].spent.usd_millions"),
                    "must be greater than 0, or leave `spent` null when the article gives no figure",
                ));
            }
        }
        require_unique("rivals.names", self.rivals.names.iter().copied())?;
        require_unique("implications.rows", self.implications.rows.iter().map(|row| row.aspect))?;
        Ok(())
    }
}

/// What a stated figure allows, in words, for an error message.
fn meaning(amount: &Amount, tolerance_percent: u32) -> String {
    let x = amount.usd_millions;
    match amount.qualifier {
        None => format!("exactly {x} million"),
        Some(Qualifier { word, means: Means::AtMost }) => {
            format!("“{word} {x} million”: at most {x} million, and within {tolerance_percent}% of it")
        }
        Some(Qualifier { word, means: Means::Above }) => format!("“{word} {x} million”: more than {x} million"),
        Some(Qualifier { word, means: Means::About }) => {
            format!("“{word} {x} million”: within {tolerance_percent}% of {x} million")
        }
    }
}

fn require_unique<'a>(field: &str, items: impl Iterator<Item = &'a str>) -> Result<(), StoryError> {
    let mut seen = Vec::new();
    for (i, item) in items.enumerate() {
        if seen.contains(&item) {
            return Err(StoryError::new(format!("{field}[{i}]"), format!("{item:?} appears twice")));
        }
        seen.push(item);
    }
    if seen.is_empty() {
        return Err(StoryError::new(field, "must not be empty"));
    }
    Ok(())
}

// `parse` is native-only, and so are its tests.
#[cfg(all(test, feature = "build"))]
mod tests {
    use super::*;

    const JSON: &str = include_str!("../../assets/story.json");
    const ARTICLE: &str = include_str!("../../assets/article.txt");

    /// The shipped data with one edit, parsed: what an editor's typo would produce.
    fn parse_edited(from: &str, to: &str) -> Result<Story<'static>, StoryError> {
        assert!(JSON.contains(from), "the fixture edit {from:?} no longer applies");
        parse(&JSON.replacen(from, to, 1), ARTICLE)
    }

    fn error_of(from: &str, to: &str) -> StoryError {
        parse_edited(from, to).expect_err("the edit must be rejected")
    }

    #[test]
    fn the_story_covers_the_article() {
        let story = parse(JSON, ARTICLE).unwrap();
        assert_eq!(story.deal.investment.usd_millions, 14_300);
        assert_eq!(story.deal.stake_percent, 49);
        assert_eq!(story.deal.valuation.qualifier, Some(Qualifier { word: "nearly", means: Means::AtMost }));
        let google = story.exodus.departures[0].spent.unwrap();
        assert_eq!((google.qualifier.map(|q| q.means), google.attribution), (Some(Means::Above), Some("reportedly")));
        assert_eq!(story.leadership.departing.name, "Alexandr Wang");
        assert_eq!(story.leadership.interim.name, "Jason Droege");
        let parties: Vec<_> = story.exodus.departures.iter().map(|d| d.party).collect();
        assert_eq!(parties, ["Google", "OpenAI", "xAI", "An institutional investor"]);
        assert_eq!(story.exodus.departures[0].spent.as_ref().map(|s| s.usd_millions), Some(200));
        assert_eq!(story.rivals.names, ["Labelbox", "Handshake", "Mercor", "Appen", "Turing"]);
        let aspects: Vec<_> = story.implications.rows.iter().map(|r| r.aspect).collect();
        assert_eq!(aspects, ["Funding", "Leadership", "Client Loyalty", "Market Standing", "Competitor Gain"]);
        assert_eq!(story.bottom_line.verdict.text, "Data trust is everything.");
    }

    #[test]
    fn a_stake_out_of_range_names_the_field() {
        let error = error_of("\"stake_percent\": 49", "\"stake_percent\": 149");
        assert_eq!(error.field, "deal.stake_percent");
        assert!(error.problem.contains("between 1 and 100"), "{error}");
        assert_eq!(error_of("\"stake_percent\": 49", "\"stake_percent\": 0").field, "deal.stake_percent");
    }

    #[test]
    fn a_valuation_that_disagrees_with_investment_and_stake_is_rejected() {
        let error = error_of("\"usd_millions\": 29000", "\"usd_millions\": 20000");
        assert_eq!(error.field, "deal.valuation.usd_millions");
        assert!(error.problem.starts_with("investment ÷ stake implies 29184 million, give or take 2%"), "{error}");
    }

    /// The shipped data with the valuation restated as `usd_millions`, hedged by `means`.
    fn with_valuation(usd_millions: u32, means: &str) -> Result<Story<'static>, StoryError> {
        let from = "\"usd_millions\": 29000,\n      \"qualifier\": {\n        \"word\": \"nearly\",\n        \"means\": \"at_most\"";
        let to = format!(
            "\"usd_millions\": {usd_millions},\n      \"qualifier\": {{\n        \"word\": \"x\",\n        \"means\": \"{means}\""
        );
        parse_edited(from, &to)
    }

    #[test]
    fn nearly_x_allows_at_most_x_and_over_x_more_than_x() {
        // $14.3B for 49% implies $29.18B, give or take 2%: $28.60B to $29.77B.
        assert!(with_valuation(29_000, "at_most").is_ok(), "nearly $29B: within the tolerance of $29.18B");
        assert!(with_valuation(29_000, "above").is_ok(), "over $29B");
        assert!(with_valuation(30_000, "at_most").is_ok(), "nearly $30B: at most $30B, and near it");
        assert!(with_valuation(28_500, "above").is_ok(), "over $28.5B");
        assert!(with_valuation(28_500, "about").is_ok(), "about $28.5B: within 2% either way");

        let error = with_valuation(28_500, "at_most").expect_err("nearly $28.5B: the arithmetic is above it");
        assert_eq!(error.field, "deal.valuation.usd_millions");
        assert!(error.problem.contains("“x 28500 million”: at most 28500 million"), "{error}");
        let error = with_valuation(30_000, "above").expect_err("over $30B: the arithmetic is below it");
        assert!(error.problem.contains("implies 29184 million"), "the check says implied, not actual: {error}");
        assert!(error.problem.contains("more than 30000 million"), "{error}");
        let error = with_valuation(31_000, "about").expect_err("about $31B: too far from $29.18B");
        assert!(error.problem.contains("within 2% of 31000 million"), "{error}");
    }

    #[test]
    fn the_allowed_values_follow_the_hedge() {
        let amount = |qualifier| Amount { usd_millions: 100, qualifier, attribution: None };
        let hedge = |means| Some(Qualifier { word: "w", means });
        assert_eq!(amount(None).allowed(0.02), (100.0, 100.0));
        assert_eq!(amount(hedge(Means::AtMost)).allowed(0.02), (98.0, 100.0));
        assert_eq!(amount(hedge(Means::Above)).allowed(0.02), (100.0, f64::INFINITY));
        assert_eq!(amount(hedge(Means::About)).allowed(0.02), (98.0, 102.0));
    }

    #[test]
    fn a_hedge_needs_a_direction_and_a_known_one() {
        let error = error_of("\"means\": \"at_most\"", "\"means\": \"below-ish\"");
        assert_eq!(error.field, "deal.valuation.qualifier.means");
        assert!(error.problem.contains("at_most"), "the known directions are listed: {error}");
        let error = error_of(",\n        \"means\": \"at_most\"", "");
        assert_eq!(error.field, "deal.valuation.qualifier");
        assert!(error.problem.contains("missing field `means`"), "{error}");
    }

    #[test]
    fn a_wrong_type_names_the_field() {
        let error = error_of("\"stake_percent\": 49", "\"stake_percent\": \"49%\"");
        assert_eq!(error.field, "deal.stake_percent");
    }

    #[test]
    fn a_missing_table_cell_names_the_row() {
        let error = error_of("\"concern\": \"Major clients pulling out\",", "");
        assert_eq!(error.field, "implications.rows[2]");
        assert!(error.problem.contains("missing field `concern`"), "{error}");
    }

    #[test]
    fn an_empty_name_is_rejected() {
        let error = error_of("\"name\": \"Jason Droege\"", "\"name\": \"  \"");
        assert_eq!(error.field, "leadership.interim.name");
        assert_eq!(error.problem, "must not be empty");
    }

    #[test]
    fn a_misspelt_field_is_rejected_rather_than_ignored() {
        let error = error_of("\"tolerance_percent\"", "\"tolerence_percent\"");
        assert_eq!(error.field, "deal.tolerence_percent");
        assert!(error.problem.contains("tolerence_percent"), "{error}");
    }

    #[test]
    fn a_source_that_is_not_a_quote_of_the_article_is_rejected() {
        let error = error_of("all previously major clients of Scale—have", "all previously big clients of Scale—have");
        assert_eq!(error.field, "page.description.source[2]", "an item of a source list is checked too");
        assert!(error.problem.contains("verbatim"), "{error}");
    }

    #[test]
    fn a_zero_spend_must_be_written_as_unknown() {
        let error = error_of("\"usd_millions\": 200", "\"usd_millions\": 0");
        assert_eq!(error.field, "exodus.departures[0].spent.usd_millions");
    }

    #[test]
    fn a_repeated_rival_or_aspect_is_rejected() {
        assert_eq!(error_of("\"Turing\"", "\"Appen\"").field, "rivals.names[4]");
        assert_eq!(error_of("\"aspect\": \"Leadership\"", "\"aspect\": \"Funding\"").field, "implications.rows[1]");
    }

    #[test]
    fn text_that_is_not_json_says_so() {
        let error = parse("{ not json", ARTICLE).unwrap_err();
        assert_eq!(error.field, "(file)");
        assert!(error.problem.starts_with("not valid JSON"), "{error}");
    }

    #[test]
    fn escaped_text_is_decoded_before_it_is_checked_and_shown() {
        let story =
            parse_edited("\"text\": \"The Meta–Scale AI deal\"", "\"text\": \"The \\\"Meta\\\" deal \\u2013 <b>\"")
                .unwrap();
        assert_eq!(story.title.text, "The \"Meta\" deal – <b>");
    }

    #[test]
    fn a_paraphrase_without_its_source_is_rejected_and_named() {
        let heading = "\"valuation\": {\n      \"text\": \"How the deal values Scale AI\",\n      \"source\": \"Meta has made a bold move in the AI arms race by investing $14.3 billion for a 49% stake in Scale AI, valuing the startup at nearly $29 billion.\"\n    }";
        let error = error_of(heading, "\"valuation\": { \"text\": \"How the deal values Scale AI\" }");
        assert_eq!(error.field, "headings.valuation");
        assert!(error.problem.contains("missing field `source`"), "{error}");

        let error = error_of(heading, "\"valuation\": \"How the deal values Scale AI\"");
        assert_eq!(error.field, "headings.valuation");
        assert!(error.problem.contains("with the article’s words it rests on"), "{error}");

        let error = error_of(heading, "\"valuation\": { \"text\": \"How the deal values Scale AI\", \"source\": [] }");
        assert_eq!(error.field, "headings.valuation.source");
        assert!(error.problem.contains("at least one sentence"), "{error}");
    }

    #[test]
    fn a_template_with_an_unknown_or_missing_placeholder_names_the_field() {
        let error = error_of("\"{current} of {total}\"", "\"{current} of {totl}\"");
        assert_eq!(error.field, "interface.progress");
        assert!(error.problem.contains("unknown placeholder {totl}: it may use {current}, {total}"), "{error}");

        let error = error_of("\"{current} of {total}\"", "\"{current} of 8\"");
        assert_eq!(error.field, "interface.progress");
        assert!(error.problem.contains("missing placeholder {total}"), "{error}");

        let error = error_of("implies about {implied}.\"", "implies about {implied} ({valuation}).\"");
        assert_eq!(error.field, "valuation.at_deal");
        assert!(error.problem.contains("unknown placeholder {valuation}"), "{error}");

        let error = error_of("\"Previous\"", "\"Previous {current}\"");
        assert_eq!(error.field, "interface.previous");
        assert!(error.problem.contains("takes no placeholders"), "{error}");
    }

    #[test]
    fn every_listed_template_is_a_text_of_the_data() {
        // A renamed field would otherwise lose its placeholder check without a word.
        let value: serde_json::Value = serde_json::from_str(JSON).unwrap();
        for (path, placeholders) in TEMPLATES {
            let text = path.split('.').try_fold(&value, |node, key| node.get(key)).and_then(|node| node.as_str());
            let text = text.unwrap_or_else(|| panic!("{path} is listed as a template but is not a text of the data"));
            assert_eq!(template::check(text, placeholders), Ok(()), "{path}");
        }
    }
}
