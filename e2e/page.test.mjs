// The built page as a reader gets it: prerendered, hydrated, at phone and desktop sizes.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { DESKTOP, DIST, INTERACTIVE, PHONE, firstRowCells, holdWasm, hydrated, open, screenshot, serve, useSite } from "./harness.mjs";

const FIGURES = ["$14.3B", "49%", "nearly $29B", "reportedly spent over $200 million", "Data trust is everything."];
// What the first step shows; the rest are a step away.
const FIRST_STEP = ["$14.3B", "49%", "nearly $29B"];
const ASPECTS = ["Funding", "Leadership", "Client Loyalty", "Market Standing", "Competitor Gain"];

describe("the built page", () => {
  const site = useSite();

  it("ships the story in index.html with one inline script, allowed by its hash, and no style attribute", async () => {
    const html = await readFile(join(DIST, "index.html"), "utf8");
    for (const figure of FIGURES) assert.ok(html.includes(figure), `index.html lacks ${figure}`);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    assert.equal(inline.length, 1, "one inline script: the page script");
    assert.match(inline[0][0], /^<script type="module" blocking="render">/, "it runs once the story is parsed, before any paint");
    assert.equal(html.match(/<script\b/g).length, 1, "and no other: it loads the code itself, after the first paint");
    // (Trunk's hashes are hexadecimal without leading zeros: 15 digits one build in 16.)
    for (const name of (await readdir(DIST)).filter((name) => /^(scale-explainer|style)-[0-9a-f]+/.test(name))) {
      assert.ok(!inline[0][1].includes(name), `it names ${name}: a new build of the code would change its hash`);
    }
    assert.match(html, /<main id="scale-explainer" data-code="\.\/scale-explainer-[0-9a-f]+\.js" data-wasm="\.\/scale-explainer-[0-9a-f]+_bg\.wasm" data-step-said="[^"]+" data-all-said="[^"]+" data-sorts="[^"]+">/);
    assert.doesNotMatch(html.slice(0, html.indexOf("</head>")), /<!--/, "the head's comments are for index.html's readers");
    const hash = createHash("sha256").update(inline[0][1]).digest("base64");
    const headers = await readFile(join(DIST, "_headers"), "utf8");
    assert.match(headers, new RegExp(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash.replace(/[+/]/g, "\\$&")}';`));
    assert.doesNotMatch(html, /\sstyle=/, "no style attributes");
    assert.doesNotMatch(html, /rel="(module)?preload"/, "no code competes with the story for the network");
  });

  for (const [name, options] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    for (const colorScheme of ["light", "dark"]) {
      it(`hydrates cleanly on a ${name} in ${colorScheme} mode`, async () => {
        const { page, context, problems, requests } = await open(site.browser, site.server.url, { ...options, colorScheme });
        await hydrated(page);
        const text = await page.locator("#scale-explainer").innerText();
        for (const figure of FIRST_STEP) assert.ok(text.includes(figure), `page lacks ${figure}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
        const [pageColour, widgetColour] = await page.evaluate(() =>
          [document.body, document.querySelector(".sx")].map((e) => getComputedStyle(e).backgroundColor),
        );
        assert.equal(pageColour, widgetColour, "below a short step the page has the widget's colour, not a white band");
        await screenshot(page, `${name}-${colorScheme}`);
        assert.deepEqual(problems, []);
        const foreign = requests.filter((url) => !url.startsWith(site.server.url));
        assert.deepEqual(foreign, [], "no third-party requests");
        await context.close();
      });
    }
  }

  it("has the shipped _headers cache each file named for its content for a year, and the names hosts link to for five minutes", async () => {
    const server = await serve(DIST, { headers: true });
    // Closed whatever happens: a server left open keeps this file's process, and the run, waiting.
    try {
      const hashed = [];
      for (const name of await readdir(DIST)) {
        const cache = (await fetch(server.url + name)).headers.get("cache-control");
        if (/-[0-9a-f]+(_bg)?\.(js|css|wasm)$/.test(name)) {
          hashed.push(name);
          assert.equal(cache, "public, max-age=31536000, immutable", name);
        }
        if (["index.html", "mount.js", "embed.js"].includes(name)) assert.equal(cache, "public, max-age=300", name);
      }
      assert.equal(hashed.length, 3, `the bindings, the wasm and the stylesheet: ${hashed}`);
    } finally {
      await server.close();
    }
  });

  it("hydrates the prerendered DOM instead of replacing it", async () => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    // Hold the wasm back until the prerendered page has been marked.
    const releaseWasm = await holdWasm(page);
    await page.goto(site.server.url, { waitUntil: "domcontentloaded" });
    await page.evaluate(() => {
      document.querySelector("#sx-deal").dataset.marker = "prerendered";
    });
    releaseWasm();
    await hydrated(page);
    assert.equal(await page.locator("#sx-deal").getAttribute("data-marker"), "prerendered");
    await context.close();
  });

  it("opens a step's source in place, under a chevron that turns, so it never reads as a link away", async () => {
    const { page, context, problems } = await open(site.browser, site.server.url + "#stake", PHONE);
    await hydrated(page);
    const summary = page.locator("#sx-stake .sx-source summary");
    const chevron = () => summary.evaluate((s) => {
      const style = getComputedStyle(s, "::before");
      return { drawn: parseFloat(style.borderRightWidth) > 0 && parseFloat(style.width) > 0, turn: style.transform };
    });
    const closed = await chevron();
    assert.ok(closed.drawn, "a chevron before “Source”");
    const quote = page.locator("#sx-stake .sx-source-quote").first();
    assert.equal(await quote.isVisible(), false);
    await summary.tap();
    assert.match(await quote.innerText(), /investing \$14\.3 billion for a 49% stake/);
    assert.notEqual((await chevron()).turn, closed.turn, "it turns when open");
    assert.equal(new URL(page.url()).hash, "#stake", "the reader stays where they were");
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [name, options] of [["live", PHONE], ["with JavaScript off", { ...PHONE, javaScriptEnabled: false }]]) {
    it(`names the article it retells at its end, ${name}`, async () => {
      const { page, context, problems } = await open(site.browser, site.server.url, options);
      if (options.javaScriptEnabled !== false) await hydrated(page);
      const credit = page.locator(".sx-credit");
      assert.ok(await credit.isVisible());
      assert.match(await credit.innerText(), /^Based on the article “‘Scale AI still independent,’ says interim CEO as OpenAI, Google pull back after \$14B Meta deal”\.$/);
      const last = await page.locator(".sx").evaluate((sx) => [...sx.children].filter((e) => e.checkVisibility() && !e.matches(".sx-visually-hidden")).at(-1).className);
      assert.equal(last, "sx-credit", "the widget's last words");
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it("shows every figure and the whole table with JavaScript off", async () => {
    const { page, context, problems } = await open(site.browser, site.server.url, { ...PHONE, javaScriptEnabled: false });
    const text = await page.locator("#scale-explainer").innerText();
    for (const figure of FIGURES) assert.ok(text.includes(figure), `page lacks ${figure}`);
    const rows = await page.locator("table tbody tr th").allInnerTexts();
    assert.deepEqual(rows, ASPECTS);
    assert.equal(await page.locator(".sx.is-live").count(), 0, "nothing ran");
    // No control that needs the code shows, the table's filter and "Article order" included.
    const dead = await page.locator(INTERACTIVE).evaluateAll((all) => all.filter((e) => e.checkVisibility()).map((e) => e.className));
    assert.deepEqual(dead, [], "controls show with JavaScript off");
    // Nor is a screen reader told that the headers sort the table.
    const hint = page.locator(".sx-sort-hint");
    assert.ok((await hint.count()) === 1 && !(await hint.isVisible()), "the hint that the headers sort the table is read out");
    // Nor that it is on "Step 1 of 8" of a story shown whole.
    const announcer = page.locator(".sx-announcer");
    assert.ok((await announcer.count()) === 1 && !(await announcer.isVisible()), "one step of eight is announced");
    // On a phone each card names its values' columns, and the header row, which sorts
    // nothing here, is not shown over them; in a wide table it labels the columns.
    assert.equal(await page.locator(".sx-table thead").isVisible(), false, "a row of header words over the cards");
    await screenshot(page, "phone-no-js");
    await page.setViewportSize(DESKTOP.viewport);
    assert.ok(await page.locator(".sx-table thead").isVisible(), "the wide table's header row is shown");
    assert.deepEqual(await page.locator(".sx-table thead th").allInnerTexts(), ["Aspect", "Impact on Scale AI", "Client concerns"]);
    assert.deepEqual((await firstRowCells(page)).shown, ["", ""], "the wide table's columns are labelled once");
    assert.deepEqual(problems, [], "no request fails: the page asks for no code it cannot run");
    await context.close();
  });
});
