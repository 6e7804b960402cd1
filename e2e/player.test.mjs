// The step player on a phone first: each step as tall as its own content, controls that
// stay where the reader's finger is, deep links from the first paint, keys after a click,
// and landmarks. Measured standalone and inside a cross-origin article iframe.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { join } from "node:path";
import { DESKTOP, DIST, PHONE, axeViolations, currentStep, holdWasm, open, screenshot, showsBackground, swipe, useHostArticles } from "./harness.mjs";

const STEPS = ["deal", "stake", "valuation", "leadership", "exodus", "rivals", "implications", "bottom-line"];
const WIDTHS = [320, 360, 412, 768, 1280];
const MAX_BLANK = 48;

/** A phone (or, from 768 px, a desktop) of the given width. */
const device = (width, colorScheme = "light") =>
  width < 768 ? { ...PHONE, viewport: { width, height: 740 }, colorScheme } : { viewport: { width, height: 900 }, colorScheme };

/** A long article around `body`, so the host page can scroll on both sides of the widget. */
const article = (body) => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,"><style>body{margin:0;font:18px/1.6 Georgia,serif} main{max-width:720px;margin:0 auto;padding:0 12px}
iframe{display:block;width:100%;border:0}</style></head><body><main><h1>An article</h1>
${"<p>Paragraph before the widget, as in any long read.</p>".repeat(12)}${body}
${"<p>Paragraph after the widget, and the article goes on.</p>".repeat(40)}</main></body></html>`;

/**
 * In the document of `scope` (a page or a frame): the blank space, in px, between the last
 * visible content of what is on show (the current step, or every step in Show all) and the
 * footer, and between the last words below it (the credit) and the widget's bottom edge.
 */
function blankSpace(scope) {
  return scope.evaluate(() => {
    const widget = document.querySelector(".sx");
    const visible = (e) => e.getClientRects().length && getComputedStyle(e).visibility !== "hidden";
    // Leaves: what a reader sees as content (text, pictures, controls), not the boxes around it.
    const contentBottom = (container) =>
      Math.max(
        ...[container, ...container.querySelectorAll("*")]
          .filter((e) => visible(e) && (e.matches("svg, button, input, summary, textarea") || [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())))
          .filter((e) => !e.closest("svg") || e.matches("svg"))
          .filter((e) => !e.closest(".sx-visually-hidden"))
          .map((e) => e.getBoundingClientRect().bottom),
      );
    const steps = document.querySelector(".sx-steps");
    const footer = document.querySelector(".sx-footer");
    return {
      step: Math.round(footer.getBoundingClientRect().top - contentBottom(steps)),
      footer: Math.round(widget.getBoundingClientRect().bottom - contentBottom(document.querySelector(".sx-credit"))),
    };
  });
}

function assertCompact(blank, where) {
  assert.ok(blank.step <= MAX_BLANK, `${where}: ${blank.step}px blank below the step's content`);
  assert.ok(blank.footer <= MAX_BLANK, `${where}: ${blank.footer}px blank below the credit`);
}

describe("the step player", () => {
  const sites = useHostArticles((widget) => {
    const frame = (query = "") =>
      `<iframe src="${widget.url}${query}" title="Explainer" height="150" data-scale-explainer-frame></iframe>
       <script src="${widget.url}embed.js"></script>`;
    return {
      "/article.html": article(frame()),
      "/deep.html": article(frame("?step=exodus")),
      "/mount.html": article(`<div data-scale-explainer data-step="rivals"><a href="${widget.url}">The explainer</a></div>
        <script type="module" src="${widget.url}mount.js"></script>`),
      // An editor's settings for a dark article with its own headline.
      "/settings.html": article(frame("?theme=dark&hide-title&show-all=true&hide-embed&flush#exodus")),
      "/mount-settings.html": article(`<div data-scale-explainer data-theme="dark" data-hide-title data-show-all="true" data-hide-embed data-flush data-step="exodus">
        <a href="${widget.url}">The explainer</a></div><script type="module" src="${widget.url}mount.js"></script>`),
    };
  });

  /** The host article with the widget's frame, once the widget is live and its frame fits. */
  async function framed(options, path = "/article.html") {
    const session = await open(sites.browser, sites.host.url + path.slice(1), options);
    const frame = await (await session.page.waitForSelector("iframe")).contentFrame();
    await frame.waitForSelector(".sx.is-live");
    await fitted(session.page, frame);
    return { ...session, frame };
  }

  /** Waits until the iframe is as tall as the widget's content (the height messages arrived). */
  async function fitted(page, frame) {
    await frame.waitForFunction(() => Math.abs(Math.ceil(document.querySelector(".sx").getBoundingClientRect().bottom + scrollY) - innerHeight) <= 3);
    await page.waitForTimeout(50);
  }

  /** Where the frame's top and its top Next button are in the host's viewport. */
  async function controls(page, frame) {
    const iframe = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().top);
    const next = await frame.locator(".sx-next").evaluate((b) => b.getBoundingClientRect().top);
    return { iframe, next: iframe + next };
  }

  for (const width of WIDTHS) {
    for (const colorScheme of ["light", "dark"]) {
      it(`leaves at most ${MAX_BLANK}px blank on every step at ${width}px in ${colorScheme} mode, standalone and framed`, async () => {
        const standalone = await open(sites.browser, sites.widget.url, device(width, colorScheme));
        await standalone.page.waitForSelector(".sx.is-live");
        const embedded = await framed(device(width, colorScheme));
        for (const [scope, where] of [[standalone.page, "standalone"], [embedded.frame, "framed"]]) {
          for (const [i, id] of STEPS.entries()) {
            await scope.locator(".sx-dot").nth(i).click();
            assertCompact(await blankSpace(scope), `${where} ${width}px ${colorScheme} ${id}`);
          }
          await scope.getByRole("button", { name: "Show all steps" }).click();
          assertCompact(await blankSpace(scope), `${where} ${width}px ${colorScheme} show all`);
          await scope.getByRole("button", { name: "Show all steps" }).click();
        }
        // The frame follows: as tall as the widget on its last step, no more.
        await fitted(embedded.page, embedded.frame);
        if (width === 360) {
          for (const [i, id] of STEPS.entries()) {
            await standalone.page.locator(".sx-dot").nth(i).click();
            await screenshot(standalone.page, `player-${id}-360-${colorScheme}`);
          }
        }
        assert.deepEqual(standalone.problems, []);
        assert.deepEqual(embedded.problems, []);
        await standalone.context.close();
        await embedded.context.close();
      });
    }
  }

  it("keeps the frame's top and the top controls in place in the host article, whichever way the reader moves", async () => {
    const { page, frame, context, problems } = await framed(device(360));
    // Scroll the article so the widget's controls sit near the top of the phone's screen.
    await page.evaluate(() => scrollTo(0, document.querySelector("iframe").getBoundingClientRect().top + scrollY - 40));
    // A point on the current step's text, in the host page's coordinates.
    const onTheStory = async () => {
      const frameTop = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().top);
      const steps = await frame.locator(".sx-steps").evaluate((s) => s.getBoundingClientRect().toJSON());
      return { x: steps.x + steps.width / 2, y: frameTop + steps.y + 60 };
    };
    const moves = {
      "Next button": () => frame.locator(".sx-next").click(),
      "Previous button": () => frame.locator(".sx-previous").click(),
      dot: () => frame.locator(".sx-dot").nth(6).click(),
      "another dot": () => frame.locator(".sx-dot").nth(1).click(),
      "→ key": async () => {
        await frame.locator(".sx-step.is-current .sx-step-heading").click();
        await page.keyboard.press("ArrowRight");
      },
      "← key": () => page.keyboard.press("ArrowLeft"),
      "swipe left": async () => swipe(page, { ...(await onTheStory()), dx: -150, dy: 5 }),
      "swipe right": async () => swipe(page, { ...(await onTheStory()), dx: 150, dy: 5 }),
    };
    for (const [name, move] of Object.entries(moves)) {
      const before = await controls(page, frame);
      const step = await currentStep(frame);
      await move();
      await frame
        .waitForFunction((from) => document.querySelector(".sx-step.is-current").id !== `sx-${from}`, step, { timeout: 5000 })
        .catch(() => assert.fail(`${name}: the step stayed ${step}`));
      await fitted(page, frame);
      const after = await controls(page, frame);
      assert.ok(Math.abs(after.iframe - before.iframe) <= 1, `${name}: the frame moved from ${before.iframe} to ${after.iframe}`);
      assert.ok(Math.abs(after.next - before.next) <= 1, `${name}: Next moved from ${before.next} to ${after.next}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("lets a pinch-zoomed reader pan sideways across the story, standalone and mounted, where a drag is no swipe", async () => {
    for (const [url, prefix] of [[sites.widget.url, ""], [sites.host.url + "mount.html", "[data-scale-explainer] >> "]]) {
      const context = await sites.browser.newContext(device(360));
      const page = await context.newPage();
      await page.goto(url);
      await page.locator(prefix + ".sx.is-live").waitFor();
      const story = page.locator(prefix + ".sx-step.is-current");
      const step = await story.getAttribute("id");
      await story.evaluate((s) => s.scrollIntoView());
      const y = (await story.boundingBox()).y + 40;
      const cdp = await context.newCDPSession(page);
      const zoom = (pageScaleFactor) => cdp.send("Emulation.setPageScaleFactor", { pageScaleFactor });
      await zoom(2);
      await page.waitForTimeout(200);
      // Twice the size, so the story's text is at twice its place on the screen.
      await swipe(page, { x: 150, y: 2 * y, dx: -120, dy: 3 });
      await page.waitForTimeout(300);
      assert.ok((await page.evaluate(() => visualViewport.offsetLeft)) > 100, `${url}: the zoomed page did not pan`);
      assert.equal(await story.getAttribute("id"), step, `${url}: the drag moved the step`);
      await zoom(1);
      await page.waitForTimeout(200);
      await swipe(page, { x: 150, y, dx: -120, dy: 3 });
      await page.locator(prefix + ".sx-step.is-current:not(#" + step + ")").waitFor();
      await context.close();
    }
  });

  for (const [how, move] of [
    ["the Next button at the bottom of a long step", async (page, scope) => {
      const bottomNext = scope.locator("#sx-implications .sx-continue");
      await bottomNext.scrollIntoViewIfNeeded();
      await bottomNext.click();
    }],
    ["a swipe at the end of a long step", async (page, scope) => {
      // The reader has read to the step's end: its source note sits mid-screen. (A bounding
      // box is in the top page's viewport, a frame's too.)
      const source = scope.locator("#sx-implications .sx-source");
      await source.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, (await source.boundingBox()).y - 370);
      await page.waitForTimeout(200);
      const box = await source.boundingBox();
      await swipe(page, { x: 180, y: box.y + box.height / 2, dx: -150, dy: 5 });
    }],
  ]) {
    it(`brings the next step's heading into view after ${how}`, async () => {
      // Standalone, and in the host article across origins, where the frame shrinks with the
      // step: the reader must not be left in the article below it.
      const standalone = await open(sites.browser, sites.widget.url + "#implications", device(360));
      await standalone.page.waitForSelector(".sx.is-live");
      const embedded = await framed(device(360));
      await embedded.frame.locator(".sx-dot").nth(6).click();
      await fitted(embedded.page, embedded.frame);
      for (const [page, scope, where] of [[standalone.page, standalone.page, "standalone"], [embedded.page, embedded.frame, "framed"]]) {
        const iframeInDocument = () => page.evaluate(() => document.querySelector("iframe")?.getBoundingClientRect().top + scrollY);
        const before = await iframeInDocument();
        await move(page, scope);
        await scope.locator("#sx-bottom-line.is-current").waitFor();
        if (scope !== page) await fitted(page, scope);
        await page.waitForTimeout(300);
        const heading = await scope.locator("#sx-bottom-line-heading").evaluate((h) => h.getBoundingClientRect().toJSON());
        const offset = scope === page ? 0 : await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().top);
        const viewport = await page.evaluate(() => innerHeight);
        assert.ok(offset + heading.top >= 0 && offset + heading.bottom <= viewport, `${where}: the new heading is off screen at ${offset + heading.top}px`);
        if (scope !== page) assert.equal(await iframeInDocument(), before, `${where}: the article itself did not move, only scrolled`);
      }
      await standalone.context.close();
      await embedded.context.close();
    });
  }

  it("loads without a layout shift, standalone (deep-linked or not) and in the host article", async () => {
    for (const url of [sites.widget.url, sites.widget.url + "#exodus", sites.widget.url + "?step=implications", sites.host.url + "article.html"]) {
      const context = await sites.browser.newContext(device(360));
      await context.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value)))
          .observe({ type: "layout-shift", buffered: true });
      });
      const page = await context.newPage();
      await page.goto(url);
      const scope = url.startsWith(sites.host.url) ? await (await page.waitForSelector("iframe")).contentFrame() : page;
      await scope.waitForSelector(".sx.is-live");
      await page.waitForTimeout(500);
      const shift = await page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));
      assert.equal(shift, 0, `${url}: cumulative layout shift ${shift}`);
      await context.close();
    }
  });

  /** Which steps are visible in `scope` at the first frame the browser renders. */
  async function firstFrame(context) {
    await context.addInitScript(() => {
      requestAnimationFrame(() => {
        window.__firstFrame = [...document.querySelectorAll(".sx-step")].filter((s) => s.checkVisibility()).map((s) => s.id);
        window.__firstProgress = document.querySelector(".sx-progress")?.textContent;
        window.__firstSaid = document.querySelector(".sx-announcer")?.textContent;
      });
    });
  }

  for (const [name, url] of [
    ["#exodus", "#exodus"],
    ["?step=exodus", "?step=exodus"],
    ["a fragment over ?step=", "?step=rivals#exodus"],
    ["??step=exodus, read as the code reads it", "??step=exodus"],
  ]) {
    it(`shows the step a deep link names (${name}) from the first paint, before the code arrives`, async () => {
      const context = await sites.browser.newContext(device(360));
      await firstFrame(context);
      const page = await context.newPage();
      const release = await holdWasm(page);
      await page.goto(sites.widget.url + url);
      await page.waitForFunction(() => window.__firstFrame);
      assert.deepEqual(await page.evaluate(() => window.__firstFrame), ["sx-exodus"]);
      assert.equal((await page.evaluate(() => window.__firstProgress)).trim(), "5 of 8");
      // A screen reader's browse mode reads the step shown; going live has nothing new to say.
      assert.equal(await page.evaluate(() => window.__firstSaid), "Step 5 of 8: The client exodus");
      assert.equal(await page.locator(".sx-dot[aria-current=step]").getAttribute("aria-label"), await page.locator(".sx-dot").nth(4).getAttribute("aria-label"));
      assert.equal(await page.locator(".sx.is-live").count(), 0, "the code is still held back");
      release();
      await page.waitForSelector(".sx.is-live");
      assert.equal(await currentStep(page), "exodus", "going live keeps the step");
      assert.equal(await page.locator(".sx-announcer").textContent(), "Step 5 of 8: The client exodus");
      await context.close();
    });
  }

  it("says each move made before the code is live, as the code says it, and going live says nothing new", async () => {
    const context = await sites.browser.newContext(device(360));
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.goto(sites.widget.url);
    await page.waitForFunction(() => document.readyState === "complete");
    const said = () => page.locator(".sx-announcer").textContent();
    const heading = (id) => page.locator(`#sx-${id}-heading`).textContent();
    await page.locator(".sx-next").click();
    assert.equal(await said(), `Step 2 of 8: ${await heading("stake")}`);
    await page.locator(".sx-dot").nth(5).click();
    assert.equal(await said(), `Step 6 of 8: ${await heading("rivals")}`);
    assert.equal(await page.locator(".sx.is-live").count(), 0, "the code is still held back");
    const before = await said();
    await page.evaluate(() => {
      const announcer = document.querySelector(".sx-announcer");
      window.__said = [];
      new MutationObserver(() => window.__said.push(announcer.textContent)).observe(announcer, { subtree: true, characterData: true, childList: true });
    });
    release();
    await page.waitForSelector(".sx.is-live");
    await page.waitForTimeout(200);
    const after = await page.evaluate(() => window.__said);
    assert.ok(after.every((text) => text === before) && (await said()) === before, after.join(" | "));
    await page.locator(".sx-next").click();
    assert.equal(await said(), `Step 7 of 8: ${await heading("implications")}`, "the code says the next");
    await context.close();
  });

  it("keeps the announcer quiet for a key's move before the code is live, as after: focus says the step", async () => {
    const context = await sites.browser.newContext(device(360));
    const page = await context.newPage();
    await holdWasm(page);
    await page.goto(sites.widget.url);
    await page.waitForFunction(() => document.readyState === "complete");
    // What happens to the announcer, in order: it must be off before its words change.
    await page.evaluate(() => {
      const announcer = document.querySelector(".sx-announcer");
      window.__changes = [];
      new MutationObserver((records) => window.__changes.push(...records.map((r) => r.type === "attributes" ? announcer.getAttribute("aria-live") : "words")))
        .observe(announcer, { attributes: true, attributeFilter: ["aria-live"], childList: true, characterData: true, subtree: true });
    });
    await page.locator(".sx-step.is-current .sx-step-heading").click();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.activeElement?.id === "sx-stake-heading");
    const changes = await page.evaluate(() => window.__changes);
    assert.equal(changes[0], "off", changes.join(", "));
    assert.ok(changes.includes("words"), changes.join(", "));
    assert.equal(await page.locator(".sx.is-live").count(), 0, "the code is still held back");
    await context.close();
  });

  it("shows a deep link's step from the first paint when the stylesheet is in before the page has all come", async () => {
    // As over a network that pauses mid-page once the stylesheet is in (on a second
    // visit, from the cache): the story is parsed and could be painted before the rest of
    // the page arrives. The control load, with the page script not blocking rendering,
    // shows that this server lets the first step paint.
    const html = await readFile(join(DIST, "index.html"), "utf8");
    const cut = html.indexOf("</main>") + "</main>".length;
    let blocking = true;
    let styled;
    const server = createServer(async (request, response) => {
      const path = new URL(request.url, "http://x").pathname;
      if (path === "/") {
        const page = blocking ? html : html.replace(' blocking="render"', "");
        const stylesheet = new Promise((done) => (styled = done));
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.write(page.slice(0, cut));
        await stylesheet;
        await new Promise((done) => setTimeout(done, 300));
        return response.end(page.slice(cut));
      }
      const file = await fetch(sites.widget.url + path.slice(1));
      response.writeHead(file.status, { "content-type": file.headers.get("content-type") });
      response.end(Buffer.from(await file.arrayBuffer()));
      if (path.endsWith(".css")) response.on("finish", () => styled());
    });
    await new Promise((done) => server.listen(0, "127.0.0.1", done));
    const firstFrameOf = async () => {
      const context = await sites.browser.newContext(device(360));
      await firstFrame(context);
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/#exodus`);
      await page.waitForFunction(() => window.__firstFrame);
      const shown = await page.evaluate(() => window.__firstFrame);
      await context.close();
      return shown;
    };
    assert.deepEqual(await firstFrameOf(), ["sx-exodus"]);
    blocking = false;
    assert.deepEqual(await firstFrameOf(), ["sx-deal"], "control: not blocking, the first step paints first");
    await new Promise((done) => server.close(done));
  });

  it("shows a framed or mounted widget's start step from its first paint, before the code arrives", async () => {
    const context = await sites.browser.newContext(device(360));
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.goto(sites.host.url + "deep.html");
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.waitForFunction(() => document.readyState === "complete");
    assert.equal(await currentStep(frame), "exodus");
    assert.ok(await frame.locator("#sx-exodus").isVisible() && !(await frame.locator("#sx-deal").isVisible()));
    await page.goto(sites.host.url + "mount.html");
    const mounted = page.locator("[data-scale-explainer] >> .sx-step.is-current");
    await mounted.waitFor();
    assert.equal(await mounted.getAttribute("id"), "sx-rivals");
    assert.equal((await page.locator("[data-scale-explainer] >> .sx-progress").innerText()).trim(), "6 of 8");
    assert.equal(await page.locator("[data-scale-explainer] >> .sx.is-live").count(), 0, "the code is still held back");
    release();
    await page.locator("[data-scale-explainer] >> .sx.is-live").waitFor();
    assert.equal(await mounted.getAttribute("id"), "sx-rivals");
    await context.close();
  });

  it("shows an embedder's theme, hidden title, Show all, hidden Embed button and flush sides from the first paint, framed and mounted: going live changes nothing", async () => {
    for (const [path, prefix] of [["/settings.html", ""], ["/mount-settings.html", "[data-scale-explainer] >> "]]) {
      const context = await sites.browser.newContext(device(360, "light"));
      const page = await context.newPage();
      const release = await holdWasm(page);
      await page.goto(sites.host.url + path.slice(1));
      const scope = prefix ? page : await (await page.waitForSelector("iframe")).contentFrame();
      const inWidget = (selector) => scope.locator(prefix + selector);
      await inWidget(".sx-credit").waitFor();
      await scope.waitForFunction(() => document.readyState === "complete");
      // What the reader sees, and where: the widget's colours, the title, the controls and each step.
      const look = async () => ({
        background: await inWidget(".sx").evaluate((sx) => getComputedStyle(sx).backgroundColor),
        side: await inWidget(".sx").evaluate((sx) => getComputedStyle(sx).paddingLeft),
        title: await inWidget(".sx-header").evaluate((header) => header.getBoundingClientRect().height),
        controls: await inWidget(".sx-nav").evaluateAll((navs) => navs.some((nav) => nav.checkVisibility())),
        steps: await inWidget(".sx-step").evaluateAll((steps) => steps.map((step) => Math.round(step.getBoundingClientRect().top))),
        current: await inWidget(".sx-step.is-current").count(),
        pressed: await inWidget(".sx-switch").getAttribute("aria-pressed"),
        embed: await inWidget(".sx-embed > .sx-button").evaluateAll((buttons) => buttons.some((button) => button.checkVisibility())),
        said: await inWidget(".sx-announcer").textContent(),
      });
      const first = await look();
      assert.equal(await inWidget(".sx.is-live").count(), 0, `${path}: the code is still held back`);
      assert.equal(first.background, "rgb(20, 22, 27)", `${path}: dark from the first paint, in a light-mode browser`);
      assert.ok(first.title <= 1, `${path}: the title shows (${first.title}px)`);
      assert.equal(first.controls, false, `${path}: the step controls show`);
      assert.equal(first.steps.filter((top) => top !== 0).length, STEPS.length, `${path}: not every step shows`);
      assert.equal(first.embed, false, `${path}: the Embed button shows`);
      assert.equal(first.side, "5px", `${path}: the side margins show`);
      assert.equal(first.said, "Showing all 8 steps", `${path}: the announcer names one step`);
      release();
      await inWidget(".sx.is-live").waitFor();
      await page.waitForTimeout(200);
      assert.deepEqual(await look(), first, `${path}: going live moved or changed something`);
      await context.close();
    }
  });

  it("takes a host's theme message before the code is live, framed and mounted, and going live keeps it", async () => {
    for (const [path, prefix] of [["/article.html", ""], ["/mount.html", "[data-scale-explainer] >> "]]) {
      const context = await sites.browser.newContext(device(360, "light"));
      const page = await context.newPage();
      const release = await holdWasm(page);
      try {
        await page.goto(sites.host.url + path.slice(1));
        const scope = prefix ? page : await (await page.waitForSelector("iframe")).contentFrame();
        const story = scope.locator(prefix + ".sx");
        await scope.locator(prefix + ".sx-credit").waitFor();
        await scope.waitForFunction(() => document.readyState === "complete");
        // On screen, as the reader sees it (a frame out of view may run no frames).
        await (prefix ? story : page.locator("iframe")).scrollIntoViewIfNeeded();
        const DARK = "rgb(20, 22, 27)";
        assert.equal(await story.evaluate((sx) => getComputedStyle(sx).backgroundColor), "rgb(255, 255, 255)", `${path}: light, as the browser is`);
        // As a host page does on load, before the code has arrived: its theme, to the frame,
        // or for a direct mount to the article's own window.
        await page.evaluate((framed) => {
          const message = { type: "scale-explainer:theme", theme: "dark" };
          (framed ? document.querySelector("iframe").contentWindow : window).postMessage(message, "*");
        }, !prefix);
        await showsBackground(story, DARK);
        assert.equal(await scope.locator(prefix + ".sx.is-live").count(), 0, `${path}: the code is still held back`);
        // Every 10 ms from here, through hydration and going live, in the host's colours.
        await story.evaluate((sx) => {
          window.__backgrounds = new Set();
          const sample = () => (window.__backgrounds.add(getComputedStyle(sx).backgroundColor), setTimeout(sample, 10));
          sample();
        });
        release();
        await scope.locator(prefix + ".sx.is-live").waitFor();
        await page.waitForTimeout(300);
        assert.equal(await story.evaluate((sx) => getComputedStyle(sx).backgroundColor), DARK, `${path}: light once live`);
        assert.deepEqual(await scope.evaluate(() => [...window.__backgrounds]), [DARK], `${path}: the theme changed on the way`);
      } finally {
        release();
        await context.close();
      }
    }
  });

  it("takes an article's theme message sent while a direct mount's story is on its way", async () => {
    const context = await sites.browser.newContext(device(360, "light"));
    const page = await context.newPage();
    let deliver;
    const held = new Promise((resolve) => (deliver = resolve));
    await page.route("**/index.html", async (route) => (await held, route.continue()));
    try {
      const asked = page.waitForRequest("**/index.html");
      await page.goto(sites.host.url + "mount.html");
      // mount.js is fetching the story: the article sends its theme, as on DOMContentLoaded.
      await asked;
      await page.evaluate(() => new Promise((sent) => {
        addEventListener("message", () => setTimeout(sent), { once: true });
        postMessage({ type: "scale-explainer:theme", theme: "dark" }, "*");
      }));
      deliver();
      await showsBackground(page.locator("[data-scale-explainer] >> .sx"), "rgb(20, 22, 27)");
    } finally {
      deliver();
      await context.close();
    }
  });

  it("keeps a direct mount's height when its code arrives: no Embed panel there from the first paint", async () => {
    const context = await sites.browser.newContext(device(320));
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.goto(sites.host.url + "mount.html");
    await page.locator("[data-scale-explainer] >> .sx-credit").waitFor();
    await page.waitForFunction(() => document.readyState === "complete");
    const mount = page.locator("[data-scale-explainer]");
    const before = (await mount.boundingBox()).height;
    assert.equal(await page.locator("[data-scale-explainer] >> .sx-embed button").isVisible(), false, "an Embed button in someone else's page");
    release();
    await page.locator("[data-scale-explainer] >> .sx.is-live").waitFor();
    await page.waitForTimeout(200);
    assert.equal((await mount.boundingBox()).height, before, "the article below the widget moved when the code arrived");
    await context.close();
  });

  it("moves with ← and → after a click on the story text, standalone and framed", async () => {
    const standalone = await open(sites.browser, sites.widget.url, DESKTOP);
    await standalone.page.waitForSelector(".sx.is-live");
    const embedded = await framed(device(360));
    await standalone.page.locator("#sx-deal p").first().click();
    await standalone.page.keyboard.press("ArrowRight");
    assert.equal(await currentStep(standalone.page), "stake");
    await embedded.frame.locator("#sx-deal p").first().click();
    await embedded.page.keyboard.press("ArrowRight");
    assert.equal(await currentStep(embedded.frame), "stake");
    // The slider keeps its own arrows.
    await standalone.page.locator(".sx-dot").nth(2).click();
    await standalone.page.locator(".sx-slider").focus();
    await standalone.page.keyboard.press("ArrowRight");
    assert.equal(await currentStep(standalone.page), "valuation");
    await standalone.context.close();
    await embedded.context.close();
  });

  it("has a main landmark and passes axe's best-practice rules on the standalone page, on every step", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { page, context } = await open(sites.browser, sites.widget.url, device(360, colorScheme));
      await page.waitForSelector(".sx.is-live");
      assert.equal(await page.locator("main").count(), 1);
      for (const [i, id] of STEPS.entries()) {
        await page.locator(".sx-dot").nth(i).click();
        assert.deepEqual(await axeViolations(page, { document: true }), [], `${colorScheme} ${id}`);
      }
      const region = page.locator(".sx-player");
      assert.ok(await region.getAttribute("aria-roledescription"));
      assert.ok(await region.getAttribute("aria-labelledby"));
      assert.ok(await page.locator(".sx-dots").getAttribute("aria-label"), "the dots are a labelled step picker");
      // Previous and Next keep focus, as the carousel pattern asks.
      await page.locator(".sx-next").focus();
      await page.locator(".sx-next").press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement.classList.contains("sx-next")), true);
      await context.close();
    }
  });
});
