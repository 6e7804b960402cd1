//! The browser edge that starts the widget: it hydrates the prerendered story on its own
//! page, and in every `<div data-scale-explainer>` of a host page, where `mount.js` has
//! already put the prerendered story into a shadow root.
//! If the Rust code ever panics, the panic is logged and every widget falls back to the
//! static story (`sx-broken`): the interactive parts are dead, but nothing is lost. The
//! page script sees the mark and keeps the reader's step on screen and focus on it
//! (`unrollOnPanic`, `prerender/js/fall_back.js`).

use wasm_bindgen::JsCast;

use super::{location, task, Mode};
use crate::components::{Dots, StepNav};
use crate::model::{embed::Settings, query, steps::Step, BROWSER_STORY};
use crate::{App, AppProps, StoryPart, ROOT_ID};

/// The attribute that marks a mount point; every other `data-` attribute is a setting.
const MOUNT_MARKER: &str = "data-scale-explainer";
/// The element `mount.js` puts the prerendered story in, inside the mount point's shadow root.
const MOUNTED_ROOT: &str = ".sx-root";

/// The class that turns a widget back into the whole static story, with a short notice.
const BROKEN: &str = "sx-broken";

pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        // An Error object, so the console shows the message with the stack that led there.
        web_sys::console::error_1(&js_sys::Error::new(&info.to_string()));
        mark_every_widget(BROKEN);
    }));
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let mut found = false;
    let mut to_hydrate = Vec::new();
    if let Some(root) = document.get_element_by_id(ROOT_ID) {
        found = true;
        if !fell_back(&root) {
            let search = web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default();
            let settings = settings_from(query::pairs(&search));
            // The same rule as the page script's: the fragment wins over `?step=`.
            let start = location::step_in_url().or(settings.start).unwrap_or(Step::Deal);
            let props = AppProps { story: StoryPart(&BROWSER_STORY), mode: Mode::Page, start, settings };
            to_hydrate.push((root, props));
        }
    }
    if let Ok(mount_points) = document.query_selector_all(&format!("[{MOUNT_MARKER}]")) {
        for node in (0..mount_points.length()).filter_map(|i| mount_points.item(i)) {
            if let Ok(element) = node.dyn_into::<web_sys::Element>() {
                found |= mount(&element, &mut to_hydrate).is_some();
            }
        }
    }
    if !found {
        web_sys::console::error_1(
            &format!("scale-explainer: no #{ROOT_ID} or [{MOUNT_MARKER}] element to start in").into(),
        );
    }
    if !to_hydrate.is_empty() {
        task::later(move || warm_up(&document));
    }
    for (root, props) in to_hydrate {
        hydrate_later(root, props);
    }
}

/// Adds the story `mount.js` put in `host`'s shadow root, where the article's CSS cannot
/// reach it and its CSS cannot leak out, to what `start` hydrates. `None` when there is no
/// story there.
fn mount(host: &web_sys::Element, to_hydrate: &mut Vec<(web_sys::Element, AppProps)>) -> Option<()> {
    let root = host.shadow_root()?.query_selector(MOUNTED_ROOT).ok()??;
    if fell_back(&root) {
        return Some(());
    }
    let attributes: Vec<(String, String)> = host
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .filter(|name| name != MOUNT_MARKER)
        .filter_map(|name| Some((name.strip_prefix("data-")?.to_owned(), host.get_attribute(&name)?)))
        .collect();
    let settings = settings_from(attributes.iter().map(|(name, value)| (name.as_str(), value.as_str())));
    let start = settings.start.unwrap_or(Step::Deal);
    let props = AppProps { story: StoryPart(&BROWSER_STORY), mode: Mode::Mounted, start, settings };
    to_hydrate.push((root, props));
    Some(())
}

/// Renders the step controls once into an element that is never on the page, in a task
/// of its own before the first hydration's, and destroys them in a later one. The browser
/// compiles each wasm function on its first call, on the main thread, and most of what a
/// hydration runs is Yew's (its scheduler and the maps it queues renders in, hooks,
/// building elements and their listeners), which this calls first: the compiling is split
/// between two tasks (README, Performance). The step controls, because the hydration
/// renders them too, and they have no effects: nothing here reaches the page, the URL or
/// the host. (Yew keeps a root's event listeners for the page's life, so this root's stay,
/// once. Its scheduler yields once it has run 16 ms with no render pending, to a task
/// queued behind the hydrations', and then runs their renders in that task: still apart
/// from this one.)
fn warm_up(document: &web_sys::Document) {
    let Ok(detached) = document.create_element("div") else { return };
    let warm = yew::Renderer::<WarmUp>::with_root(detached).render();
    // Not at once: Yew renders in a microtask, and a destroy queued before the render finds
    // nothing to destroy (its scheduler runs destroys first), so the controls would stay.
    task::later(move || warm.destroy());
}

/// The step controls as a component of their own, for `warm_up` alone: `App` renders them
/// in its own render (`components::step_nav`), with the memo it keeps their dots in.
#[yew::function_component]
fn WarmUp() -> yew::Html {
    let story = &BROWSER_STORY;
    let dots = yew::use_memo((), |()| Dots::new(&story.headings, &story.interface, &yew::Callback::noop()));
    StepNav { current: Step::Deal, words: &story.interface, dots: &dots }.into()
}

/// Hydrates `root` in a task of its own: compiling and starting the wasm is one task and
/// the hydration another, so neither holds the main thread as long as both would. Until
/// then the page script answers the reader, as it does while the code downloads.
fn hydrate_later(root: web_sys::Element, props: AppProps) {
    task::later(move || {
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    });
}

/// Whether the widget in `root` already shows the static story because the code came too
/// late (`prerender/js/fall_back.js`). It stays so: the reader may be reading it as one
/// page, and controls springing back would move it under them.
fn fell_back(root: &web_sys::Element) -> bool {
    root.query_selector(".sx.sx-static").ok().flatten().is_some()
}

/// Settings from name/value pairs, with one console warning for whatever was ignored.
fn settings_from<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Settings {
    let (settings, problems) = Settings::parse(pairs);
    if !problems.is_empty() {
        web_sys::console::warn_1(&format!("scale-explainer: ignored embed settings: {}", problems.join("; ")).into());
    }
    settings
}

/// Adds `class` to every widget on the page: the prerendered one and those in shadow roots.
fn mark_every_widget(class: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let mut scopes: Vec<web_sys::Element> = document.get_element_by_id(ROOT_ID).into_iter().collect();
    if let Ok(hosts) = document.query_selector_all(&format!("[{MOUNT_MARKER}]")) {
        scopes.extend((0..hosts.length()).filter_map(|i| hosts.item(i)?.dyn_into::<web_sys::Element>().ok()));
    }
    for scope in scopes {
        let widget = match scope.shadow_root() {
            Some(shadow) => shadow.query_selector(".sx").ok().flatten(),
            None => scope.query_selector(".sx").ok().flatten(),
        };
        if let Some(widget) = widget {
            let _ = widget.class_list().add_1(class);
        }
    }
}
