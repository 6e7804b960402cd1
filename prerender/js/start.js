// Starts the code. URLs are relative to mount.js, or for the page's inline script to the
// page's base URL, so dist/ works from any subpath. If
// the code cannot load (a 404, a blocked request, a broken file, no WebAssembly), the
// widgets show the whole static story instead of a walkthrough whose buttons do nothing;
// so they do if it breaks later.
unrollOnPanic(WIDGETS);
import(BINDINGS)
  .then((bindings) => bindings.default({ module_or_path: new URL(WASM, import.meta.url) }))
  .catch((error) => fallBack(WIDGETS, error));
