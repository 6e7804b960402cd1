//! A chart in a `<figure>`: the SVG, a caption, and a text description that states its
//! numbers, read by screen readers and one tap away for everyone else.
//!
//! Invariant: **story text is only ever text.** Yew escapes it in the page and in the
//! charts drawn as elements; the charts' canvas (`charts/canvas.rs`) escapes
//! it in the markup of the charts drawn at build time, which is the one place markup is
//! injected raw (`markup`, here).

use yew::prelude::*;

use crate::charts::ChartError;

/// A chart drawn natively, as its markup.
#[cfg(ssr)]
pub fn markup(svg: String) -> Html {
    // The canvas escapes every text it writes, so the markup carries no story text raw.
    Html::from_html_unchecked(AttrValue::from(svg))
}

/// A drawing as elements, built in the browser once live (and prerendered as markup until
/// then): when it is drawn again, Yew changes only the attributes and texts that differ,
/// and the chart's nodes stay.
impl From<crate::charts::Svg> for Html {
    fn from(svg: crate::charts::Svg) -> Html {
        use crate::charts::Value;
        use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag, VText};
        fn tag(name: &'static str, keys: &'static [&'static str], values: Vec<Option<Value>>) -> VTag {
            let mut tag = VTag::new(name);
            let values =
                values.into_iter().map(|value| value.map(|value| AttributeOrProperty::Attribute(value.into())));
            tag.set_attributes(Attributes::Dynamic { keys, values: values.collect() });
            tag
        }
        let (keys, values) = svg.attributes();
        let mut root = tag("svg", keys, values);
        root.add_children(svg.elements.into_iter().map(|element| {
            let mut tag = tag(element.name, element.keys, element.values);
            if let Some(text) = element.text {
                tag.add_child(VText::new(text).into());
            }
            tag.into()
        }));
        root.into()
    }
}

/// A chart in its figure: a view with no state of its own, so not a component. It is built
/// anew with the step that holds it and goes into its `html!` as `{ ChartFigure { .. } }`.
pub struct ChartFigure {
    /// The chart: its `markup` (a chart only prerendered) or its `Svg` as elements (the
    /// valuation's, built once live); or why it could not be drawn.
    pub svg: Result<Html, ChartError>,
    pub caption: AttrValue,
    /// Read by screen readers in place of the picture; shown instead if drawing failed.
    pub description: AttrValue,
    /// The label of the disclosure that holds the description for everyone.
    pub in_words: &'static str,
    /// Whether that disclosure is built open.
    pub open: bool,
}

impl From<ChartFigure> for Html {
    fn from(ChartFigure { svg, caption, description, in_words, open }: ChartFigure) -> Html {
        let drawn = svg.is_ok();
        let picture = match svg {
            Ok(svg) => html! {
                <div class="sx-chart" role="img" aria-label={description.clone()}>{ svg }</div>
            },
            Err(_) => html! { <p class="sx-chart-fallback">{ description.clone() }</p> },
        };
        html! {
            <figure class="sx-chart-figure">
                { picture }
                <figcaption>{ caption }</figcaption>
                // A chart's labels do not grow with the reader's text size: its words are one tap away.
                if drawn {
                    <details class="sx-chart-text" {open}>
                        <summary>{ in_words }</summary>
                        <p>{ description }</p>
                    </details>
                }
            </figure>
        }
    }
}
