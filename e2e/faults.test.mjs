// Faults and hostile input: the story stays readable when the code cannot load or crashes,
// missing browser APIs break nothing, junk in the URL or in messages is ignored, and the
// widget neither phones home nor leaves anything behind.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { INTERACTIVE, PHONE, firstRowCells, holdWasm, hydrated, open, screenshot, useSite } from "./harness.mjs";

const FIGURES = ["$14.3B", "49%", "nearly $29B", "reportedly spent over $200 million", "Data trust is everything.", "Jason Droege"];
const ASPECTS = ["Funding", "Leadership", "Client Loyalty", "Market Standing", "Competitor Gain"];

describe("faults and hostile input", () => {
  const site = useSite();

  /** Asserts that the whole static story is in view, with the notice and no dead controls. */
  async function wholeStoryShown(page) {
    const text = await page.locator(".sx").innerText();
    for (const figure of FIGURES) assert.ok(text.includes(figure), `lacks ${figure}`);
    assert.deepEqual(await page.locator(".sx-table tbody th").allInnerTexts(), ASPECTS);
    assert.equal(await page.locator(".sx-step:visible").count(), 8, "every step is shown");
    assert.ok(await page.locator(".sx-notice").isVisible(), "the notice says why");
    const dead = await page.locator(INTERACTIVE).evaluateAll((all) => all.filter((e) => e.checkVisibility()).map((e) => e.className));
    assert.deepEqual(dead, [], "no dead controls");
    assert.equal(await page.locator(".sx-sort:enabled").count(), 0, "no sort button that cannot sort");
    // On a phone each card names its values' columns: no row of header words over them.
    assert.equal(await page.locator(".sx-table thead").isVisible(), false, "the cards stand alone");
    // ... to the eye and to a screen reader, which has no header row to name them now.
    assert.deepEqual(await firstRowCells(page), {
      shown: ["Impact on Scale AI: ", "Client concerns: "],
      said: ["Impact on Scale AI: $14.3B capital for expansion", "Client concerns: Meta’s influence could steer agenda"],
    }, "each value names its column");
    const hint = page.locator(".sx-sort-hint");
    assert.ok((await hint.count()) === 1 && !(await hint.isVisible()), "no hint that the headers sort the table");
    // Nor is one step announced, of a story shown whole.
    const announcer = page.locator(".sx-announcer");
    assert.ok((await announcer.count()) === 1 && !(await announcer.isVisible()), "a screen reader is told of one step");
  }

  for (const [name, block] of [
    ["the wasm is missing", (context) => context.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }))],
    ["the wasm is blocked", (context) => context.route("**/*.wasm", (route) => route.abort("blockedbyclient"))],
    ["the bindings are missing", (context) => context.route(/scale-explainer-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: "" }))],
    ["there is no WebAssembly", (context) => context.addInitScript(() => delete window.WebAssembly)],
  ]) {
    it(`keeps the whole story readable when ${name}`, async () => {
      const context = await site.browser.newContext(PHONE);
      await block(context);
      const page = await context.newPage();
      const pageErrors = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      const warnings = [];
      page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
      await page.goto(site.server.url + "#exodus");
      await page.waitForSelector(".sx.sx-static");
      await wholeStoryShown(page);
      assert.deepEqual(pageErrors, []);
      if (name === "the wasm is missing") {
        await screenshot(page, "fault-no-wasm");
        // Past the time the code had to go live: the first cause is the one said.
        await page.waitForTimeout(8500);
        const said = warnings.filter((warning) => warning.startsWith("scale-explainer:"));
        assert.equal(said.length, 1, said.join("\n"));
      }
      await context.close();
    });
  }

  it("logs a Rust panic, says something went wrong and keeps the story", async () => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    // Hold the wasm back, then break the prerendered page the way a hostile host or an
    // extension might, so hydration finds something else and Yew panics.
    const release = await holdWasm(page);
    await page.goto(site.server.url, { waitUntil: "domcontentloaded" });
    await page.evaluate(() => document.querySelector(".sx-nav").remove());
    release();
    await page.waitForSelector(".sx.sx-broken");
    assert.ok(errors.some((e) => e.includes("panicked")), `the panic is logged: ${errors.join("\n")}`);
    await wholeStoryShown(page);
    await screenshot(page, "fault-panic");
    await context.close();
  });

  it("names each card's columns to a screen reader again when the code breaks after going live", async () => {
    const { page, context } = await open(site.browser, site.server.url + "#implications", PHONE);
    await hydrated(page);
    assert.deepEqual((await firstRowCells(page)).said, ["$14.3B capital for expansion", "Meta’s influence could steer agenda"], "live, the header row names them");
    // Yew panics when a row it put back has lost its place, as a hostile host or an extension could make happen.
    await page.getByLabel("Filter rows").fill("clients");
    await page.locator(".sx-table tbody tr:last-child").evaluate((row) => document.body.append(row));
    await page.getByLabel("Filter rows").fill("");
    await page.waitForSelector(".sx.sx-broken");
    assert.equal(await page.locator(".sx-table thead").isVisible(), false, "the header row goes with the controls");
    // (The panic left the rows in an order of its own.)
    const { shown, said } = await firstRowCells(page);
    assert.deepEqual(shown, ["Impact on Scale AI: ", "Client concerns: "]);
    assert.ok(said.every((name, i) => name.startsWith(shown[i]) && name.length > shown[i].length), `a screen reader is given ${said}`);
    await context.close();
  });

  // The two optional APIs the widget uses: the page script sizes the frame with
  // ResizeObserver, and Copy uses the Clipboard API. Without them it falls back.
  it("works without ResizeObserver or a Clipboard API, even framed, and still reports its height", async () => {
    const context = await site.browser.newContext(PHONE);
    await context.addInitScript(() => {
      delete window.ResizeObserver;
      delete Navigator.prototype.clipboard;
    });
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.setContent(`<iframe src="${site.server.url}?childId=x" style="width:340px;height:500px;border:0"></iframe>
      <script>window.heights = []; addEventListener("message", (e) => { if (e.data && e.data.type === "scale-explainer:height") heights.push(e.data.height); });</script>`);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.waitForSelector(".sx.is-live");
    await frame.locator(".sx-next").click();
    await frame.locator(".sx-dot").nth(6).click();
    await frame.locator(".sx-sort", { hasText: "Aspect" }).click();
    await frame.getByRole("button", { name: "Embed" }).click();
    await frame.getByRole("button", { name: "Copy" }).first().click();
    await frame.getByText("Selected: copy it.").waitFor();
    assert.equal(await frame.locator(".sx-progress").innerText(), "7 of 8");
    const heights = await page.evaluate(() => window.heights);
    assert.ok(heights.length > 0 && heights.every((h) => h > 0), `the parent heard the height: ${heights}`);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  for (const [name, script] of [
    // The page script's 3 s fallback is what loads the code here.
    ["reports no paint", () => (window.PerformanceObserver = class { observe() {} static supportedEntryTypes = ["paint"]; })],
    // Two animation frames load it here: the 3 s fallback is switched off, so it cannot.
    ["has no paint timing", () => {
      delete window.PerformanceObserver.supportedEntryTypes;
      const setTimeout = window.setTimeout;
      window.setTimeout = (work, ms, ...args) => (ms === 3000 ? 0 : setTimeout(work, ms, ...args));
    }],
  ]) {
    it(`loads its code even when the browser ${name}`, async () => {
      const context = await site.browser.newContext(PHONE);
      await context.addInitScript(script);
      const page = await context.newPage();
      const pageErrors = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await page.goto(site.server.url);
      await page.waitForSelector(".sx.is-live", { timeout: 10_000 });
      await page.locator(".sx-next").click();
      assert.equal(await page.locator(".sx-progress").innerText(), "2 of 8");
      assert.deepEqual(pageErrors, []);
      await context.close();
    });
  }

  it("shrugs off junk in the URL with at most one warning", async () => {
    const junk = [
      "?step=-1",
      `?step=${"x".repeat(10_000)}`,
      "?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E&theme=%00",
      "?theme=d%C3%A4rk&step=%F0%9F%92%A5%E2%80%AE&sort=%00",
      "#%3Cimg%20src=x%20onerror=alert(1)%3E",
      "#" + "é🙂".repeat(2000),
      "?show-all=1&show-all=nope&hide-title=%ZZ#deal?x=<script>",
    ];
    for (const suffix of junk) {
      const context = await site.browser.newContext(PHONE);
      const page = await context.newPage();
      const warnings = [];
      const errors = [];
      page.on("console", (m) => (m.type() === "warning" ? warnings : m.type() === "error" ? errors : []).push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("dialog", (dialog) => errors.push(`dialog: ${dialog.message()}`));
      await page.goto(site.server.url + suffix);
      await hydrated(page);
      await page.getByRole("button", { name: "Show all steps" }).click();
      assert.ok(warnings.length <= 1, `${suffix.slice(0, 40)}: ${warnings.join(" | ")}`);
      assert.deepEqual(errors, [], suffix.slice(0, 40));
      assert.equal(await page.locator(".sx img, .sx script").count(), 0);
      await context.close();
    }
  });

  it("ignores messages that are not its own, or not from its parent, and cannot be steered by them", async () => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.setContent(
      `<iframe id="widget" src="${site.server.url}#stake" style="width:340px;height:500px"></iframe>
       <iframe id="other" srcdoc="<p>another frame</p>"></iframe>`,
    );
    const frame = await (await page.waitForSelector("#widget")).contentFrame();
    await frame.waitForSelector(".sx.is-live");
    const look = () => frame.locator(".sx").evaluate((sx) => ({ html: sx.innerHTML, background: getComputedStyle(sx).backgroundColor }));
    const before = { url: frame.url(), look: await look() };
    const junk = [
      "hello",
      "pymxPYMxxxPYMxnavigatexPYMxhttps://evil.test",
      { type: "scale-explainer:theme", theme: "<img src=x onerror=alert(1)>" },
      { type: "scale-explainer:height", height: 1 },
      { type: "scale-explainer:navigate", url: "https://evil.test" },
      { type: ["scale-explainer:theme"], theme: ["dark"] },
      { huge: "x".repeat(2_000_000), nested: { deep: [1, 2, { a: null }] } },
      null,
      42,
      [1, 2, 3],
      new Date(0),
    ];
    for (const message of junk) {
      await page.evaluate((m) => document.getElementById("widget").contentWindow.postMessage(m, "*"), message);
    }
    // From a sibling frame, even a well-formed theme message is not from the parent.
    await page.evaluate(() => {
      const other = document.getElementById("other").contentWindow;
      other.eval(`parent.frames[0].postMessage({ type: "scale-explainer:theme", theme: "dark" }, "*")`);
    });
    await page.waitForTimeout(300);
    assert.equal(frame.url(), before.url, "no message navigates");
    assert.deepEqual(await look(), before.look, "no message changes what is shown, or its colours");
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  it("leaves no cookies or storage behind", async () => {
    const { page, context } = await open(site.browser, site.server.url, PHONE);
    await hydrated(page);
    for (let i = 0; i < 7; i++) await page.locator(".sx-next").click();
    await page.locator(".sx-dot").nth(2).click();
    await page.locator(".sx-slider").fill("10");
    await page.locator(".sx-dot").nth(6).click();
    await page.locator(".sx-sort", { hasText: "Impact" }).click();
    await page.getByLabel("Filter rows").fill("clients");
    await page.getByRole("button", { name: "Show all steps" }).click();
    await page.getByRole("button", { name: "Embed" }).click();
    await page.reload();
    await hydrated(page);
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ["", 0, 0]);
    await context.close();
  });

  it("makes no network request at all after loading", async () => {
    const { page, context, requests } = await open(site.browser, site.server.url, PHONE);
    await hydrated(page);
    await page.waitForLoadState("networkidle");
    const loaded = requests.length;
    for (let i = 0; i < 7; i++) await page.locator(".sx-next").click();
    await page.locator(".sx-dot").nth(6).click();
    await page.locator(".sx-sort", { hasText: "Aspect" }).click();
    await page.getByLabel("Filter rows").fill("wang");
    await page.waitForTimeout(300);
    assert.deepEqual(requests.slice(loaded), []);
    await context.close();
  });
});
