// Failure and stress paths in every place the widget lives: standalone, in an iframe with
// our sizer, as a Pym.js child, and mounted directly, each in a cross-origin article.
// When the code cannot run, the reader still gets the whole story, sized to be read.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile, access } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DIST, PHONE, holdWasm, onScreen, open, screenshot, scrollOnScreen, settled, showsBackground, sticksOut, swipe, useHostArticles } from "./harness.mjs";

const PYM = await readFile(createRequire(import.meta.url).resolve("pym.js/dist/pym.v1.min.js"), "utf8");
const FIGURES = ["$14.3B", "49%", "nearly $29B", "Data trust is everything.", "Jason Droege"];

/** A cross-origin article page around `body`. */
const article = (body, css = "") => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,"><style>body{margin:0;font:18px/1.6 Georgia,serif} main{max-width:360px;margin:0 auto} ${css}</style></head>
<body><main><h1>An article</h1><p>Before the widget.</p>${body}${"<p>The article goes on.</p>".repeat(30)}</main></body></html>`;

/** The widget's text size in px, as the reader's settings make it. */
const textSize = (page) => page.locator(".sx").evaluate((sx) => parseFloat(getComputedStyle(sx).fontSize));

describe("failure and stress paths, in every embed mode", () => {
  const sites = useHostArticles((widget) => {
    const iframe = (query = "") =>
      `<iframe src="${widget.url}${query}" title="Explainer" width="100%" height="400" data-scale-explainer-frame></iframe>
       <script src="${widget.url}embed.js"></script>`;
    const mount = (attributes = "") =>
      `<div data-scale-explainer ${attributes}><a href="${widget.url}">The Meta–Scale AI deal</a></div>
       <script type="module" src="${widget.url}mount.js"></script>`;
    const pages = {
      "/iframe.html": article(iframe()),
      "/pym.js": { type: "text/javascript", body: PYM },
      "/pym.html": article(`<div id="explainer"></div><script src="/pym.js"></script>
        <script>new pym.Parent("explainer", "${widget.url}", {});</script>`),
      "/mount.html": article(mount()),
      // Without scroll anchoring, as in Safari: Chromium's would hide a widget pushed down by another.
      "/two-mounts.html": article(mount() + "<p>Between the widgets.</p>" + mount(), "*{overflow-anchor:none}"),
      // The widget well down the article, so a reader above it is scrolled into the article.
      "/deep-iframe.html": article("<p>More of the article.</p>".repeat(20) + iframe()),
      "/deep-mount.html": article("<p>More of the article.</p>".repeat(20) + mount()),
      "/sticky.html": article(iframe("?scroll-offset=56#implications"), "header{position:sticky;top:0;height:56px;background:#222;z-index:1}").replace("<main>", "<header></header><main>"),
      "/sticky-mount.html": article(mount('data-step="implications" class="m"'), ".m{--scale-explainer-scroll-offset:56px} header{position:sticky;top:0;height:56px;background:#222;z-index:1}").replace("<main>", "<header></header><main>"),
      "/sticky-mount-data.html": article(mount('data-step="implications" data-scroll-offset="56"'), "header{position:sticky;top:0;height:56px;background:#222;z-index:1}").replace("<main>", "<header></header><main>"),
      "/before.html": article("<p>The page before the article.</p>"),
    };
    for (const [name, css] of [
      ["flex-column", ".wrap{display:flex;flex-direction:column;align-items:center}"],
      ["flex-row", ".wrap{display:flex}"],
      ["inline-block", ".wrap{display:inline-block}"],
      ["float", ".wrap{float:left}"],
      ["grid", ".wrap{display:grid;justify-items:center}"],
    ]) {
      pages[`/${name}.html`] = article(`<figure class="wrap" style="margin:0">${mount()}</figure>`, css);
    }
    return pages;
  });

  /** Every embed mode: where the widget's document (or shadow root) is, given a page. */
  const MODES = {
    standalone: { path: null, scope: (page) => page, sx: ".sx" },
    iframe: { path: "/iframe.html", scope: frameOf, sx: ".sx" },
    "Pym.js child": { path: "/pym.html", scope: frameOf, sx: ".sx" },
    "direct mount": { path: "/mount.html", scope: (page) => page, sx: "[data-scale-explainer] >> .sx" },
  };

  async function frameOf(page) {
    return (await page.waitForSelector("iframe")).contentFrame();
  }

  /** Opens a mode's page on a phone, with `inflict`'s fault if any: the page, its errors, and the widget's story. */
  async function openIn({ path, scope, sx }, inflict) {
    const context = await sites.browser.newContext(PHONE);
    await inflict?.(context);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(path ? sites.host.url + path.slice(1) : sites.widget.url);
    const where = await scope(page);
    return { context, page, errors, where, story: where.locator(sx) };
  }

  const truncate = (pattern) => async (context) =>
    context.route(pattern, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
    });

  const FAULTS = {
    "the wasm is missing": (context) => context.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" })),
    "the wasm never arrives": (context) => context.route("**/*.wasm", () => {}),
    "the glue is truncated": truncate(/\/scale-explainer-[0-9a-f]+\.js$/),
    "there is no WebAssembly": (context) => context.addInitScript(() => delete window.WebAssembly),
  };

  for (const [fault, inflict] of Object.entries(FAULTS)) {
    for (const [mode, { sx }] of Object.entries(MODES)) {
      it(`shows the whole story, sized to be read, when ${fault}: ${mode}`, async () => {
        const { context, page, errors, where, story } = await openIn(MODES[mode], inflict);
        // Where the code is slow, not broken, the reader may be on a later step by then: the
        // story unrolls around it, and it stays where it is on screen (a Pym.js host does not
        // scroll for its child). Framed, on the last step, whose footer goes too.
        const last = mode === "iframe";
        const heading = story.locator(`#sx-${last ? "bottom-line" : "valuation"} .sx-step-heading`);
        const reading = fault === "the wasm never arrives" && mode !== "Pym.js child";
        let before;
        if (reading) {
          if (last) {
            await story.locator(".sx-dot").last().click();
          } else {
            await story.locator(".sx-next").click();
            await story.locator(".sx-next").click();
          }
          // Standalone at the top of the page (where the browser anchors nothing); elsewhere
          // scrolled down into the article.
          if (mode !== "standalone") await scrollOnScreen(page, heading, 300);
          before = await onScreen(heading);
          // In the upper half of the screen, where a reader reads (a step lower is kept only
          // for a reader reading the article above it).
          assert.ok(before > 0 && before < 370, `the reader's step is at ${before} px on screen`);
        }
        // Framed, embed.js scrolls no further than the frame grew: on the last step the
        // footer that goes below it leaves it that much lower.
        const slack = last ? await story.locator(".sx-footer").evaluate((footer) => footer.getBoundingClientRect().height) : 0;
        await where.locator(sx.replace(/\.sx$/, ".sx.sx-static")).waitFor({ timeout: 12_000 });
        if (reading) {
          const now = await settled(page, heading);
          assert.ok(now >= before - 3 && now <= before + slack + 3, `the reader's step moved from ${before} to ${now} px on screen`);
          // Focus was on the control the reader last tapped, which the static story hides.
          assert.ok(await heading.evaluate((h) => h.getRootNode().activeElement === h), "focus went with the hidden control");
        }
        const text = await story.innerText();
        for (const figure of FIGURES) assert.ok(text.includes(figure), `lacks ${figure}`);
        assert.equal(await story.locator(".sx-step:visible").count(), 8, "every step is shown");
        assert.ok(await story.locator(".sx-notice").isVisible(), "the notice says why");
        assert.equal(await story.locator(".sx-nav:visible, .sx-footer:visible").count(), 0, "no dead controls");
        if (where !== page) {
          // The frame is as tall as the whole static story: nothing is cut off.
          await where.waitForFunction(
            () => Math.abs(innerHeight - Math.ceil(document.querySelector(".sx").getBoundingClientRect().bottom + scrollY)) <= 3,
            null,
            { timeout: 5000 },
          );
          assert.ok(await where.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), "no scrolling inside the frame");
        }
        if (fault === "the wasm is missing" && mode === "iframe") await screenshot(page, "fault-no-wasm-iframe");
        // A truncated script throws whatever its cut-off code throws; nothing else may.
        if (!fault.includes("truncated")) assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }

  // The panic hook marks every widget on the page at once: the one above the reader's,
  // unrolled, must not push the reader's away.
  const PANICKING = { ...MODES, "the second of two direct mounts": { path: "/two-mounts.html", scope: (page) => page, sx: "[data-scale-explainer] >> nth=1 >> .sx" } };
  for (const [mode, { sx }] of Object.entries(PANICKING)) {
    it(`keeps the reader's step on screen, and focus on it, when the code breaks once live: ${mode}`, async () => {
      const { context, page, errors, where, story } = await openIn(PANICKING[mode]);
      await where.locator(sx.replace(/\.sx$/, ".sx.is-live")).waitFor();
      await story.locator(".sx-dot").nth(6).click();
      const heading = story.locator("#sx-implications .sx-step-heading");
      // Yew panics when a row it put back has lost its place, as a hostile host or an
      // extension could make happen: the reader is typing in the filter, which then hides.
      const filter = story.getByLabel("Filter rows");
      await filter.fill("clients");
      await story.locator(".sx-table tbody tr:last-child").evaluate((row) => document.body.append(row));
      await scrollOnScreen(page, heading, 250);
      const before = await onScreen(heading);
      await filter.fill("");
      await where.locator(sx.replace(/\.sx$/, ".sx.sx-broken")).waitFor();
      // Every step before it unrolls above it, thousands of px; a Pym.js host does not
      // scroll for its child.
      if (mode !== "Pym.js child") {
        const now = await settled(page, heading);
        assert.ok(Math.abs(now - before) <= 3, `the reader's step moved from ${before} to ${now} px on screen`);
      }
      assert.ok(await heading.evaluate((h) => h.getRootNode().activeElement === h), "focus went with the hidden filter");
      assert.equal(await story.locator(".sx-step:visible").count(), 8, "every step is shown");
      assert.equal(await story.locator(".sx-nav:visible, .sx-footer:visible, .sx-table-tools:visible").count(), 0, "no dead controls");
      // The panic's own trap, and nothing else.
      assert.deepEqual(errors, ["unreachable"]);
      await context.close();
    });
  }

  it("moves focus off a sort header the panic hides on a phone, where the cards have no header row", async () => {
    const { context, page, story } = await openIn(MODES.standalone);
    await page.locator(".sx.is-live").waitFor();
    await story.locator(".sx-dot").nth(6).click();
    // Sorting rows the code put in order, one of which has lost its place (as in the test above).
    await story.getByLabel("Filter rows").fill("clients");
    await story.locator(".sx-table tbody tr:first-child").evaluate((row) => document.body.append(row));
    await story.locator(".sx-sort").nth(2).click();
    await story.locator(".sx-sort").nth(2).click();
    await page.waitForSelector(".sx.sx-broken");
    const heading = story.locator("#sx-implications .sx-step-heading");
    assert.ok(await heading.evaluate((h) => document.activeElement === h), "focus went with the hidden sort header");
    await context.close();
  });

  for (const [mode, path, inWidget] of [
    ["framed", "deep-iframe.html", async (page) => (await page.waitForSelector("iframe")).contentFrame()],
    ["mounted", "deep-mount.html", async (page) => page],
  ]) {
    it(`leaves the article still for a reader above the widget when the code never arrives, ${mode}`, async () => {
      const context = await sites.browser.newContext(PHONE);
      await FAULTS["the wasm never arrives"](context);
      const page = await context.newPage();
      await page.goto(sites.host.url + path);
      const where = await inWidget(page);
      const sx = mode === "framed" ? ".sx" : "[data-scale-explainer] >> .sx";
      const story = where.locator(sx);
      await story.locator(".sx-next").click();
      await story.locator(".sx-next").click();
      // The reader went back up to the article: only the step's top shows, low on the screen.
      const step = story.locator("#sx-valuation");
      await scrollOnScreen(page, step, 600);
      const scrolled = await page.evaluate(() => scrollY);
      assert.ok(scrolled > 0, "the reader is scrolled into the article");
      await where.locator(`${sx}.sx-static`).waitFor({ timeout: 12_000 });
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(() => scrollY), scrolled, "the article moved under the reader");
      await context.close();
    });
  }

  it("says a mount without its stylesheet shows the static story, and does not start the code", async () => {
    const context = await sites.browser.newContext(PHONE);
    // As an article's CSP without the widget's origin in style-src would.
    await context.route(/\/style-[0-9a-f]+\.css$/, (route) => route.abort("blockedbyclient"));
    const page = await context.newPage();
    const warnings = [];
    page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
    await page.goto(sites.host.url + "mount.html");
    await page.locator("[data-scale-explainer] >> .sx.sx-static").waitFor({ timeout: 5000 });
    await page.waitForTimeout(1500);
    assert.equal(await page.locator("[data-scale-explainer] >> .sx.is-live").count(), 0, "the code went live unstyled");
    assert.ok(await page.locator("[data-scale-explainer] >> .sx-notice").isVisible(), "the notice says why");
    assert.ok(warnings.some((warning) => warning.includes("stylesheet")), warnings.join("\n"));
    await context.close();
  });

  it("keeps the mount point's link when mount.js itself is truncated", async () => {
    const context = await sites.browser.newContext(PHONE);
    await truncate(/\/mount\.js$/)(context);
    const page = await context.newPage();
    await page.goto(sites.host.url + "mount.html");
    await page.waitForTimeout(1000);
    assert.ok(await page.getByRole("link", { name: "The Meta–Scale AI deal" }).isVisible());
    await context.close();
  });

  for (const [mode, { path, scope, sx }] of Object.entries(MODES)) {
    it(`honours a tap on Next made before the code arrives: ${mode}`, async () => {
      const context = await sites.browser.newContext(PHONE);
      const page = await context.newPage();
      const release = await holdWasm(page);
      await page.goto(path ? sites.host.url + path.slice(1) : sites.widget.url + "#exodus");
      const where = await scope(page);
      const story = where.locator(sx);
      await story.locator(".sx-next").waitFor();
      const first = mode === "standalone" ? "exodus" : "deal";
      assert.equal(await story.locator(".sx-step.is-current").getAttribute("id"), `sx-${first}`);
      await story.locator(".sx-next").click();
      const next = mode === "standalone" ? "rivals" : "stake";
      assert.equal(await story.locator(".sx-step.is-current").getAttribute("id"), `sx-${next}`, "the tap moved at once");
      assert.match(await story.locator(".sx-progress").innerText(), mode === "standalone" ? /^6 of 8$/ : /^2 of 8$/);
      assert.equal(await where.locator(sx.replace(/\.sx$/, ".sx.is-live")).count(), 0, "the code is still held back");
      // Controls that cannot work yet say so.
      assert.equal(await story.getByRole("button", { name: "Show all steps" }).isDisabled(), true);
      release();
      await where.locator(sx.replace(/\.sx$/, ".sx.is-live")).waitFor();
      await page.waitForTimeout(300);
      assert.equal(await story.locator(".sx-step.is-current").getAttribute("id"), `sx-${next}`, "going live kept the step");
      await story.locator(".sx-next").click();
      assert.equal(await story.locator(".sx-progress").innerText(), mode === "standalone" ? "7 of 8" : "3 of 8");
      await context.close();
    });
  }

  for (const layout of ["flex-column", "flex-row", "inline-block", "float", "grid"]) {
    it(`holds a full column's width when mounted in a ${layout} wrapper`, async () => {
      const { page, context, problems } = await open(sites.browser, sites.host.url + `${layout}.html`, PHONE);
      const story = page.locator("[data-scale-explainer] >> .sx.is-live");
      await story.waitFor();
      const width = await story.evaluate((sx) => sx.getBoundingClientRect().width);
      const column = await page.locator("main").evaluate((m) => m.getBoundingClientRect().width);
      assert.ok(width >= column - 1 && width <= column + 1, `${layout}: ${width}px wide in a ${column}px column`);
      const height = await story.evaluate((sx) => sx.getBoundingClientRect().height);
      assert.ok(height < 3000, `${layout}: ${height}px tall`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  for (const [mode, url] of [["in the article's iframe", () => sites.host.url + "iframe.html"], ["standalone", () => sites.widget.url]]) {
    it(`never leaves the page on a right swipe, ${mode}`, async () => {
      const { page, context } = await open(sites.browser, sites.host.url + "before.html", PHONE);
      await page.goto(url());
      const where = mode === "standalone" ? page : await frameOf(page);
      await where.locator(".sx.is-live").waitFor();
      const here = page.url();
      const steps = await where.locator(".sx-steps").evaluate((s) => s.getBoundingClientRect().toJSON());
      const offset = where === page ? 0 : await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().top);
      await page.evaluate(() => scrollTo(0, 0));
      for (let i = 0; i < 3; i++) {
        await swipe(page, { x: 40, y: offset + steps.y + 40, dx: 260, dy: 2 });
        await page.waitForTimeout(400);
      }
      assert.equal(page.url(), here, "the reader is still on the page");
      // A vertical drag still scrolls the page.
      await swipe(page, { x: 180, y: 600, dx: 0, dy: -300 });
      await page.waitForTimeout(300);
      assert.ok(await page.evaluate(() => scrollY) > 0, "vertical scrolling still works");
      await context.close();
    });
  }

  // Inside a frame the story scrolls with the article, so under the finger it hardly moves:
  // a scroll's sideways drift once read as a swipe there, and changed the step mid-scroll.
  for (const [mode, url] of [["in the article's iframe", () => sites.host.url + "iframe.html"], ["standalone", () => sites.widget.url]]) {
    it(`keeps its step when the reader scrolls past it with a sideways drift, ${mode}`, async () => {
      const { page, context, problems } = await open(sites.browser, url(), PHONE);
      const where = mode === "standalone" ? page : await frameOf(page);
      await where.locator(".sx.is-live").waitFor();
      await where.locator(".sx-dot").nth(2).click();
      assert.equal(await where.locator(".sx-progress").innerText(), "3 of 8");
      const steps = where.locator(".sx-steps");
      await steps.evaluate((s) => s.scrollIntoView({ block: "start" }));
      await page.waitForTimeout(200);
      const offset = where === page ? 0 : await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().top);
      const box = await steps.evaluate((s) => s.getBoundingClientRect().toJSON());
      const scrolled = await page.evaluate(() => scrollY);
      for (const dx of [60, -60]) {
        await swipe(page, { x: 180 - dx / 2, y: offset + box.y + 300, dx, dy: -250 });
        await page.waitForTimeout(400);
      }
      assert.ok((await page.evaluate(() => scrollY)) > scrolled, "the page scrolled");
      assert.equal(await where.locator(".sx-progress").innerText(), "3 of 8", "the step changed mid-scroll");
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  // The step read: standalone the last, where the page's own anchoring once took the
  // reader back to the first step.
  for (const [mode, url, prefix, read] of [
    ["a direct mount", () => sites.host.url + "mount.html", "[data-scale-explainer] >> ", 4],
    ["the standalone page", () => sites.widget.url, "", 7],
  ]) {
    it(`keeps the reader's place on screen when Show all steps changes ${mode}'s height`, async () => {
      const { page, context, problems } = await open(sites.browser, url(), PHONE);
      const inWidget = (selector) => page.locator(prefix + selector);
      await inWidget(".sx.is-live").waitFor();
      const [toggle, step] = [inWidget(".sx-switch"), inWidget(".sx-step").nth(read)];
      await inWidget(".sx-dot").nth(read).click();
      // At the end of the step, turning it on: the step being read stays where it is.
      await scrollOnScreen(page, toggle, 600);
      const reading = await onScreen(step);
      await toggle.click();
      await page.waitForTimeout(300);
      assert.equal(await inWidget(".sx-steps.is-all").count(), 1);
      assert.ok(Math.abs((await onScreen(step)) - reading) <= 2, `the step read moved from ${reading} to ${await onScreen(step)}`);
      // At the end of the whole story, turning it off: the switch stays, not the article's
      // text after a widget that shrank by thousands of px (standalone, the page may end
      // first: the switch is then as near its place as the page's end allows).
      await scrollOnScreen(page, toggle, 600);
      await toggle.click();
      await page.waitForTimeout(300);
      assert.equal(await inWidget(".sx-steps.is-all").count(), 0);
      const at = await onScreen(toggle);
      const bottom = await page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight);
      assert.ok(Math.abs(at - 600) <= 2 || (bottom && at > 600 && at < 740), `the switch moved from 600 to ${at} px on screen`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it("applies the theme message to a direct mount", async () => {
    const { page, context } = await open(sites.browser, sites.host.url + "mount.html", { ...PHONE, colorScheme: "light" });
    const story = page.locator("[data-scale-explainer] >> .sx.is-live");
    await story.waitFor();
    await page.evaluate(() => postMessage({ type: "scale-explainer:theme", theme: "dark" }, "*"));
    await showsBackground(story, "rgb(20, 22, 27)");
    await context.close();
  });

  for (const [width, name, setup] of [
    [320, "the default text size doubled", async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32 } });
    }],
    [360, "200% zoom (a 180 px layout viewport)", (page) => page.setViewportSize({ width: 180, height: 370 })],
  ]) {
    it(`reads on a ${width} px phone with ${name}: nothing sideways, text inside its controls, a usable slider`, async () => {
      const context = await sites.browser.newContext({ ...PHONE, viewport: { width, height: 740 } });
      const page = await context.newPage();
      await setup(page);
      await page.goto(sites.widget.url);
      await page.locator(".sx.is-live").waitFor();
      const grown = async () => {
        if (!name.startsWith("the default")) return;
        assert.ok((await textSize(page)) >= 32, "the text did grow");
      };
      for (let i = 0; i < 8; i++) {
        await page.locator(".sx-dot").nth(i).click();
        await grown();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(overflow <= 0, `step ${i + 1} scrolls sideways by ${overflow}px`);
        assert.deepEqual(await sticksOut(page.locator(".sx")), [], `step ${i + 1}`);
        const spilling = await page.locator(".sx button:visible, .sx summary:visible").evaluateAll((controls) =>
          controls.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent.trim()),
        );
        assert.deepEqual(spilling, [], `step ${i + 1}: text leaves its control`);
        if (i === 2) {
          const slider = await page.locator(".sx-slider").boundingBox();
          assert.ok(slider.width >= 120, `the slider is ${slider.width}px wide`);
          // Too narrow for −, the slider and + side by side: the slider above, − and + below
          // its two ends.
          const [less, more] = await page.locator(".sx-stepper").evaluateAll((all) => all.map((e) => e.getBoundingClientRect().toJSON()));
          assert.equal(less.top, more.top, "− and + are on one row");
          assert.ok(slider.y + slider.height <= less.top, "the slider is above them");
          assert.ok(Math.abs(less.left - slider.x) <= 1 && Math.abs(more.right - (slider.x + slider.width)) <= 1, "under the slider's ends");
          // What is on screen, from the stake's control down.
          await page.locator(".sx-step.is-current .sx-control").evaluate((control) => control.scrollIntoView());
          await screenshot(page, `large-text-valuation-${name.startsWith("the default") ? "text" : "zoom"}`, { fullPage: false });
        }
      }
      assert.equal(await page.locator(".sx-progress").evaluate((p) => p.getClientRects().length === 1 && p.getBoundingClientRect().height < 80), true, "“8 of 8” stays on one line");
      await context.close();
    });
  }

  /** The widget's page at `path`, live, on a 360 px phone whose reader set the text to `px`. */
  async function withTextAt(px, path) {
    const context = await sites.browser.newContext({ ...PHONE, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Page.setFontSizes", { fontSizes: { standard: px } });
    await page.goto(sites.widget.url + path);
    await page.locator(".sx.is-live").waitFor();
    assert.ok((await textSize(page)) >= px, "the text did grow");
    return { context, page };
  }

  it("keeps the dots one row of 44 px targets with the text doubled on a 360 px phone, so the controls leave room for the story", async () => {
    const { context, page } = await withTextAt(32, "?hide-title");
    const dots = await page.locator(".sx-dot").evaluateAll((all) => all.map((dot) => dot.getBoundingClientRect().toJSON()));
    assert.equal(new Set(dots.map((dot) => Math.round(dot.top))).size, 1, "one row");
    for (const dot of dots) assert.ok(dot.width >= 44 && dot.height >= 44 && dot.width < 45, `a ${dot.width} × ${dot.height} target`);
    const nav = await page.locator(".sx-nav").boundingBox();
    assert.ok(nav.height < 370, `the step controls take ${nav.height} px of a 740 px screen`);
    await context.close();
  });

  it("keeps Previous and Next side by side under the count with the text at 150% on a 360 px phone", async () => {
    const { context, page } = await withTextAt(24, "#valuation");
    const [previous, count, next] = await page.locator(".sx-previous, .sx-progress, .sx-next").evaluateAll((all) => all.map((e) => e.getBoundingClientRect().toJSON()));
    assert.equal(Math.round(previous.top), Math.round(next.top), "Previous and Next share a row");
    assert.ok(count.bottom <= previous.top, "the count is above them");
    assert.ok(previous.right <= next.left, "Previous is left of Next");
    // The stake's value stays on its label's line, not alone below the slider.
    const [label, value] = await page.locator(".sx-control-label, .sx-control-value").evaluateAll((all) => all.map((e) => e.getBoundingClientRect().toJSON()));
    assert.ok(Math.abs(value.bottom - label.bottom) < 8, `the value's bottom is at ${value.bottom}, the label's at ${label.bottom}`);
    await context.close();
  });

  it("keeps every control's state visible under forced colours", async () => {
    const context = await sites.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto(sites.widget.url);
    await page.locator(".sx.is-live").waitFor();
    const look = (locator, pseudo = null) =>
      locator.evaluate((e, pseudo) => {
        const s = getComputedStyle(e, pseudo);
        return [s.color, s.backgroundColor, s.borderTopColor].join(" ");
      }, pseudo);
    const toggle = page.getByRole("button", { name: "Show all steps" });
    const off = [await look(toggle), await look(toggle, "::before")];
    await toggle.click();
    const on = [await look(toggle), await look(toggle, "::before")];
    assert.notDeepEqual(on, off, "Show all looks different on and off");
    await toggle.click();
    assert.notEqual(await look(page.locator(".sx-previous")), await look(page.locator(".sx-next")), "the unavailable Previous looks unavailable");
    assert.notEqual(await look(page.locator(".sx-dot").nth(0), "::before"), await look(page.locator(".sx-dot").nth(1), "::before"), "the current dot stands out");
    // The rivals' rising triangle, drawn by borders, keeps its shape: a transparent border
    // would be drawn in a system colour, and the triangle would be a block.
    await page.locator(".sx-dot").nth(5).click();
    const [side, base] = await page.locator("#sx-rivals .sx-rivals li").first().evaluate((li) => {
      const style = getComputedStyle(li, "::before");
      return [style.borderLeftColor, style.borderBottomColor];
    });
    assert.equal(side, "rgba(0, 0, 0, 0)", "its sides stay transparent");
    assert.notEqual(base, side, "its base is drawn");
    await context.close();
  });

  it("ships no oEmbed file whose URLs would break where a CMS uses them", async () => {
    // The default build does not know its public address: no oembed.json, no discovery link.
    await assert.rejects(access(join(DIST, "oembed.json")));
    const index = await readFile(join(DIST, "index.html"), "utf8");
    assert.doesNotMatch(index, /json\+oembed/);
  });

  for (const [mode, path] of [
    ["iframe with ?scroll-offset=56", "sticky.html"],
    ["direct mount with --scale-explainer-scroll-offset", "sticky-mount.html"],
    ["direct mount with data-scroll-offset=56", "sticky-mount-data.html"],
  ]) {
    it(`keeps the next heading clear of the host's sticky header: ${mode}`, async () => {
      const { page, context } = await open(sites.browser, sites.host.url + path, PHONE);
      const framed = path === "sticky.html";
      const where = framed ? await frameOf(page) : page;
      const sx = framed ? ".sx" : "[data-scale-explainer] >> .sx";
      await where.locator(`${sx}.is-live`).waitFor();
      const bottomNext = where.locator(sx).locator("#sx-implications .sx-continue");
      await bottomNext.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await bottomNext.click();
      await where.locator(sx).locator("#sx-bottom-line.is-current").waitFor();
      await page.waitForTimeout(400);
      const offset = framed ? await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().top) : 0;
      const top = offset + (await where.locator(sx).locator("#sx-bottom-line-heading").evaluate((h) => h.getBoundingClientRect().top));
      assert.ok(top >= 56 && top < 160, `the heading is at ${top}px: under the 56px header, or far below it`);
      await context.close();
    });
  }
});
