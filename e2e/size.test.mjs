// The first-load budget, checked on every test run: bytes are deterministic, so unlike
// timings (which stay in `cargo xtask bench`) they can fail a build.
import { it } from "node:test";
import assert from "node:assert/strict";
import { BUDGET, sizes } from "./harness.mjs";

it(`first load stays within ${BUDGET.total / 1000} kB brotli, the wasm within ${BUDGET.wasm / 1000} kB`, async () => {
  const { files, firstLoad } = await sizes();
  const loaded = files.filter((f) => /\.(html|js|wasm|css)$/.test(f.name)).map((f) => `${f.name} ${f.brotli}`).join(", ");
  assert.ok(firstLoad.wasm > 0, "the release wasm is in dist/");
  assert.ok(firstLoad.wasm <= BUDGET.wasm, `wasm ${firstLoad.wasm} B brotli > ${BUDGET.wasm} (${loaded})`);
  assert.ok(firstLoad.brotli <= BUDGET.total, `first load ${firstLoad.brotli} B brotli > ${BUDGET.total} (${loaded})`);
});
