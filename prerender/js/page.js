// The widget page's first script. It is deferred and render-blocking: it runs once the
// prerendered story is parsed and before anything is painted, without holding up the
// parser. A deep link shows its step from the first paint: the fragment (#exodus) wins
// over ?step=exodus, and the last valid ?step= counts, the rules the widget follows once
// live. Values are read as written, as the widget reads them.
(() => {
  const root = document.getElementById("scale-explainer");
  if (!root) return;
  const isStep = (id) => document.getElementById("sx-" + id)?.classList.contains("sx-step");
  const asked = location.search.slice(1).split("&").filter((pair) => pair.startsWith("step="));
  const start = [location.hash.slice(1), ...asked.reverse().map((pair) => pair.slice("step=".length))].find(isStep);
  if (start) showStep(root, start);
})();
