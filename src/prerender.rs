//! Native rendering of the whole story to hydratable HTML.

use crate::{model::story::Story, App, AppProps, Mode};

/// `story` as the HTML the browser will hydrate, exactly as `App` first renders it.
pub fn render_story_html(story: &'static Story<'static>) -> String {
    let props = AppProps { story, mode: Mode::Page, settings: Default::default() };
    futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).render())
}
