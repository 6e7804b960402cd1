//! The switch between one step at a time and the whole story on one scrolling page.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShowAllSwitchProps {
    pub label: AttrValue,
    pub on: bool,
    /// Unavailable until the widget is live: it would do nothing.
    pub disabled: bool,
    pub ontoggle: Callback<bool>,
}

#[function_component]
pub fn ShowAllSwitch(props: &ShowAllSwitchProps) -> Html {
    let on = props.on;
    let ontoggle = props.ontoggle.clone();
    html! {
        <button
            type="button"
            class="sx-button sx-switch"
            aria-pressed={if on { "true" } else { "false" }}
            disabled={props.disabled}
            onclick={Callback::from(move |_: MouseEvent| ontoggle.emit(!on))}
        >
            { props.label.clone() }
        </button>
    }
}
