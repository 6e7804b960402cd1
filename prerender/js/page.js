// The widget page's one script, standalone and framed: an inline module that blocks
// rendering. Like a deferred script it runs once the prerendered story is parsed, and
// nothing is painted before it has run. It does what must not wait for the code:
//  - a deep link shows its step from the first paint: the fragment (#exodus) wins over
//    ?step=exodus, and the last valid ?step= counts, as the code reads them; a valid one
//    moves into the fragment (?step=exodus becomes #exodus), where the moves go;
//  - ?theme=, ?flush, ?hide-title, ?show-all and ?hide-embed show from the first paint, and
//    ?scroll-offset= leaves room for a host's sticky header (showSettings); a shared
//    link's table order, ?sort=, also shows from the first paint (showSort);
//  - the reader's moves: the step controls before the code is live (the URL keeps the
//    step), and keys and swipes always (show_step.js);
//  - the whole static story, if the code is not live in time;
//  - in a frame, the height goes to the parent whenever it changes, and the parent can
//    follow and drive the steps (host_link.js).
// After it, in the same script, the loader part (after_first_paint.js, start.js) fetches
// the code once the story has been painted.
// Why inline: a script file is one more request before the first paint, and Lighthouse
// counts even a loader's that blocks nothing (bench/HISTORY.md). The shipped CSP allows
// it by its hash (_headers). Where a host's own policy refuses it, no script runs, and CSS
// shows the whole static story after a moment (fallback.css): the mark below is what
// keeps that from happening here. Why not a classic script at the end of <body>: one that
// waits for the stylesheet may run in a task of its own, after the stylesheet has stopped
// blocking the paint. A classic script in <head> would run before the story exists; CSS
// :target needs the public fragment as an element id (the browser would scroll a host page
// to it) and cannot read ?step=. A browser without `blocking` support (Firefox today) may
// paint the first step for a moment.
document.body.classList.add("is-scripted");
(() => {
  const root = document.getElementById("scale-explainer");
  const widget = root?.querySelector(".sx");
  if (!widget) return;
  const isStep = (id) => document.getElementById("sx-" + id)?.classList.contains("sx-step");
  // Every leading "?" goes, as the code reads the query: "??step=exodus" names a step there.
  const query = location.search.replace(/^\?+/, "").split("&");
  const asked = query.filter((pair) => pair.startsWith("step=")).map((pair) => pair.slice("step=".length));
  const start = [location.hash.slice(1), ...asked.reverse()].find(isStep);
  // `address` is what goes before the fragment: "" keeps the page's path and query.
  const remember = (id, address = "") => {
    try {
      history.replaceState(history.state, "", address + "#" + id);
    } catch {
      // A sandboxed frame may refuse: the step still shows, the code starts on the first.
    }
  };
  if (start) {
    showStep(root, start);
    // The address names the start step in the fragment alone, as every later move does, and
    // the code reads it there: ?step=exodus would otherwise stay beside #rivals. The other
    // settings stay in the query.
    const rest = query.filter((pair) => pair && !pair.startsWith("step="));
    if (asked.length) remember(start, rest.length ? "?" + rest.join("&") : location.pathname);
  }
  // After the step: Show all marks every step current, as the code's first render does.
  const values = (name) => query.filter((pair) => pair === name || pair.startsWith(name + "=")).map((pair) => pair.slice(name.length + 1));
  showSettings(root, values);
  // The first ?sort= counts, as the code reads it.
  showSort(root, values("sort")[0]);
  play(root, widget, remember);
  // From the parent frame alone, as every message; standalone, the page is its own parent.
  takeTheme(parent, () => [root]);
  setTimeout(() => fallBack([widget], `not live after ${FALLBACK_AFTER_MS} ms`), FALLBACK_AFTER_MS);
  if (parent !== window) {
    // In a frame, the parent keeps the reader's place (readersPlace, embed.js); standalone,
    // the end of this script does (keep_place.js).
    // Pym.js names the child on the iframe URL; its messages must carry that name.
    const pymId = query.find((pair) => pair.startsWith("childId="))?.slice("childId=".length).slice(0, 100);
    reportHeight(widget, pymId);
    const fromParent = (go) => addEventListener("message", (event) => event.source === parent && go(event.data));
    linkHost(root, widget, (message) => parent.postMessage(message, "*"), fromParent);
  }
})();

// Shows the table under `root` in the order a shared link names (`param`, from
// ?sort=impact-desc), as the code opens in it, before the first paint: its rows would
// otherwise move once the code is live. The orders are the code's own, written by the
// prerender step (the root's data-sorts: each sort's name, column, aria-sort and rows, in
// the article's numbering); a name that is not one of them changes nothing. (A direct
// mount leaves the host's address alone: it has no order to read there.)
function showSort(root, param) {
  const [, column, state, order] = JSON.parse(root.dataset.sorts ?? "[]").find(([name]) => name === param) ?? [];
  const body = root.querySelector(".sx-table tbody");
  if (!order || !body) return;
  const rows = [...body.rows];
  for (const row of order) body.append(rows[row]);
  root.querySelectorAll(".sx-table thead th")[column]?.setAttribute("aria-sort", state);
}

// Tells the parent frame the widget's height (its bottom edge, so a margin above counts)
// whenever it changes, as `{ type: "scale-explainer:height", height, shift }`, as AMP's
// `embed-size` request (an amp-iframe resizes only on that), and for a Pym.js parent as
// Pym's string message. Answers a Pym.js parent's width message with the height, and
// embed.js's `{ type: "scale-explainer:report-height" }`: a script that runs late (a
// plugin that delays scripts, a tag manager) has missed the heights said before it.
function reportHeight(widget, pymId) {
  let last = 0;
  const place = readersPlace(widget);
  const report = (always) => {
    const height = Math.ceil(widget.getBoundingClientRect().bottom + scrollY);
    // Not laid out (a hidden iframe): the observer reports again once shown.
    if (!(height > 0) || (height === last && !always)) return;
    // Never further than the frame grew or shrank, which is all embed.js will scroll by:
    // falling back on the last step, the footer that goes makes up for none of it.
    const { shift: moved, at } = place();
    const by = Math.sign(moved) * Math.min(Math.abs(moved), Math.abs(height - last));
    last = height;
    parent.postMessage({ type: "scale-explainer:height", height, shift: by, at }, "*");
    parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
    if (pymId) parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, "*");
  };
  report();
  if (window.ResizeObserver) {
    // The widget's box catches content growing and shrinking; the root catches it moving.
    const observer = new ResizeObserver(() => report());
    observer.observe(widget);
    observer.observe(document.documentElement);
  } else {
    addEventListener("resize", () => report());
  }
  addEventListener("load", () => report());
  addEventListener("message", (event) => {
    if (event.source !== parent) return;
    if (event.data?.type === "scale-explainer:report-height") return report(true);
    if (!pymId || typeof event.data !== "string") return;
    const [pym, id, kind, width, ...more] = event.data.split("xPYMx");
    if (pym === "pym" && id === pymId && kind === "width" && /^\d+$/.test(width) && !more.length) report(true);
  });
}

// How far what the reader is looking at moved with the last change of height, in px
// (`shift`), for embed.js to scroll the host page by as much: a host's scroll anchoring cannot see into
// the frame, so "Show all steps" would otherwise leave a reader deep in the article, far
// from the story. As a browser's own scroll anchoring does, the first of the widget's parts
// that was in the top page's viewport stays put, a step before the title and the switch:
// turning "Show all" on keeps the step being read (with the title in view too); turning it
// off at the end, where the steps read last are gone, keeps the switch. A move to another
// step scrolls nothing, as standalone:
// after a key, a step's "Next: …" or a swipe the new heading is brought into view (and
// focused, but for a swipe); a host's go command leaves the page still. (The step controls are not among
// the parts: "Show all" takes them away and builds them anew.) When the code falls back to
// the whole static story, which the reader did not ask for, a reader who had moved on to
// a later step and has it on screen keeps it there, if they are reading it: `at` says where
// its top was in the frame, and embed.js scrolls only if that was in the upper half of the
// host's screen (below, the reader is in the article above the widget).
function readersPlace(widget) {
  if (!window.IntersectionObserver) return () => ({ shift: 0 });
  const parts = [...widget.querySelectorAll(".sx-step"), ...widget.querySelectorAll(".sx-header, .sx-footer")];
  const steps = widget.querySelector(".sx-steps");
  const inView = new Set();
  const top = (part) => part.getBoundingClientRect().top;
  const allShown = () => steps?.classList.contains("is-all");
  const current = () => steps?.querySelector(".sx-step.is-current");
  const fallen = () => widget.matches(".sx-static, .sx-broken");
  let seen = [];
  let all = allShown();
  let step = current();
  let fell = fallen();
  const record = () => {
    seen = parts.filter((part) => inView.has(part)).map((part) => [part, top(part)]);
    all = allShown();
    step = current();
    fell = fallen();
  };
  // Without a root, a frame's parts intersect the top page's viewport.
  const observer = new IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) isIntersecting ? inView.add(target) : inView.delete(target);
    record();
  });
  parts.forEach((part) => observer.observe(part));
  const shown = ([part]) => part.getClientRects().length > 0;
  return () => {
    // Unless the reader moved to another step: the first part in view that is still shown
    // (past any that "Show all" turned off took away).
    const moved = all === allShown() && step !== current();
    const reading = !fell && fallen() && step !== steps.firstElementChild && seen.find(([part]) => part === step);
    const kept = reading || (!moved && seen.find(shown));
    const shift = kept ? Math.round(top(kept[0]) - kept[1]) : 0;
    record();
    return reading ? { shift, at: Math.round(reading[1]) } : { shift };
  };
}
