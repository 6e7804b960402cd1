//! Native rendering of the whole story to hydratable HTML.

use std::rc::Rc;

use futures::executor::block_on;
use yew::LocalServerRenderer;

use crate::components::{StaticStep, StaticStepProps};
use crate::model::{steps::Step, story::Story};
use crate::{App, AppProps, Mode, Prerendered, StoryPart};

/// `story` as the HTML the browser will hydrate, exactly as `App` first renders it.
pub fn render_story_html(story: &'static Story<'static>) -> String {
    // The static steps first, each on its own (renders cannot nest), as plain markup.
    let bodies = Step::ALL
        .into_iter()
        .filter(|&step| Prerendered::covers(step))
        .map(|step| {
            let html = LocalServerRenderer::<StaticStep>::with_props(StaticStepProps { story, step }).hydratable(false);
            (step, block_on(html.render()).into())
        })
        .collect();
    let prerendered = Rc::new(Prerendered { bodies });
    let props = AppProps { story: StoryPart(story), mode: Mode::Page, settings: Default::default(), prerendered };
    block_on(LocalServerRenderer::<App>::with_props(props).render())
}
