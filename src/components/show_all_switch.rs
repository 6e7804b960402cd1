//! The switch between one step at a time and the whole story on one scrolling page.

use yew::prelude::*;

/// A value that becomes `Html` (`{ ShowAllSwitch { .. } }`), not a component: it has no
/// state, and `App` renders it anew whenever it changes.
pub struct ShowAllSwitch {
    pub label: AttrValue,
    pub on: bool,
    /// Unavailable until the widget is live: it would do nothing.
    pub disabled: bool,
    pub ontoggle: Callback<bool>,
}

impl From<ShowAllSwitch> for Html {
    fn from(ShowAllSwitch { label, on, disabled, ontoggle }: ShowAllSwitch) -> Html {
        html! {
            <button
                type="button"
                class="sx-button sx-switch"
                aria-pressed={if on { "true" } else { "false" }}
                {disabled}
                onclick={Callback::from(move |_: MouseEvent| ontoggle.emit(!on))}
            >
                { label }
            </button>
        }
    }
}
