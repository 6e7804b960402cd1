//! The "Embed" button and its panel: the iframe, direct-mount and AMP codes for this page,
//! step and the look the editor picks (the theme, and flush sides or not), and the share
//! card as a plain image, each with a Copy button that falls back to selecting the code.

use yew::prelude::*;

use super::StoryPart;
use crate::browser::clipboard;
use crate::model::{
    embed::{self, Look, Theme},
    steps::Step,
    story::{BrowserStory, Interface},
    template::fill,
};

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// The standalone page's address; empty only in the prerendered button, which the
    /// browser adopts until live and then replaces with this component, address and all.
    pub page_url: AttrValue,
    pub step: Step,
    /// The title and the share card's words go into the codes; the interface labels them.
    pub story: StoryPart<BrowserStory<'static>>,
}

#[function_component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let open = use_state(|| false);
    let look = use_state(|| Look::FIRST);
    let button_ref = use_node_ref();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // Escape closes the panel and puts focus back on its button.
    let onkeydown = {
        let (open, button_ref) = (open.clone(), button_ref.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                open.set(false);
                if let Some(button) = button_ref.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    let EmbedPanelProps { page_url, step, story: StoryPart(story) } = props;
    let (title, words, now) = (story.title, StoryPart(&story.interface), *look);
    // The codes open on the step shown (the walkthrough's, under Show all): said, or an
    // editor who browsed on would publish a widget that opens halfway through unawares.
    // Made only while the panel is open: the panel renders on every step change.
    let start = || {
        let number = (step.index() + 1).to_string();
        fill(words.embed_start, &[("number", &number), ("heading", step.heading(&story.headings))])
    };
    let choice = |choice: Theme| {
        let look = look.clone();
        html! {
            <label class="sx-embed-choice">
                <input
                    type="radio"
                    name="sx-embed-theme"
                    checked={choice == now.theme}
                    onchange={Callback::from(move |_: Event| look.set(Look { theme: choice, ..now }))}
                />
                { choice.label(&story.interface) }
            </label>
        }
    };
    html! {
        <div class="sx-embed">
            <button
                type="button"
                class="sx-button"
                aria-expanded={if *open { "true" } else { "false" }}
                aria-controls="sx-embed-panel"
                // Prerendered, there is no page address to put in the codes: disabled until
                // the widget is live and builds the panel.
                disabled={page_url.is_empty()}
                onclick={toggle}
                ref={button_ref}
            >
                { words.embed }
            </button>
            if *open && !page_url.is_empty() {
                <div id="sx-embed-panel" class="sx-embed-panel" role="group" aria-label={words.embed_label} {onkeydown}>
                    <p>{ start() }</p>
                    <fieldset class="sx-embed-theme">
                        <legend>{ words.embed_theme }</legend>
                        { for Theme::ALL.map(choice) }
                    </fieldset>
                    <label class="sx-embed-choice sx-embed-flush">
                        <input type="checkbox" checked={now.flush} onchange={
                            let look = look.clone();
                            Callback::from(move |_: Event| look.set(Look { flush: !now.flush, ..now }))
                        } />
                        { words.embed_flush }
                    </label>
                    <CodeToCopy
                        id="sx-embed-iframe"
                        label={words.embed_iframe}
                        code={embed::iframe_code(page_url, *step, now, title)}
                        words={words}
                    />
                    <CodeToCopy
                        id="sx-embed-mount"
                        label={words.embed_mount}
                        code={embed::mount_code(page_url, *step, now, title)}
                        words={words}
                    />
                    <CodeToCopy
                        id="sx-embed-amp"
                        label={words.embed_amp}
                        code={embed::amp_code(page_url, *step, now, title, words.amp_more)}
                        words={words}
                    />
                    <CodeToCopy
                        id="sx-embed-image"
                        label={words.embed_image}
                        code={embed::image_code(page_url, &embed::card_alt(story))}
                        words={words}
                    />
                </div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CodeToCopyProps {
    id: AttrValue,
    label: AttrValue,
    code: AttrValue,
    words: StoryPart<Interface<'static>>,
}

#[function_component]
fn CodeToCopy(props: &CodeToCopyProps) -> Html {
    // What the last Copy did, and to which code, said by a live region: only beside that
    // code (after a move to another step, the code shown is not the one copied), and gone
    // for a moment on each Copy, so a second Copy is said again (where the Clipboard API
    // answers later; without it the code is selected for the reader, and focused).
    let status = use_state(|| None::<(AttrValue, &'static str)>);
    let code_ref = use_node_ref();
    let copy = {
        let (status, code_ref, code, words) = (status.clone(), code_ref.clone(), props.code.clone(), props.words);
        Callback::from(move |_: MouseEvent| {
            status.set(None);
            let (status, code_ref, copied_code) = (status.clone(), code_ref.clone(), code.clone());
            clipboard::copy(&code, move |copied| {
                if copied {
                    status.set(Some((copied_code, words.copied)));
                } else if let Some(area) = code_ref.cast::<web_sys::HtmlTextAreaElement>() {
                    let _ = area.focus();
                    area.select();
                    status.set(Some((copied_code, words.copy_by_hand)));
                }
            });
        })
    };
    let said = status.as_ref().filter(|(code, _)| *code == props.code).map_or("", |(_, said)| *said);
    // Forgotten once the code is another: back on that step, nothing is said unasked.
    if said.is_empty() && status.is_some() {
        status.set(None);
    }
    html! {
        <div class="sx-code">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <textarea id={props.id.clone()} class="sx-code-text" readonly=true rows="4" value={props.code.clone()} ref={code_ref} />
            <div class="sx-code-row">
                // "Copy" and, for a screen reader's list of buttons, which code.
                <button type="button" class="sx-button" onclick={copy}>
                    { props.words.copy }
                    <span class="sx-visually-hidden">{ " " }{ props.label.clone() }</span>
                </button>
                <p class="sx-code-status" aria-live="polite">{ said }</p>
            </div>
        </div>
    }
}
