// A seeded random walk through the widget: 2,000 clicks, keys, swipes, resizes, theme
// messages, filter typing, slider moves and reloads on random deep links. After every one
// the state must still make sense, and nothing may have logged an error.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { PHONE, hydrated, swipe, useSite } from "./harness.mjs";

const SEED = Number(process.env.RANDOM_SEED ?? 20261126);
const INTERACTIONS = Number(process.env.RANDOM_INTERACTIONS ?? 2000);
const STEPS = ["deal", "stake", "valuation", "leadership", "exodus", "rivals", "implications", "bottom-line"];
// The table as the article has it: aspect, impact, concern.
const ROWS = [
  ["Funding", "$14.3B capital for expansion", "Meta’s influence could steer agenda"],
  ["Leadership", "Continuity with Wang on board", "Shift in leadership creates uncertainty"],
  ["Client Loyalty", "Retains some contracts", "Major clients pulling out"],
  ["Market Standing", "High valuation, visibility", "Rising distrust over data use"],
  ["Competitor Gain", "Bigger market spotlight", "Rivals absorb disenchanted clients"],
];
const WORDS = ["clients", "Meta's", "wang", "DATA", "rivals board", "x", "", "  ", "<script>", "é🙂", "14.3", "zzz"];
const KEYS = ["ArrowLeft", "ArrowRight", "Enter", "Space", "Tab", "Shift+Tab", "Escape", "Home", "Alt+ArrowRight"];

/** mulberry32: a small seeded PRNG, so a failing walk can be replayed exactly. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The rows the filter should leave, in any order: every word in some cell. */
function expectedRows(filter) {
  const normalize = (text) => text.toLowerCase().replaceAll("’", "'");
  const words = filter.split(/\s+/).filter(Boolean).map(normalize);
  return ROWS.filter((row) => words.every((word) => row.some((cell) => normalize(cell).includes(word)))).map((row) => row[0]);
}

describe("a seeded random walk", () => {
  const site = useSite();

  it(`stays consistent and error-free through ${INTERACTIONS} interactions (seed ${SEED})`, { timeout: 600_000 }, async () => {
    const next = random(SEED);
    const pick = (items) => items[Math.floor(next() * items.length)];
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("dialog", (d) => problems.push(`dialog: ${d.message()}`) && d.dismiss());
    await page.goto(site.server.url);
    await hydrated(page);
    const log = [];

    const actions = [
      [30, "click a control", async () => {
        const buttons = page.locator(".sx button:visible");
        const count = await buttons.count();
        if (count) await buttons.nth(Math.floor(next() * count)).click({ force: true, timeout: 2000 });
      }],
      [20, "press a key", async () => {
        const focusable = page.locator(".sx button:visible, .sx input:visible, .sx summary:visible");
        const count = await focusable.count();
        if (count && next() < 0.5) await focusable.nth(Math.floor(next() * count)).focus();
        await page.keyboard.press(pick(KEYS));
      }],
      [12, "swipe", async () => {
        const box = await page.locator(".sx-steps").boundingBox();
        if (box) {
          const x = box.x + box.width * (0.2 + next() * 0.6);
          const y = box.y + Math.min(box.height, 600) * next();
          await swipe(page, { x, y, dx: (next() - 0.5) * 400, dy: (next() - 0.5) * 300 });
        }
      }],
      [8, "resize", async () => {
        await page.setViewportSize({ width: 320 + Math.floor(next() * 960), height: 600 + Math.floor(next() * 300) });
      }],
      [8, "post a theme message", async () => {
        const message = pick([
          { type: "scale-explainer:theme", theme: pick(["auto", "light", "dark", "purple"]) },
          "pymxPYMxxxPYMxwidthxPYMx300",
          { type: "scale-explainer:height", height: -1 },
          null,
        ]);
        await page.evaluate((m) => postMessage(m, "*"), message);
      }],
      [10, "type in the filter", async () => {
        const filter = page.locator(".sx-filter-input:visible");
        if (await filter.count()) await filter.fill(pick(WORDS));
      }],
      [8, "move the slider", async () => {
        const slider = page.locator(".sx-slider:visible");
        if (await slider.count()) await slider.fill(String(5 + Math.floor(next() * 96)));
      }],
      [4, "reload on a random deep link", async () => {
        const fragment = pick([...STEPS, "nope", "", "%3Cb%3E"]);
        const query = pick(["", "?sort=concern-desc", "?sort=junk", "?show-all=true", "?theme=dark&step=rivals"]);
        await page.goto(`${site.server.url}${query}#${fragment}`);
        await hydrated(page);
      }],
    ];
    const total = actions.reduce((sum, [weight]) => sum + weight, 0);
    const choose = () => {
      let roll = next() * total;
      for (const action of actions) if ((roll -= action[0]) < 0) return action;
      return actions[0];
    };

    for (let i = 0; i < INTERACTIONS; i++) {
      const [, name, act] = choose();
      log.push(name);
      try {
        await act();
      } catch (error) {
        // A control that disappeared between finding and clicking it is the walk's own race, not the widget's.
        if (!/Timeout|not attached|detached|not visible|outside of the viewport/.test(error.message)) throw error;
      }
      // As painted: after the next frame, so a render still in flight is not read half done.
      await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
      const state = await page.evaluate(() => ({
        current: [...document.querySelectorAll(".sx-step.is-current")].map((s) => s.id.replace(/^sx-/, "")),
        showAll: !!document.querySelector(".sx-steps.is-all"),
        progress: document.querySelector(".sx-progress")?.textContent ?? null,
        dot: [...document.querySelectorAll(".sx-dot")].findIndex((d) => d.getAttribute("aria-current") === "step"),
        rows: [...document.querySelectorAll(".sx-table tbody th")].map((th) => th.textContent),
        filter: document.querySelector(".sx-filter-input")?.value ?? "",
        empty: !!document.querySelector(".sx-no-rows"),
      }));
      const where = `after #${i} (${name}); the last moves: ${log.slice(-5).join(", ")}`;
      if (state.showAll) {
        assert.deepEqual(state.current, STEPS, `show-all shows every step ${where}`);
        assert.equal(state.progress, null, `no progress indicator in show-all ${where}`);
      } else {
        assert.equal(state.current.length, 1, `exactly one step is shown ${where}`);
        const index = STEPS.indexOf(state.current[0]);
        assert.equal(state.progress, `${index + 1} of 8`, `the progress matches the step ${where}`);
        assert.equal(state.dot, index, `the current dot matches the step ${where}`);
      }
      assert.deepEqual([...state.rows].sort(), expectedRows(state.filter).sort(), `the table holds its rows ${where}`);
      assert.equal(state.empty, state.rows.length === 0, `an empty table says so ${where}`);
      assert.deepEqual(problems, [], where);
    }
    await context.close();
  });
});
