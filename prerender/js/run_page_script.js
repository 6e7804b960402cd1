// Where a host's own CSP refused the page's inline first script (page.js, allowed by its
// hash in the shipped _headers), the loader runs it from its file, before the code. Its
// keys, swipes, fallback and frame height still work, but what it shows before the first
// paint (a deep link's step, the embedder's theme, hidden title and Show all, the frame's
// height) comes after it, once the loader and that file have arrived. If the file cannot
// run, the code still starts.
if (!self.sxPage) await import(PAGE_FILE).catch((error) => console.warn("scale-explainer: the page script could not run:", error));
