//! The widget's state and every way it changes, in one reducer.

use std::rc::Rc;

use yew::Reducible;

use crate::model::{steps::Step, valuation::STAKE_RANGE};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// False while rendering on the server and hydrating: the first render must be
    /// exactly the prerendered page, so nothing from the URL or the browser is in it.
    pub live: bool,
    pub step: Step,
    pub show_all: bool,
    /// The stake the reader is trying in the explorable valuation.
    pub stake_percent: u32,
    /// Bumped when a move should take keyboard focus to the new step's heading.
    pub focus_request: u32,
}

impl State {
    pub fn new(deal_stake_percent: u32) -> Self {
        Self { live: false, step: Step::Deal, show_all: false, stake_percent: deal_stake_percent, focus_request: 0 }
    }
}

#[derive(Debug)]
pub enum Action {
    /// Hydration is done: the page is interactive, at the step the URL names.
    Start(Step),
    /// Show `step`; `focus` also moves keyboard focus to its heading.
    Go {
        step: Step,
        focus: bool,
    },
    ShowAll(bool),
    /// Clamped to [`STAKE_RANGE`].
    SetStake(u32),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Start(step) => {
                next.live = true;
                next.step = step;
            }
            Action::Go { step, focus } => {
                next.step = step;
                if focus {
                    next.focus_request = next.focus_request.wrapping_add(1);
                }
            }
            Action::ShowAll(on) => next.show_all = on,
            Action::SetStake(percent) => next.stake_percent = percent.clamp(*STAKE_RANGE.start(), *STAKE_RANGE.end()),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: impl IntoIterator<Item = Action>) -> State {
        let start = Rc::new(State::new(49));
        (*actions.into_iter().fold(start, Reducible::reduce)).clone()
    }

    #[test]
    fn the_first_render_is_the_prerendered_page() {
        let state = State::new(49);
        assert!(!state.live);
        assert_eq!(state.step, Step::Deal);
        assert_eq!(state.stake_percent, 49);
    }

    #[test]
    fn starting_goes_live_at_the_step_in_the_url() {
        let state = after([Action::Start(Step::Exodus)]);
        assert!(state.live);
        assert_eq!(state.step, Step::Exodus);
    }

    #[test]
    fn only_moves_made_away_from_the_buttons_take_focus() {
        let state = after([Action::Go { step: Step::Stake, focus: false }]);
        assert_eq!((state.step, state.focus_request), (Step::Stake, 0));
        let state =
            after([Action::Go { step: Step::Stake, focus: true }, Action::Go { step: Step::Stake, focus: true }]);
        assert_eq!(state.focus_request, 2, "every keyboard move asks again");
    }

    #[test]
    fn the_stake_is_clamped_to_the_explorable_range() {
        assert_eq!(after([Action::SetStake(0)]).stake_percent, 5);
        assert_eq!(after([Action::SetStake(250)]).stake_percent, 100);
        assert_eq!(after([Action::SetStake(30)]).stake_percent, 30);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let start = Rc::new(State::new(49));
        let same = Rc::clone(&start).reduce(Action::ShowAll(false));
        assert!(Rc::ptr_eq(&start, &same), "no re-render for a no-op");
    }
}
