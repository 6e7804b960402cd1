// The built stylesheet against the built page: no rule for a class or id that nothing in
// dist/ writes, no selector with two rules in one place, and no rule that matches no
// element in any of the widget's states tried here. The stylesheet is read as Chromium
// parses it, from dist/: the partials' own duplicates may be merged by the minifier.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { DESKTOP, DIST, PHONE, hydrated, open, useSite } from "./harness.mjs";

/** A page of an article with the widget mounted directly (in a shadow root). */
const MOUNTED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<link rel="icon" href="data:,"></head><body><div data-scale-explainer></div>
<script type="module" src="./mount.js"></script></body></html>`;

/**
 * Every style rule of the widget's stylesheet as `{ selector, context }`, where `context`
 * names the at-rules (and, for nested rules, the style rules) it sits in.
 */
function styleRules(page) {
  return page.evaluate(() => {
    const rules = [];
    const walk = (list, context) => {
      for (const rule of list) {
        if (rule instanceof CSSStyleRule) rules.push({ selector: rule.selectorText, context });
        const head = rule instanceof CSSStyleRule ? rule.selectorText : rule.cssText.slice(0, rule.cssText.indexOf("{"));
        if (rule.cssRules) walk(rule.cssRules, [...context, head.trim()]);
      }
    };
    for (const sheet of document.styleSheets) if (/\/style-[^/]*\.css$/.test(sheet.href ?? "")) walk(sheet.cssRules, []);
    return rules;
  });
}

/** The classes and ids a selector names (`.sx-step`, `#sx-title`), not counting attribute values. */
function names(selector) {
  const bare = selector.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, "").replace(/\[[^\]]*\]/g, "");
  return [...bare.matchAll(/[.#]-?[_a-zA-Z][-_a-zA-Z0-9]*/g)].map(([name]) => name);
}

/**
 * Whether `name` (without its `.` or `#`) is written anywhere in dist/: as a whole word in
 * the page or a script, or anywhere in the wasm, whose strings (Yew's class names) lie
 * side by side in its data with nothing between them.
 */
async function writtenInDist() {
  const texts = [];
  let wasm = "";
  for (const file of await readdir(DIST)) {
    if (file.endsWith(".wasm")) wasm += (await readFile(join(DIST, file))).toString("latin1");
    else if (file === "index.html" || file.endsWith(".js")) texts.push(await readFile(join(DIST, file), "utf8"));
  }
  return (name) =>
    wasm.includes(name) || texts.some((text) => new RegExp(`(^|[^-_a-zA-Z0-9])${name}($|[^-_a-zA-Z0-9])`).test(text));
}

/**
 * What no element matches by itself: pseudo-elements, and the pseudo-classes of what a
 * reader is doing (focus, hover). To find the elements a rule styles, each becomes
 * `:is(*)`, which keeps the selector valid (`.sx :focus-visible` becomes `.sx :is(*)`).
 */
const NOT_ELEMENTS = String.raw`::?(?:before|after|marker|-webkit-details-marker|placeholder|selection|backdrop)(?![\w-])|:(?:focus-visible|focus-within|focus|hover|active)\b`;

describe("the stylesheet", () => {
  const site = useSite({ pages: { "/mounted.html": MOUNTED } });

  async function rules() {
    const { page, context } = await open(site.browser, site.server.url, DESKTOP);
    const found = await styleRules(page);
    await context.close();
    assert.ok(found.length > 100, `the stylesheet is loaded (${found.length} style rules)`);
    return found;
  }

  it("names only classes and ids the built page, its scripts or its wasm write", async () => {
    const written = await writtenInDist();
    const unknown = new Set();
    for (const { selector } of await rules()) {
      for (const name of names(selector)) if (!written(name.slice(1))) unknown.add(`${name} (in ${selector})`);
    }
    assert.deepEqual([...unknown], [], "rules for markup that nothing in dist/ makes");
  });

  it("has no two rules with the same selector in the same place", async () => {
    const seen = new Set();
    const twice = [];
    for (const { selector, context } of await rules()) {
      const key = [...context, selector].join(" › ");
      if (seen.has(key)) twice.push(key);
      seen.add(key);
    }
    assert.deepEqual(twice, [], "selectors with two rules in the same place");
  });

  it("has every rule match an element in some state of the widget", async () => {
    const all = await rules();
    const unmatched = new Set(all.map(({ selector }) => selector));
    // Takes out of `unmatched` each selector that matches an element of the page now,
    // inside a direct mount's shadow root too.
    const record = (page) =>
      page
        .evaluate(
          ([selectors, notElements]) => {
            const roots = [document, ...[...document.querySelectorAll("[data-scale-explainer]")].map((h) => h.shadowRoot)];
            const elements = (selector) => selector.replace(new RegExp(notElements, "g"), ":is(*)");
            return selectors.filter((selector) => roots.some((root) => root?.querySelector(elements(selector))));
          },
          [[...unmatched], NOT_ELEMENTS],
        )
        .then((matched) => matched.forEach((selector) => unmatched.delete(selector)));

    // Before the code is live: the prerendered page, its sort buttons disabled, and with
    // an embedder's Show all, whose step controls wait hidden for the code.
    for (const query of ["", "?show-all"]) {
      const context = await site.browser.newContext(PHONE);
      const page = await context.newPage();
      await page.route("**/*.wasm", () => {});
      await page.goto(site.server.url + query);
      await record(page);
      await page.unrouteAll({ behavior: "ignoreErrors" });
      await context.close();
    }
    // Live, in each forced theme (the second flush), sorted each way; then "Show all", a
    // source note and a chart's words opened, the embed codes, and a filter that leaves no row.
    for (const query of ["?theme=light&sort=aspect-asc", "?theme=dark&sort=concern-desc&flush"]) {
      const { page, context } = await open(site.browser, `${site.server.url}${query}`, DESKTOP);
      await hydrated(page);
      await record(page);
      await page.click(".sx-switch");
      await page.click("#sx-stake .sx-source summary");
      await page.click("#sx-stake .sx-chart-text summary");
      await page.click(".sx-embed .sx-button");
      await page.waitForSelector(".sx-embed-panel");
      await page.fill(".sx-filter-input", "no aspect has these words");
      await page.waitForSelector(".sx-no-rows");
      await record(page);
      await context.close();
    }
    // Pinch-zoomed in on a phone.
    {
      const { page, context } = await open(site.browser, site.server.url, PHONE);
      await hydrated(page);
      await (await context.newCDPSession(page)).send("Emulation.setPageScaleFactor", { pageScaleFactor: 2 });
      await page.waitForSelector(".is-zoomed");
      await record(page);
      await context.close();
    }
    // The static story, when the code cannot load.
    {
      const context = await site.browser.newContext(PHONE);
      const page = await context.newPage();
      await page.route("**/*.wasm", (route) => route.abort());
      await page.goto(site.server.url);
      await page.waitForSelector(".sx.sx-static");
      await record(page);
      await context.close();
    }
    // The page whose own script never ran (here JavaScript is off): its rules match the
    // same elements where a host's CSP refuses the script.
    {
      const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(site.server.url);
      await record(page);
      await context.close();
    }
    // A direct mount, in an article's shadow root.
    {
      const { page, context } = await open(site.browser, `${site.server.url}mounted.html`, PHONE);
      await page.waitForSelector("[data-scale-explainer] >> .sx.is-live");
      await record(page);
      await context.close();
    }
    assert.deepEqual([...unmatched], [], "rules that match no element in any state");
  });
});
