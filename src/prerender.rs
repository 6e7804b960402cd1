//! Native rendering of the whole story to hydratable HTML.

use crate::{model::STORY, App, AppProps, Mode};

/// The story as the HTML the browser will hydrate, exactly as `App` renders it.
pub fn render_story_html() -> String {
    let renderer = yew::LocalServerRenderer::<App>::with_props(AppProps {
        story: &STORY,
        mode: Mode::Page,
        settings: Default::default(),
    });
    futures::executor::block_on(renderer.render())
}
