// The step player's parts that work without the code: before it arrives, and when it
// never does. Nothing here depends on the wasm.

// Shows step `id` in the prerendered widget under `root` as the widget itself renders it:
// the step, its dot, the progress count, which of Previous and Next is unavailable, and
// what the announcer says. Run before the first paint, hydration keeps what it did, so a
// deep link never shows the first step first, and a screen reader hears no step said
// again when the code arrives. An id that names no step changes nothing.
function showStep(root, id) {
  const steps = [...root.querySelectorAll(".sx-step")];
  const index = steps.findIndex((step) => step.id === "sx-" + id);
  if (index < 0) return;
  const mark = (element, on, attribute, value) =>
    on ? element?.setAttribute(attribute, value) : element?.removeAttribute(attribute);
  steps.forEach((step, i) => step.classList.toggle("is-current", i === index));
  root.querySelectorAll(".sx-dot").forEach((dot, i) => mark(dot, i === index, "aria-current", "step"));
  const count = root.querySelector(".sx-progress-current");
  if (count) count.textContent = String(index + 1);
  mark(root.querySelector(".sx-previous"), index === 0, "aria-disabled", "true");
  mark(root.querySelector(".sx-next"), index === steps.length - 1, "aria-disabled", "true");
  const heading = steps[index].querySelector(".sx-step-heading")?.textContent;
  say(root, "stepSaid", { current: index + 1, total: steps.length, heading });
}

// Puts the template `name` (the root's data-step-said or data-all-said, the story's words,
// which prerender writes there) in the announcer, filled with `values` as the code's
// `fill` does: "Step 3 of 8: …".
function say(root, name, values) {
  const announcer = root.querySelector(".sx-announcer");
  const template = root.dataset[name];
  if (announcer && template) announcer.textContent = template.replace(/\{([^}]*)\}/g, (_, key) => values[key] ?? "");
}

// The theme is this script's alone, set on the widget's `root` (the page's
// #scale-explainer, a mount's .sx-root), which the code never renders: one set before the
// code is live, by a setting or by the host's message, stays through hydration and after.
// "auto" follows the reader's preference; anything but the three names changes nothing.
const THEMES = ["auto", "light", "dark"];
function setTheme(root, theme) {
  if (!THEMES.includes(theme)) return;
  root.classList.toggle("is-light", theme === "light");
  root.classList.toggle("is-dark", theme === "dark");
}

// Follows the host's theme messages, `{ type: "scale-explainer:theme", theme }`, from
// `source` alone (the parent frame; a mount's article window), on every root `roots()`
// gives, from the moment this runs. Returns what the host last asked for, for a root made
// after its message (`null` before any).
function takeTheme(source, roots) {
  let asked = null;
  addEventListener("message", (event) => {
    if (event.source !== source || event.data?.type !== "scale-explainer:theme" || !THEMES.includes(event.data.theme)) return;
    asked = event.data.theme;
    for (const root of roots()) setTheme(root, asked);
  });
  return () => asked;
}

// Shows the embedder's settings in the prerendered widget under `root` as the code renders
// them from its first render, before the first paint: no light theme flashing in a dark
// article, no title that vanishes, no one step unrolling into all of them. The theme, the
// flush sides, the Embed button's hiding and the room for a sticky header are this
// script's alone (the code checks their values): the stylesheet hides the button by the
// root's --sx-embed, and keeps a heading clear of the header by its
// --scale-explainer-scroll-offset, live or not. `values(name)` is every value given for a
// setting, in order; the last that the code would accept counts, as there (an odd one is
// ignored and warned about by the code).
function showSettings(root, values) {
  const last = (name, accepted) => values(name).filter((value) => accepted.includes(value)).pop();
  const on = (name) => last(name, ["", "true", "false"]) in { "": 1, true: 1 };
  setTheme(root, last("theme", THEMES));
  if (on("hide-title")) root.querySelector(".sx-header").classList.add("sx-visually-hidden");
  if (on("hide-embed")) root.style.setProperty("--sx-embed", "none");
  // Its text lined up with the article's (base.css).
  if (on("flush")) root.classList.add("is-flush");
  // Room for the host's sticky header when a move brings a heading into view (px).
  const offset = values("scroll-offset").filter((value) => /^\d{1,3}$/.test(value)).pop();
  if (offset) root.style.setProperty("--scale-explainer-scroll-offset", `${offset}px`);
  if (on("show-all")) {
    root.querySelector(".sx-steps").classList.add("is-all");
    root.querySelectorAll(".sx-step").forEach((step) => step.classList.add("is-current"));
    root.querySelector(".sx-switch").setAttribute("aria-pressed", "true");
    say(root, "allSaid", { total: root.querySelectorAll(".sx-step").length });
  }
}

// How the reader moves, live or not:
//  - Previous, Next, the dots and each step's "Next: …": until the code is live they move
//    from here, so no early tap is lost, and `remember(id)` keeps the step where the code
//    reads its start step; once live, the code moves;
//  - ←/→ after a click or tab anywhere in the widget (not in a control that uses arrows
//    itself, not with a modifier: Alt+← is the browser's Back), and a clearly sideways
//    swipe on the story (a vertical scroll never counts), press Previous or Next;
//  - after a key's move or a step's "Next: …", focus goes to the new step's heading,
//    brought into view only as far as needed (its scroll margin keeps a host's sticky
//    header clear), so keyboard and screen-reader users land on it. A screen reader says
//    the step there, so the announcer keeps quiet for that move (not live while the code
//    renders it, live again after the next frame): it would say the step a second time.
//    Previous, Next and the dots keep focus, and the announcer says where they went. A
//    swipe brings the heading into view as far as needed, and leaves focus: made at the
//    end of a long step, it would otherwise leave the reader below the new one (in a frame
//    that shrinks with it, in the host's article);
//  - turning "Show all steps" on sends the switch thousands of pixels down, past every
//    step: focus goes to the heading of the step being read, which stays in place.
//    "Clear the filter" goes with the empty table it sits in: focus goes to the filter
//    after a key, and to the step's heading after a tap (on the filter, it would open a
//    phone's keyboard over the rows it brings back).
function play(root, widget, remember) {
  const live = () => widget.classList.contains("is-live");
  const moving = () => !widget.matches(".sx-static, .sx-broken") && !root.querySelector(".sx-steps.is-all");
  const heading = () => root.querySelector(".sx-step.is-current .sx-step-heading");
  const intoView = () => heading()?.scrollIntoView({ block: "nearest" });
  const toHeading = () => {
    intoView();
    heading()?.focus({ preventScroll: true });
  };
  // Only the last hush makes it live again: an earlier one's could land before a later
  // move's frame.
  const announcer = root.querySelector(".sx-announcer");
  let hushes = 0;
  const hush = () => {
    const mine = ++hushes;
    announcer?.setAttribute("aria-live", "off");
    requestAnimationFrame(() => setTimeout(() => mine === hushes && announcer?.setAttribute("aria-live", "polite")));
  };
  // The code renders a move in a microtask after its listener (for a reader's click, before
  // the bubble listener below; for `button.click()`, after it), or in a later task when the
  // click comes while a long run of its own is paused (Yew's scheduler yields after 16 ms,
  // as it may just after going live). So `then` runs once the current step is `to`: now,
  // or when the current step next changes, if it changes to `to` within a second and the
  // steps are not all shown. Before the code is live, this script moves in the click.
  const current = () => root.querySelector(".sx-step.is-current");
  const next = (from, by = 1) => {
    const steps = [...root.querySelectorAll(".sx-step")];
    return steps[steps.indexOf(from) + by];
  };
  const whenMoved = (to, then) => {
    const [from, asked] = [current(), performance.now()];
    if (from === to) return then();
    const watch = new MutationObserver(() => {
      if (current() === from) return;
      watch.disconnect();
      if (current() === to && moving() && performance.now() - asked < 1000) then();
    });
    watch.observe(root, { subtree: true, attributeFilter: ["class"] });
  };
  // Hushed before the click: before the code is live, the click itself says the move.
  const press = (selector, then, hushed = false) => {
    const button = root.querySelector(selector);
    if (!moving() || !button || button.getAttribute("aria-disabled") === "true") return false;
    if (hushed) hush();
    whenMoved(next(current(), selector === ".sx-next" ? 1 : -1), then);
    button.click();
    return true;
  };

  // Ahead of the code, which listens in the capture phase on this root too, added later:
  // `shown` is the step on show before the code can render the click.
  let shown;
  root.addEventListener("click", (event) => {
    shown = current();
    const on = (selector) => event.target.closest?.(selector);
    if (on(".sx-continue")) hush();
    if (on('.sx-switch[aria-pressed="false"]')) heading()?.focus({ preventScroll: true });
    // The filter by key or assistive technology (no pointer); a tap would open a phone's
    // keyboard there, so after one the step's heading.
    const own = () => event.target.closest(".sx-step")?.querySelector(".sx-step-heading");
    if (on(".sx-no-rows button")) event.detail ? own()?.focus({ preventScroll: true }) : root.querySelector(".sx-filter-input")?.focus();
  }, true);
  root.addEventListener("click", (event) => {
    // Once live the code moves, and only a step's "Next: …" leaves this anything to do.
    const button = event.target.closest?.(live() ? ".sx-continue" : ".sx-previous, .sx-next, .sx-dot, .sx-continue");
    if (!button || button.getAttribute("aria-disabled") === "true" || !moving()) return;
    if (button.matches(".sx-continue")) whenMoved(next(shown), toHeading);
    if (live()) return;
    // From `shown`: hydrated but not yet live, the code may have rendered the move already.
    const to = button.matches(".sx-dot")
      ? root.querySelectorAll(".sx-step")[[...root.querySelectorAll(".sx-dot")].indexOf(button)]
      : next(shown, button.matches(".sx-previous") ? -1 : 1);
    if (!to) return;
    const id = to.id.slice("sx-".length);
    showStep(root, id);
    remember(id);
  });

  // Going live builds the valuation's explorer anew, and the code lets focus on its chart in
  // words go first (focus on a removed element moved the page). Once live, focus goes to the
  // new summary, without scrolling, so a keyboard or screen-reader reader keeps their place:
  // if focus left that summary for nothing in the last second, with the page in focus (not
  // for another window, tab or frame), and is still on nothing.
  let letGo = -Infinity;
  root.addEventListener("focusout", (event) => {
    if (!live() && !event.relatedTarget && document.hasFocus() && event.target.matches(".sx-chart-text summary")) letGo = performance.now();
  });
  new MutationObserver((_, watch) => {
    if (!widget.matches(".is-live, .sx-static, .sx-broken")) return;
    watch.disconnect();
    const back = live() && performance.now() - letGo < 1000 && document.hasFocus() && document.activeElement === document.body;
    if (back) root.querySelector("#sx-valuation .sx-chart-text summary")?.focus({ preventScroll: true });
  }).observe(widget, { attributeFilter: ["class"] });

  // The stake's −/+ sit beside its slider and change what it changes: the arrows there are
  // the slider's, not the steps'.
  const OWN_GESTURES = "input, textarea, select, [contenteditable], .sx-control";
  root.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
    if (event.target.closest?.(OWN_GESTURES)) return;
    const selector = { ArrowRight: ".sx-next", ArrowLeft: ".sx-previous" }[event.key];
    if (selector && press(selector, toHeading, true)) event.preventDefault();
  });

  // Once the browser takes the touch for a scroll (the pointer is cancelled), it is not a
  // swipe. In a frame it is also measured on the screen, not in the page: there the story
  // scrolls with the article, so under a scrolling finger it hardly moves, and the drift
  // alone would count. (Outside a frame, viewport coordinates: some browsers have given
  // screen coordinates in device pixels.)
  const [x, y] = parent === window ? ["clientX", "clientY"] : ["screenX", "screenY"];
  // Pinch-zoomed in, a sideways drag is the reader panning across the zoomed page: no
  // swipe, and the story lets the browser pan (is-zoomed, step_section.css). (A frame does
  // not see the zoom of the page around it.)
  const zoomed = () => (window.visualViewport?.scale ?? 1) > 1.01;
  const zoom = () => root.classList.toggle("is-zoomed", zoomed());
  window.visualViewport?.addEventListener("resize", zoom);
  zoom();
  let start = null;
  root.addEventListener("touchstart", (event) => {
    const on = event.target.closest?.(".sx-steps") && !event.target.closest(OWN_GESTURES) && !zoomed();
    start = on && event.touches.length === 1 ? [event.touches[0][x], event.touches[0][y]] : null;
  }, { passive: true });
  root.addEventListener("pointercancel", () => (start = null));
  root.addEventListener("touchend", (event) => {
    const touch = event.changedTouches[0];
    if (!start || !touch) return;
    const [dx, dy] = [touch[x] - start[0], touch[y] - start[1]];
    start = null;
    if (Math.abs(dx) >= 48 && Math.abs(dx) >= 2 * Math.abs(dy)) press(dx < 0 ? ".sx-next" : ".sx-previous", intoView);
  });
}
