//! What an embedding page can tell the widget, and what the widget tells it.
//!
//! Settings come from the iframe URL's query (`?theme=dark&step=exodus`) or, when mounted
//! directly, from `data-` attributes (`data-theme="dark"`): the same names either way.
//! (The theme, its message, the height messages and Pym.js's protocol are the page
//! script's: `prerender/js/`. The code checks the settings it does not use, to warn about
//! an odd value once.)

use super::{
    steps::Step,
    story::{BrowserStory, Interface},
    template::fill,
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The step to open on when the URL's fragment names none.
    pub start: Option<Step>,
    pub show_all: bool,
    /// For articles that already carry a headline: the title and standfirst are hidden
    /// from view (screen readers still get the title, which names the widget).
    pub hide_title: bool,
}

/// The widget's colours in a host's page, as an embed code asks for them (the `theme`
/// setting, which the page script applies; without one, `auto`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// What most articles are, so what the Embed panel's codes and `oembed.json` ask for
    /// until the editor picks another (`Look::FIRST`): with `Auto` a reader whose device is
    /// set dark would get a dark box in a light page.
    Light,
    Dark,
    /// The reader's device setting, for a site that follows it (one with a switch of its
    /// own sends the theme message instead).
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    /// Its value in a code, as the page script reads it.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    /// What the Embed panel calls it.
    pub fn label<'a>(self, words: &Interface<'a>) -> &'a str {
        match self {
            Theme::Light => words.theme_light,
            Theme::Dark => words.theme_dark,
            Theme::Auto => words.theme_auto,
        }
    }
}

/// How a code asks the widget to look in the host's article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    pub theme: Theme,
    /// The `flush` setting: no side margins of its own, so that its text lines up with the
    /// article's; for a page in the theme's colours (the page script applies it).
    pub flush: bool,
}

impl Look {
    /// What the Embed panel's codes and `oembed.json` ask for until the editor picks another.
    pub const FIRST: Look = Look { theme: Theme::Light, flush: false };

    /// `code`, the flush setting as a code writes it (`&flush` in a query, ` data-flush` in
    /// a mount), when it is asked for; otherwise nothing.
    fn flush_as(self, code: &'static str) -> &'static str {
        if self.flush {
            code
        } else {
            ""
        }
    }
}

/// Parameters Pym.js puts on an iframe URL; known, so never warned about.
const PYM_PARAMS: [&str; 4] = ["initialWidth", "childId", "parentTitle", "parentUrl"];
/// The widget's own URL state, not an embed setting.
const OWN_PARAMS: [&str; 1] = ["sort"];

impl Settings {
    /// Reads settings from name/value pairs. Unknown names and malformed values are
    /// skipped and described in the returned list, so the caller can warn once.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Settings, Vec<String>) {
        let mut settings = Settings::default();
        let mut problems = Vec::new();
        for (name, value) in pairs {
            let understood = match name {
                "step" => Step::from_id(value).map(|step| settings.start = Some(step)),
                "show-all" => flag(value).map(|on| settings.show_all = on),
                "hide-title" => flag(value).map(|on| settings.hide_title = on),
                // Applied by the page script (the theme, the flush sides, hiding the Embed
                // button in an article that offers no embed codes, and the height of a host's
                // sticky header); checked here.
                "theme" => Theme::ALL.iter().any(|theme| theme.id() == value).then_some(()),
                "flush" | "hide-embed" => flag(value).map(drop),
                "scroll-offset" => pixels(value),
                _ if PYM_PARAMS.contains(&name) || OWN_PARAMS.contains(&name) => Some(()),
                _ => {
                    problems.push(format!("unknown setting “{}”", shorten(name)));
                    continue;
                }
            };
            if understood.is_none() {
                problems.push(format!("{name}: ignored “{}”", shorten(value)));
            }
        }
        (settings, problems)
    }
}

/// A whole number of CSS pixels below 1,000, as the page script accepts it.
fn pixels(value: &str) -> Option<()> {
    (!value.is_empty() && value.len() <= 3 && value.bytes().all(|b| b.is_ascii_digit())).then_some(())
}

/// `true`, `false`, or nothing for true, as documented; the page script reads them alike.
fn flag(value: &str) -> Option<bool> {
    match value {
        "" | "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// At most 40 characters of something a host or reader typed, for a warning.
fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

/// The folder a page lives in (`https://x.test/a/index.html` → `https://x.test/a/`),
/// where `embed.js` and `mount.js` sit beside it.
pub fn folder_of(page_url: &str) -> &str {
    page_url.rfind('/').map_or(page_url, |slash| &page_url[..=slash])
}

/// The address a frame loads: the page, opening on `step`, as `look` asks.
fn framed_url(page_url: &str, step: Step, look: Look) -> String {
    escape(&format!("{page_url}?step={}&theme={}{}", step.id(), look.theme.id(), look.flush_as("&flush")))
}

/// The iframe embed code for `page_url`, opening on `step` as `look` asks, with the
/// host-side snippet that sizes it. A frame from another origin may write to the clipboard
/// (the Embed panel's Copy) only when allowed.
pub fn iframe_code(page_url: &str, step: Step, look: Look, title: &str) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"900\" loading=\"lazy\" allow=\"clipboard-write\" \
         style=\"border:0;display:block\" data-scale-explainer-frame></iframe>\n\
         <script src=\"{folder}embed.js\" async></script>",
        src = framed_url(page_url, step, look),
        title = escape(title),
        folder = escape(folder_of(page_url)),
    )
}

/// The direct-mount code: a placeholder link, replaced by the widget once it loads.
pub fn mount_code(page_url: &str, step: Step, look: Look, title: &str) -> String {
    format!(
        "<div data-scale-explainer data-step=\"{step}\" data-theme=\"{theme}\"{flush}><a href=\"{href}\">{title}</a></div>\n\
         <script type=\"module\" src=\"{folder}mount.js\"></script>",
        step = step.id(),
        theme = look.theme.id(),
        flush = look.flush_as(" data-flush"),
        href = escape(&format!("{page_url}?step={}", step.id())),
        title = escape(title),
        folder = escape(folder_of(page_url)),
    )
}

/// The `amp-iframe` code: AMP resizes the frame on the widget's `embed-size` message, and
/// shows the `overflow` button (`more`) when the frame may not grow by itself.
pub fn amp_code(page_url: &str, step: Step, look: Look, title: &str, more: &str) -> String {
    format!(
        "<amp-iframe src=\"{src}\" title=\"{title}\" width=\"360\" height=\"900\" layout=\"responsive\" resizable \
         sandbox=\"allow-scripts allow-same-origin\" frameborder=\"0\">\n\
         \x20 <div overflow tabindex=\"0\" role=\"button\" aria-label=\"{more}\">{more}</div>\n</amp-iframe>",
        src = framed_url(page_url, step, look),
        title = escape(title),
        more = escape(more),
    )
}

/// The share card (`share-card.png`, written at build time) as a plain image, for places
/// that run no code.
pub fn image_code(page_url: &str, alt: &str) -> String {
    format!(
        "<img src=\"{folder}share-card.png\" alt=\"{alt}\" width=\"1200\" height=\"630\" \
         style=\"max-width:100%;height:auto\">",
        folder = escape(folder_of(page_url)),
        alt = escape(alt),
    )
}

/// What the share card shows, in words: its text alternative (`og:image:alt`, and the
/// image code's `alt`), with its figures as a sentence says them.
pub fn card_alt(story: &BrowserStory) -> String {
    let (deal, money) = (&story.deal, &story.interface.money);
    fill(
        story.image_alt,
        &[
            ("investor", deal.investor),
            ("target", deal.target),
            ("investment", &money.long(f64::from(deal.investment.usd_millions))),
            ("stake", &money.percent(deal.stake_percent)),
            ("valuation", &money.amount_long(&deal.valuation)),
        ],
    )
}

/// Escapes text for an HTML attribute or element body.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_is_read() {
        let (settings, problems) = Settings::parse([
            ("theme", "dark"),
            ("step", "exodus"),
            ("show-all", "true"),
            ("hide-title", ""),
            ("scroll-offset", "56"),
            ("hide-embed", "true"),
            ("flush", ""),
        ]);
        assert_eq!(settings, Settings { start: Some(Step::Exodus), show_all: true, hide_title: true });
        assert!(problems.is_empty());
    }

    #[test]
    fn nothing_means_the_defaults() {
        assert_eq!(Settings::parse([]), (Settings::default(), vec![]));
    }

    #[test]
    fn bad_values_are_ignored_and_reported() {
        let junk = "x".repeat(10_000);
        let (settings, problems) = Settings::parse([
            ("theme", "purple"),
            ("step", "-1"),
            ("show-all", "maybe"),
            // Only the documented flags, which the page script reads alike.
            ("show-all", "1"),
            ("hide-title", "<script>alert(1)</script>"),
            ("step", junk.as_str()),
            ("colour", "red"),
            ("scroll-offset", "56px"),
            ("scroll-offset", "1000"),
            ("hide-embed", "yes"),
            ("flush", "0"),
        ]);
        assert_eq!(settings, Settings::default());
        assert_eq!(problems.len(), 11, "{problems:?}");
        assert!(problems.iter().all(|p| p.chars().count() < 80), "warnings stay short: {problems:?}");
    }

    #[test]
    fn pym_and_the_widgets_own_parameters_are_not_problems() {
        let (_, problems) = Settings::parse([
            ("initialWidth", "360"),
            ("childId", "a"),
            ("parentTitle", "t"),
            ("parentUrl", "u"),
            ("sort", "aspect-asc"),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn embed_codes_point_at_the_page_its_step_and_the_files_beside_it() {
        let code = iframe_code("https://news.test/x/index.html", Step::Exodus, Look::FIRST, "The deal");
        assert!(
            code.starts_with(
                "<iframe src=\"https://news.test/x/index.html?step=exodus&amp;theme=light\" title=\"The deal\""
            ),
            "{code}"
        );
        assert!(code.contains("<script src=\"https://news.test/x/embed.js\" async></script>"), "{code}");
        assert!(code.contains(" allow=\"clipboard-write\" "), "the Embed panel's Copy works framed: {code}");
        let code =
            mount_code("https://news.test/x/", Step::Deal, Look { theme: Theme::Dark, flush: false }, "The deal");
        assert!(code.contains(
            "<div data-scale-explainer data-step=\"deal\" data-theme=\"dark\"><a href=\"https://news.test/x/?step=deal\">The deal</a></div>"
        ));
        assert!(code.contains("<script type=\"module\" src=\"https://news.test/x/mount.js\"></script>"));
        let code = amp_code(
            "https://news.test/x/",
            Step::Rivals,
            Look { theme: Theme::Auto, flush: false },
            "The deal",
            "More",
        );
        assert!(code.starts_with("<amp-iframe src=\"https://news.test/x/?step=rivals&amp;theme=auto\" "), "{code}");
    }

    #[test]
    fn flush_codes_ask_for_it_as_the_page_script_reads_it() {
        let flush = Look { theme: Theme::Dark, flush: true };
        let code = iframe_code("https://news.test/x/", Step::Exodus, flush, "The deal");
        assert!(
            code.starts_with("<iframe src=\"https://news.test/x/?step=exodus&amp;theme=dark&amp;flush\" "),
            "{code}"
        );
        let code = amp_code("https://news.test/x/", Step::Exodus, flush, "The deal", "More");
        assert!(
            code.starts_with("<amp-iframe src=\"https://news.test/x/?step=exodus&amp;theme=dark&amp;flush\" "),
            "{code}"
        );
        let code = mount_code("https://news.test/x/", Step::Exodus, flush, "The deal");
        assert!(
            code.starts_with("<div data-scale-explainer data-step=\"exodus\" data-theme=\"dark\" data-flush><a "),
            "{code}"
        );
        // What each code asks for is a setting the widget reads, without a warning.
        let (_, problems) = Settings::parse([("step", "exodus"), ("theme", "dark"), ("flush", "")]);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn embed_codes_escape_what_they_quote() {
        let code = iframe_code("https://x.test/\"><script>", Step::Deal, Look::FIRST, "A \"b\" & <c>");
        assert!(!code.contains("<script>"), "{code}");
        assert!(code.contains("title=\"A &quot;b&quot; &amp; &lt;c&gt;\""), "{code}");
    }
}
