// The fallback, which must not depend on the code it stands in for.
// Invariant: failure falls back to the static story, never to a blank or half-dead widget.
// If the code cannot load, start.js marks the widget sx-static; if it is not live in time,
// this does; if Rust panics, the hook in src/browser/start.rs marks it sx-broken, and
// `unrollOnPanic` takes that up as the other two are. Either
// way CSS shows every step, hides the controls and shows a one-line notice, and a wasm that
// arrives after the fallback does not start. Before the code is live no tap is lost: the
// step controls work from the page script, and the others are disabled.

// How long the code may take to go live before the reader gets the whole static story:
// long enough for about 100 kB on a slow phone network, short enough that nobody waits on
// dead controls. Counted from the first paint, or from the mount.
const FALLBACK_AFTER_MS = 8000;

// The whole static story, with its notice, for every widget not yet live (and not already
// fallen back: one warning, for the first cause).
function fallBack(widgets, why) {
  const waiting = [...widgets].filter((widget) => !widget.matches(".is-live, .sx-broken, .sx-static"));
  unroll(waiting, "sx-static");
  if (waiting.length) console.warn("scale-explainer: the interactive parts could not load:", why);
}

// Marks `widgets` with `mark`, which shows the whole static story, and keeps the reader
// where they were. Every widget is measured before any is marked: one unrolled above
// another would move it. A reader reading their step (its top in the upper half of the
// screen, or above it) keeps it where it is on screen as the story unrolls around it; one
// reading the article above the widget keeps the article still. In our own frame, the
// page script's `readersPlace` has the host scroll instead; a direct mount scrolls the
// article's page, even when that page is itself framed. Focus on a control the static
// story hides (Previous, Next and the dots before the code is live; once live, any
// control, the table's sort headers on a phone among them) goes to the heading of the
// reader's step, not to the page.
function unroll(widgets, mark) {
  const seen = widgets.map((widget) => {
    const step = widget.querySelector(".sx-steps:not(.is-all) > .sx-step.is-current");
    return { widget, step, before: step?.getBoundingClientRect(), focused: widget.getRootNode().activeElement };
  });
  for (const { widget } of seen) widget.classList.add(mark);
  for (const { widget, step, focused } of seen) {
    if (widget.contains(focused) && !focused.getClientRects().length) {
      (step ?? widget).querySelector(".sx-step-heading")?.focus({ preventScroll: true });
    }
  }
  const read = seen.find(({ widget, before }) =>
    (widget.getRootNode() !== document || parent === window) && before?.top < innerHeight / 2 && before.bottom > 0);
  if (read) scrollBy({ top: read.step.getBoundingClientRect().top - read.before.top, behavior: "instant" });
}

// If the code panics once live, its hook (src/browser/start.rs) marks every widget
// sx-broken, in the middle of whatever the code was doing: the reader's step would be
// thrown thousands of px down the page, and focus, on a control that is now hidden, lost.
// Before the next paint the marks get the fallback's care: they come off for a moment, so
// that the reader's step is measured where the reader saw it, and `unroll` puts them back.
// (The hook cannot call this: the code's module is not the page script's.)
function unrollOnPanic(widgets) {
  const all = [...widgets];
  const observer = new MutationObserver(() => {
    const broken = all.filter((widget) => widget.matches(".sx-broken"));
    if (!broken.length) return;
    observer.disconnect();
    for (const widget of broken) widget.classList.remove("sx-broken");
    unroll(broken, "sx-broken");
  });
  for (const widget of all) observer.observe(widget, { attributeFilter: ["class"] });
}
