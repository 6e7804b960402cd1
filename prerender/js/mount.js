// Direct mounts hydrate the same prerendered story as the page: fetch index.html beside
// this file and put the story, with its stylesheet, into a shadow root on each mount
// point, where the wasm then finds it, already on the step its data-step names. If that
// fails, the mount point's own fallback link stays.
const here = (path) => new URL(path, import.meta.url).href;
const page = await fetch(here("./index.html")).then((r) => (r.ok ? r.text() : Promise.reject(r.status)));
const story = new DOMParser().parseFromString(page, "text/html").getElementById(ROOT_ID);
for (const host of document.querySelectorAll("[data-scale-explainer]")) {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = here(STYLESHEET);
  const root = document.createElement("div");
  root.className = "sx-root";
  root.append(...document.importNode(story, true).childNodes);
  showStep(root, host.getAttribute("data-step"));
  shadow.replaceChildren(link, root);
}
