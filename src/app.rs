//! The root component: the title, every step of the story, and the credits.

use yew::prelude::*;

use crate::components::StepSection;
use crate::model::{steps::Step, story::Story};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub story: &'static Story<'static>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let story = props.story;
    // Effects never run in SSR, so the prerendered page is not live; hydration makes it so.
    let live = use_state(|| false);
    {
        let live = live.clone();
        use_effect_with((), move |_| live.set(true));
    }
    html! {
        <article class={classes!("sx", live.then_some("is-live"))} aria-labelledby="sx-title">
            <header class="sx-header">
                <h1 id="sx-title" class="sx-title">{ story.title }</h1>
                <p class="sx-dek">{ story.dek }</p>
            </header>
            { for Step::ALL.into_iter().map(|step| html! { <StepSection key={step.id()} {step} {story} /> }) }
        </article>
    }
}
