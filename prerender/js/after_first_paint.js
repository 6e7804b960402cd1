// The page script, last, waits until the prerendered story has been painted (its first
// contentful paint, where the browser reports paints; two frames where it does not)
// before it fetches any code: on a slow network the code never competes with the story.
// Two animation frames alone can end before the paint is on screen. A page that never
// reports its paint still gets its code after three seconds.
const WIDGETS = document.querySelectorAll(".sx");
// Standalone, the page scrolls: keep the reader's place around "Show all" (in a frame,
// the page script and embed.js do).
if (parent === window) for (const widget of WIDGETS) keepPlace(document, widget);
await new Promise((painted) => {
  setTimeout(painted, 3000);
  if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    return requestAnimationFrame(() => requestAnimationFrame(painted));
  }
  new PerformanceObserver((paints, observer) => {
    if (paints.getEntriesByName("first-contentful-paint").length) painted(observer.disconnect());
  }).observe({ type: "paint", buffered: true });
});
