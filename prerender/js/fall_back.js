// The fallback, which must not depend on the code it stands in for.
// Invariant: failure falls back to the static story, never to a blank or half-dead widget.
// If the code cannot load, start.js marks the widget sx-static; if it is not live in time,
// this does; if Rust panics, the hook in src/browser/start.rs marks it sx-broken. Either
// way CSS shows every step, hides the controls and shows a one-line notice, and a wasm that
// arrives after the fallback does not start. Before the code is live no tap is lost: the
// step controls work from the page script, and the others are disabled.

// How long the code may take to go live before the reader gets the whole static story:
// long enough for about 100 kB on a slow phone network, short enough that nobody waits on
// dead controls. Counted from the first paint, or from the mount.
const FALLBACK_AFTER_MS = 8000;

// The whole static story, with its notice, for every widget not yet live (and not already
// fallen back: one warning, for the first cause). A reader reading their step (its top in
// the upper half of the screen, or above it) keeps it where it is on screen as the story
// unrolls around it; one reading the article above the widget keeps the article still. In
// our own frame, the page script's `readersPlace` has the host scroll instead; a direct
// mount scrolls the article's page, even when that page is itself framed. Focus on a
// control the static story hides (Previous, Next and the dots work before the code is
// live) goes to the heading of the reader's step, not to the page.
function fallBack(widgets, why) {
  const waiting = [...widgets].filter((widget) => !widget.matches(".is-live, .sx-broken, .sx-static"));
  for (const widget of waiting) {
    const step = widget.querySelector(".sx-steps:not(.is-all) > .sx-step.is-current");
    const before = step?.getBoundingClientRect();
    const focused = widget.getRootNode().activeElement;
    const hidden = widget.contains(focused) && focused.closest(".sx-interactive");
    widget.classList.add("sx-static");
    if (hidden) (step ?? widget).querySelector(".sx-step-heading")?.focus({ preventScroll: true });
    const scrolls = widget.getRootNode() !== document || parent === window;
    if (scrolls && before?.top < innerHeight / 2 && before.bottom > 0) {
      scrollBy({ top: step.getBoundingClientRect().top - before.top, behavior: "instant" });
    }
  }
  if (waiting.length) console.warn("scale-explainer: the interactive parts could not load:", why);
}
