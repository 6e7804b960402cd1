//! Native rendering of the whole story to hydratable HTML.

use std::rc::Rc;

use futures::executor::block_on;
use yew::{AttrValue, BaseComponent, LocalServerRenderer};

use crate::components::{
    implications_source, reported_figure, EmbedPanel, EmbedPanelProps, ImplicationsTable, ImplicationsTableProps,
    StaticStep, StaticStepProps, ValuationExplorer, ValuationExplorerProps,
};
use crate::model::{
    steps::{Kind, Step},
    story::{BrowserStory, Story},
};
use crate::{App, AppProps, Mode, Prerendered, StoryPart};

/// `story` as the HTML the browser will hydrate, exactly as `App` first renders it.
/// `browser` must be `story.browser()`, in a `static` (props compare parts by address).
pub fn render_story_html(story: &'static Story<'static>, browser: &'static BrowserStory<'static>) -> String {
    assert_eq!(*browser, story.browser(), "the browser's story must be this story's");
    // The adopted steps first, each on its own (renders cannot nest), as plain markup; a
    // step built once live as it stands until then.
    let bodies = Step::ALL.map(|step| match (step.kind(), step) {
        (Kind::Fixed, _) => markup::<StaticStep>(StaticStepProps { story, step }),
        (Kind::BuiltWhenLive, Step::Valuation) => markup::<ValuationExplorer>(ValuationExplorerProps {
            story: StoryPart(browser),
            live: false,
            words_open: false,
        }),
        (Kind::BuiltWhenLive, Step::Implications) => markup::<ImplicationsTable>(ImplicationsTableProps {
            implications: StoryPart(&browser.implications),
            words: StoryPart(&browser.interface),
            live: false,
            start_sort: None,
            owns_url: false,
        }),
        // A new step built once live needs its prerendered form here, or it would stand empty.
        (Kind::BuiltWhenLive, step) => panic!("{step:?} is built once live but has no prerendered form"),
    });
    let part = |part| markup::<Markup>(MarkupProps { part });
    let reported = reported_figure(&story.deal, &story.interface).map(part);
    let table_source = part(implications_source(&story.implications, &story.interface));
    let credit = part(yew::html! { <p class="sx-credit">{ story.credit.text }</p> });
    let embed = markup::<EmbedPanel>(EmbedPanelProps {
        page_url: AttrValue::Static(""),
        step: Step::Deal,
        story: StoryPart(browser),
    });
    let prerendered = Rc::new(Prerendered { bodies, reported, table_source, credit, embed });
    let props = AppProps {
        story: StoryPart(browser),
        mode: Mode::Page,
        start: Step::Deal,
        settings: Default::default(),
        prerendered,
    };
    block_on(LocalServerRenderer::<App>::with_props(props).render())
}

#[derive(yew::Properties, PartialEq)]
struct MarkupProps {
    part: yew::Html,
}

/// Renders a part as it is: the renderer takes components, not markup.
#[yew::function_component]
fn Markup(props: &MarkupProps) -> yew::Html {
    props.part.clone()
}

/// A component's markup, not meant for hydration: the browser adopts it as it stands.
fn markup<C: BaseComponent>(props: C::Properties) -> AttrValue {
    block_on(LocalServerRenderer::<C>::with_props(props).hydratable(false).render()).into()
}
