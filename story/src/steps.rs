//! The walkthrough's steps, in reading order, with the fragment ids that deep-link to them,
//! and each step's [`Kind`]: the one place that decides how a step is built.

use crate::{Headings, Sourced};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Deal,
    Stake,
    Valuation,
    Leadership,
    Exodus,
    Rivals,
    Implications,
    BottomLine,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Deal,
        Step::Stake,
        Step::Valuation,
        Step::Leadership,
        Step::Exodus,
        Step::Rivals,
        Step::Implications,
        Step::BottomLine,
    ];

    /// The public fragment id (`#exodus`). These are deep links in the wild: never rename one.
    pub fn id(self) -> &'static str {
        match self {
            Step::Deal => "deal",
            Step::Stake => "stake",
            Step::Valuation => "valuation",
            Step::Leadership => "leadership",
            Step::Exodus => "exodus",
            Step::Rivals => "rivals",
            Step::Implications => "implications",
            Step::BottomLine => "bottom-line",
        }
    }

    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.id() == id)
    }

    /// The step a URL fragment (`#exodus`, with or without `#`) names, if any.
    pub fn from_fragment(fragment: &str) -> Option<Step> {
        Step::from_id(fragment.strip_prefix('#').unwrap_or(fragment))
    }

    /// How the step is built: see [`Kind`].
    pub const fn kind(self) -> Kind {
        match self {
            Step::Valuation | Step::Implications => Kind::BuiltWhenLive,
            Step::Deal | Step::Stake | Step::Leadership | Step::Exodus | Step::Rivals | Step::BottomLine => Kind::Fixed,
        }
    }

    /// The step's heading, from the browser's copy of the headings (`BrowserStory::headings`).
    pub fn heading<'a>(self, headings: &[&'a str; Step::ALL.len()]) -> &'a str {
        headings[self.index()]
    }

    /// The step's heading in the whole story, with its sources.
    pub(crate) fn heading_in<'a>(self, headings: &Headings<'a>) -> Sourced<'a> {
        match self {
            Step::Deal => headings.deal,
            Step::Stake => headings.stake,
            Step::Valuation => headings.valuation,
            Step::Leadership => headings.leadership,
            Step::Exodus => headings.exodus,
            Step::Rivals => headings.rivals,
            Step::Implications => headings.implications,
            Step::BottomLine => headings.bottom_line,
        }
    }

    /// Zero-based position in the walkthrough.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// How a step is built. This decides where its markup comes from (the prerender, the
/// browser, or both) and so what the wasm must carry (`BrowserStory`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Never changes once drawn: rendered only natively, and adopted in the browser as it
    /// stands. Neither its components nor its words are in the wasm.
    Fixed,
    /// Prerendered and adopted until the widget goes live, then built in the browser by
    /// the same component as it goes live, each in a task of its own after the
    /// hydration's: hydrating the table and the valuation with the rest made one task
    /// long enough to block a throttled phone's input, and building both in one task
    /// after it did too. Their controls are disabled until then, and what the reader can
    /// open in them before (the valuation's chart in words) is kept open, and focus on it
    /// let go first, which would otherwise move the page (`browser::use_go_live`); the
    /// parts beside them that never change are adopted on their own and stay. What is
    /// built is new nodes with the same text: a screen reader's virtual cursor inside
    /// them, a selection, or a keyboard's focus does not survive the build.
    BuiltWhenLive,
}

impl Kind {
    /// How many steps are built going live. Each is built in a task of its own, in the
    /// story's order: together they made one task long enough to block a throttled phone.
    pub const BUILT_WHEN_LIVE: usize = {
        let (mut count, mut i) = (0, 0);
        while i < Step::ALL.len() {
            if let Kind::BuiltWhenLive = Step::ALL[i].kind() {
                count += 1;
            }
            i += 1;
        }
        count
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_in_reading_order_with_their_public_ids() {
        let ids: Vec<_> = Step::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(
            ids,
            ["deal", "stake", "valuation", "leadership", "exodus", "rivals", "implications", "bottom-line"]
        );
        for (i, step) in Step::ALL.iter().enumerate() {
            assert_eq!(step.index(), i);
        }
    }

    #[test]
    fn every_id_parses_back_to_its_step_and_unknown_ids_do_not() {
        for step in Step::ALL {
            assert_eq!(Step::from_id(step.id()), Some(step));
        }
        for junk in ["", "Deal", "bottom_line", "<script>", "deal ", "%00"] {
            assert_eq!(Step::from_id(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn fragments_name_steps_with_or_without_the_hash() {
        assert_eq!(Step::from_fragment("#exodus"), Some(Step::Exodus));
        assert_eq!(Step::from_fragment("bottom-line"), Some(Step::BottomLine));
        assert_eq!(Step::from_fragment(""), None);
        assert_eq!(Step::from_fragment("#"), None);
        assert_eq!(Step::from_fragment("##deal"), None);
        assert_eq!(Step::from_fragment(&"x".repeat(10_000)), None);
    }

    #[test]
    fn next_and_previous_stop_at_both_ends() {
        assert_eq!(Step::Deal.previous(), None);
        assert_eq!(Step::Deal.next(), Some(Step::Stake));
        assert_eq!(Step::BottomLine.next(), None);
        assert_eq!(Step::BottomLine.previous(), Some(Step::Implications));
    }
}
