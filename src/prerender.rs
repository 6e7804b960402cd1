//! Native rendering of the whole story to hydratable HTML.

use std::rc::Rc;

use futures::executor::block_on;
use yew::{AttrValue, BaseComponent, Callback, LocalServerRenderer};

use crate::components::{ImplicationsTable, ImplicationsTableProps, StaticStep, StaticStepProps};
use crate::model::{steps::Step, story::Story};
use crate::state::TableNote;
use crate::{App, AppProps, Mode, Prerendered, StoryPart};

/// `story` as the HTML the browser will hydrate, exactly as `App` first renders it.
pub fn render_story_html(story: &'static Story<'static>) -> String {
    // The adopted steps first, each on its own (renders cannot nest), as plain markup: the
    // static steps, and the table as it stands until the widget is live.
    let mut bodies: Vec<(Step, AttrValue)> = Step::ALL
        .into_iter()
        .filter(|&step| Prerendered::is_static(step))
        .map(|step| (step, markup::<StaticStep>(StaticStepProps { story, step })))
        .collect();
    let table = ImplicationsTableProps {
        implications: StoryPart(&story.implications),
        words: StoryPart(&story.interface),
        live: false,
        sort: None,
        filter: AttrValue::Static(""),
        note: TableNote::Quiet,
        onsort: Callback::noop(),
        onunsort: Callback::noop(),
        onfilter: Callback::noop(),
    };
    bodies.push((Step::Implications, markup::<ImplicationsTable>(table)));
    let prerendered = Rc::new(Prerendered { bodies });
    let props = AppProps {
        story: StoryPart(story),
        mode: Mode::Page,
        start: Step::Deal,
        settings: Default::default(),
        prerendered,
    };
    block_on(LocalServerRenderer::<App>::with_props(props).render())
}

/// A component's markup, not meant for hydration: the browser adopts it as it stands.
fn markup<C: BaseComponent>(props: C::Properties) -> AttrValue {
    block_on(LocalServerRenderer::<C>::with_props(props).hydratable(false).render()).into()
}
