// Direct mounts hydrate the same prerendered story as the page: fetch index.html beside
// this file and put the story, with its stylesheet, into a shadow root on each mount
// point, already on the step its data-step names, where the code then finds it. Until the
// code is live the step controls work from here, and data-step keeps the step; keys and
// swipes always do (show_step.js). Step events
// go out on the mount element, and it takes go events (host_link.js); the theme message comes
// to the article's own window, and counts from the moment this module runs, before the
// story is fetched (takeTheme). The code is fetched
// only once a mount point is within about a screen of the viewport; if it is not live in
// time after that, the whole static story shows. If the story cannot be fetched, the
// mount point's own fallback link stays.
const ROOTS = [];
const askedTheme = takeTheme(window, () => ROOTS);
const here = (path) => new URL(path, import.meta.url).href;
const page = await fetch(here("./index.html")).then((r) => (r.ok ? r.text() : Promise.reject(r.status)));
const parsed = new DOMParser().parseFromString(page, "text/html");
const story = parsed.getElementById(ROOT_ID);
const WIDGETS = [];
for (const host of document.querySelectorAll("[data-scale-explainer]")) {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = here(STYLESHEET);
  const root = document.createElement("div");
  root.className = "sx-root";
  // The announcer's words, for the moves made before the code is live (show_step.js).
  // (From a story that has them: an older index.html, cached, may not.)
  for (const words of ["stepSaid", "allSaid"]) if (story.dataset[words]) root.dataset[words] = story.dataset[words];
  // The story's language and direction, not the article's: a screen reader in a French
  // article reads it as English, and a right-to-left page does not turn it around.
  root.lang = parsed.documentElement.lang;
  root.dir = "auto";
  root.append(...document.importNode(story, true).childNodes);
  // Inside an article, under its own h1: the widget's title is a level below it, and each
  // step's heading a level below that, in a screen reader's list of headings.
  root.querySelector(".sx-title")?.setAttribute("aria-level", "2");
  root.querySelectorAll(".sx-step-heading").forEach((heading) => heading.setAttribute("aria-level", "3"));
  const widget = root.querySelector(".sx");
  // Unstyled (an article's CSP without the widget's origin in style-src), the walkthrough
  // cannot work: its steps are shown and hidden by the stylesheet. The whole story it then
  // shows is the static one, and its notice says so; the code does not start.
  link.addEventListener("error", () => fallBack([widget], "the stylesheet could not load"));
  showStep(root, host.getAttribute("data-step"));
  showSettings(root, (name) => (host.hasAttribute("data-" + name) ? [host.getAttribute("data-" + name)] : []));
  // A message the article sent while the story was on its way comes after its data-theme.
  setTheme(root, askedTheme());
  ROOTS.push(root);
  // No Embed panel in someone else's page: the code leaves it out once live, and until
  // then it is hidden, so the widget's height does not change when it goes.
  root.style.setProperty("--sx-embed", "none");
  const remember = (id) => host.setAttribute("data-step", id);
  play(root, widget, remember);
  const fromHost = (go) => host.addEventListener("scale-explainer:go", (event) => go({ ...event.detail, type: event.type }));
  linkHost(root, widget, (message) => host.dispatchEvent(new CustomEvent(message.type, { detail: message })), fromHost);
  keepPlace(shadow, root);
  shadow.replaceChildren(link, root);
  WIDGETS.push(widget);
}
// The prerendered story reads well until then; the code is for the reader who gets there.
await new Promise((near) => {
  if (!window.IntersectionObserver) return near();
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) near(observer.disconnect());
  }, { rootMargin: "100% 0px" });
  for (const widget of WIDGETS) observer.observe(widget);
});
setTimeout(() => fallBack(WIDGETS, `not live after ${FALLBACK_AFTER_MS} ms`), FALLBACK_AFTER_MS);
