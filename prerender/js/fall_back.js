// The fallback, which must not depend on the code it stands in for.

// How long the code may take to go live before the reader gets the whole static story:
// long enough for about 100 kB on a slow phone network, short enough that nobody waits on
// dead controls. Counted from the first paint, or from the mount.
const FALLBACK_AFTER_MS = 8000;

// The whole static story, with its notice, for every widget not yet live.
function fallBack(widgets, why) {
  const waiting = [...widgets].filter((widget) => !widget.matches(".is-live, .sx-broken"));
  for (const widget of waiting) widget.classList.add("sx-static");
  if (waiting.length) console.warn("scale-explainer: the interactive parts could not load:", why);
}
