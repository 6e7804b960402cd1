//! A chart in a `<figure>`: the SVG, a caption, and a text description that states its
//! numbers, read by screen readers and one tap away for everyone else.
//!
//! Invariant: **story text is only ever text.** Yew escapes it in the page; the charts'
//! canvas (`charts/canvas.rs`) escapes it in the SVG, which is the one place markup is
//! injected raw (here).

use yew::prelude::*;

use crate::charts::ChartError;

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub svg: Result<String, ChartError>,
    pub caption: AttrValue,
    /// Read by screen readers in place of the picture; shown instead if drawing failed.
    pub description: AttrValue,
    /// The label of the disclosure that holds the description for everyone.
    pub in_words: &'static str,
}

#[function_component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let picture = match &props.svg {
        // The canvas escapes every text it writes, so the markup carries no story text raw.
        Ok(svg) => html! {
            <div class="sx-chart" role="img" aria-label={props.description.clone()}>
                { Html::from_html_unchecked(AttrValue::from(svg.clone())) }
            </div>
        },
        Err(_) => html! { <p class="sx-chart-fallback">{ props.description.clone() }</p> },
    };
    html! {
        <figure class="sx-chart-figure">
            { picture }
            <figcaption>{ props.caption.clone() }</figcaption>
            // A chart's labels do not grow with the reader's text size: its words are one tap away.
            if props.svg.is_ok() {
                <details class="sx-chart-text">
                    <summary>{ props.in_words }</summary>
                    <p>{ props.description.clone() }</p>
                </details>
            }
        </figure>
    }
}
