// The widget's link with the page that embeds it, for newsrooms' own analytics and
// scrollytelling; it sends nothing anywhere else. It watches the prerendered markup, so it
// works the same before the code is live, and costs the code nothing.
//  - out: `{ type: "scale-explainer:step", step, index, total }` (index counts from 1) when
//    the reader is on a new step, and `{ type: "scale-explainer:ready" }` once interactive;
//  - in: `{ type: "scale-explainer:go", step }` taps the step's dot, so the widget moves as
//    for a reader (inside an iframe, without a history entry; before the code is live, from
//    show_step.js). Anything else is ignored, with one console warning at most, for a go
//    command that names no step. (The host's theme message is `takeTheme`'s: show_step.js.)
// `send(message)` delivers a message to the host; `listen(go)` calls `go(data)` with what
// the host sends.
function linkHost(root, widget, send, listen) {
  const steps = [...root.querySelectorAll(".sx-step")];
  let shown = -1;
  let ready = false;
  const report = () => {
    if (!ready && widget.classList.contains("is-live")) {
      ready = true;
      send({ type: "scale-explainer:ready" });
    }
    const current = steps.filter((step) => step.classList.contains("is-current"));
    // "Show all" marks every step current: the reader is on no one step.
    if (current.length !== 1 || steps.indexOf(current[0]) === shown) return;
    shown = steps.indexOf(current[0]);
    send({ type: "scale-explainer:step", step: current[0].id.slice("sx-".length), index: shown + 1, total: steps.length });
  };
  new MutationObserver(report).observe(widget, { subtree: true, attributes: true, attributeFilter: ["class"] });
  report();

  let warned = false;
  listen((data) => {
    if (data?.type !== "scale-explainer:go") return;
    const index = steps.findIndex((step) => typeof data.step === "string" && step.id === "sx-" + data.step);
    const dot = root.querySelectorAll(".sx-dot")[index];
    if (dot) {
      dot.click();
    } else if (!warned) {
      console.warn("scale-explainer: ignored a go command for no step the widget can show:", data.step);
      warned = true;
    }
  });
}
