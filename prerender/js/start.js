// Starts the wasm. URLs are relative to this file, so dist/ works from any subpath. If
// the code cannot load (a 404, a blocked request, no WebAssembly), the prerendered widget
// shows the whole story (sx-static) instead of a walkthrough whose buttons do nothing.
import(BINDINGS)
  .then((bindings) => bindings.default({ module_or_path: new URL(WASM, import.meta.url) }))
  .catch((error) => {
    for (const widget of document.querySelectorAll(".sx")) widget.classList.add("sx-static");
    console.warn("scale-explainer: the interactive parts could not load:", error);
  });
