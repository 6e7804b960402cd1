// Where the code is: its hashed file names, relative to the page, which prerender writes
// on the root (data-code, data-wasm). Written into this script they would change its
// hash, and so the CSP a host copies, with every build of the code.
const { code: BINDINGS, wasm: WASM } = document.getElementById("scale-explainer")?.dataset ?? {};
