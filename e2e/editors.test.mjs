// What editors get beyond a self-sizing iframe, each in a cross-origin article: step events
// and go commands, scrollytelling with the shipped example, AMP's resize message, direct
// mounts that load their code only when needed, and several widgets on one page.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, PHONE, open, useHostArticles } from "./harness.mjs";

const EXAMPLE = await readFile("examples/scrollytelling.html", "utf8");

const article = (body, css = "") => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,"><style>body{margin:0;font:18px/1.6 Georgia,serif} main{max-width:360px;margin:0 auto} iframe{display:block;width:100%;border:0} ${css}</style></head>
<body><main><h1>An article</h1><p>Before the widget.</p>${body}${"<p>The article goes on.</p>".repeat(20)}</main></body></html>`;

/** Collects what the widget tells the host: `window.__heard`, message data in order. */
const LISTENER = `<script>window.__heard = []; addEventListener("message", (e) => { if (typeof e.data === "object" && e.data && String(e.data.type).startsWith("scale-explainer:")) __heard.push({ ...e.data, from: [...document.querySelectorAll("iframe")].findIndex((f) => f.contentWindow === e.source) }); });</script>`;

describe("the editors' kit", () => {
  const sites = useHostArticles((widget) => {
    const iframe = (query = "", id = "") =>
      `<iframe ${id && `id="${id}"`} src="${widget.url}${query}" title="Explainer" height="300" data-scale-explainer-frame></iframe>`;
    const sizer = `<script src="${widget.url}embed.js"></script>`;
    const mount = (attributes) =>
      `<div data-scale-explainer ${attributes}><a href="${widget.url}">The Meta–Scale AI deal</a></div>`;
    const mountJs = `<script type="module" src="${widget.url}mount.js"></script>`;
    return {
      "/events.html": article(LISTENER + iframe() + sizer),
      "/two-frames.html": article(LISTENER + iframe("?step=deal") + "<p>Between the widgets.</p>" + iframe("?step=implications") + sizer),
      "/two-mounts.html": article(`${mount('id="a" data-step="deal"')}<p>Between.</p>${mount('id="b" data-step="rivals"')}
        <script>window.__heard = []; for (const id of ["a", "b"]) for (const type of ["scale-explainer:step", "scale-explainer:ready"])
          document.getElementById(id).addEventListener(type, (e) => __heard.push({ ...e.detail, from: id }));</script>${mountJs}`),
      "/far-mount.html": article(`<div style="height:5000px">Long article text.</div>${mount('id="far"')}${mountJs}`),
      // An AMP-style host: it resizes the frame only on AMP's embed-size request.
      "/amp.html": article(`${iframe()}<script>addEventListener("message", (e) => {
          const f = document.querySelector("iframe");
          if (e.source === f.contentWindow && e.data?.sentinel === "amp" && e.data.type === "embed-size") f.style.height = e.data.height + "px";
        });</script>`),
      "/scrollytelling.html": EXAMPLE.replaceAll("https://your.site/path/", widget.url),
    };
  });

  const heard = (page) => page.evaluate(() => window.__heard);
  const frameAt = async (page, i = 0) => (await page.locator("iframe").nth(i).elementHandle()).contentFrame();

  it("tells a framing host which step the reader is on, and when it is ready", async () => {
    const { page, context, problems } = await open(sites.browser, sites.host.url + "events.html", PHONE);
    const frame = await frameAt(page);
    await frame.locator(".sx.is-live").waitFor();
    await page.waitForFunction(() => __heard.some((m) => m.type === "scale-explainer:ready"));
    await frame.locator(".sx-next").click();
    await frame.locator(".sx-dot").nth(4).click();
    await page.waitForFunction(() => __heard.some((m) => m.step === "exodus"));
    const steps = (await heard(page)).filter((m) => m.type === "scale-explainer:step").map(({ step, index, total }) => ({ step, index, total }));
    assert.deepEqual(steps, [
      { step: "deal", index: 1, total: 8 },
      { step: "stake", index: 2, total: 8 },
      { step: "exodus", index: 5, total: 8 },
    ]);
    assert.equal((await heard(page)).filter((m) => m.type === "scale-explainer:ready").length, 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("moves on the host's go command without a history entry, and ignores junk with one warning", async () => {
    const { page, context } = await open(sites.browser, sites.host.url + "events.html", PHONE);
    const frame = await frameAt(page);
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await frame.locator(".sx.is-live").waitFor();
    const entries = await page.evaluate(() => history.length);
    const send = (message) => page.evaluate((m) => document.querySelector("iframe").contentWindow.postMessage(m, "*"), message);
    await send({ type: "scale-explainer:go", step: "rivals" });
    await frame.locator("#sx-rivals.is-current").waitFor();
    await page.waitForFunction(() => __heard.some((m) => m.step === "rivals"));
    for (const junk of [{ type: "scale-explainer:go", step: "nope" }, { type: "scale-explainer:go", step: { toString: 1 } }, { type: "scale-explainer:go" }, "go", null, 7]) {
      await send(junk);
    }
    // A message from anyone but the parent is not a command.
    await frame.evaluate(() => postMessage({ type: "scale-explainer:go", step: "deal" }, "*"));
    await page.waitForTimeout(300);
    assert.equal(await frame.locator(".sx-step.is-current").getAttribute("id"), "sx-rivals");
    assert.equal(await page.evaluate(() => history.length), entries, "no history entry in the article");
    assert.equal(warnings.filter((w) => w.includes("go command")).length, 1, warnings.join("\n"));
    await context.close();
  });

  for (const [name, options] of [["a desktop", { viewport: { width: 1280, height: 800 } }], ["a phone", PHONE]]) {
    it(`drives the widget from the article's paragraphs in the shipped scrollytelling example, on ${name}`, async () => {
      const { page, context, problems } = await open(sites.browser, sites.host.url + "scrollytelling.html", options);
      const frame = await frameAt(page);
      await frame.locator(".sx.is-live").waitFor();
      for (const step of ["leadership", "exodus", "rivals", "bottom-line"]) {
        const beat = page.locator(`.beat[data-step="${step}"]`);
        await beat.evaluate((beat) => scrollTo(0, beat.getBoundingClientRect().top + scrollY - innerHeight / 2 + 10));
        await frame.locator(`#sx-${step}.is-current`).waitFor({ timeout: 5000 });
        await page.locator(`.beat[data-step="${step}"].is-shown`).waitFor({ timeout: 5000 });
        // The reader can read the paragraph: the widget is not over it.
        const read = await beat.evaluate((beat) => {
          const box = beat.getBoundingClientRect();
          return beat.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
        });
        assert.ok(read, `the paragraph about ${step} is under the widget`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it("resizes an AMP-style host that only honours embed-size", async () => {
    const { page, context } = await open(sites.browser, sites.host.url + "amp.html", PHONE);
    const frame = await frameAt(page);
    await frame.locator(".sx.is-live").waitFor();
    for (const i of [0, 6]) {
      await frame.locator(".sx-dot").nth(i).click();
      await frame.waitForFunction(() => Math.abs(innerHeight - Math.ceil(document.querySelector(".sx").getBoundingClientRect().bottom + scrollY)) <= 3);
    }
    await context.close();
  });

  it("ships the share card and every chart as images for places that run no code", async () => {
    // A PNG's size is in its IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    const size = async (name) => {
      const png = await readFile(join(DIST, name));
      assert.equal(png.subarray(1, 4).toString(), "PNG", name);
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    assert.deepEqual(await size("share-card.png"), [1200, 630]);
    // Each says, with no page around it, what it shows: its step's heading, and its caption
    // (the valuation's, that its figures are our arithmetic, after the article's figure).
    const words = {
      stake: ["Meta’s stake", "Each square is 1% of Scale AI."],
      valuation: ["How the deal values Scale AI", "Our arithmetic, not the article’s."],
      exodus: ["The client exodus"],
      rivals: ["Who gains ground", "Firms experiencing a surge in demand."],
    };
    for (const [chart, [heading, caption = ""]] of Object.entries(words)) {
      const [width] = await size(`chart-${chart}.png`);
      assert.equal(width, 704, `chart-${chart}.png is drawn at twice the 320-unit chart and its 16-unit margins`);
      const svg = await readFile(join(DIST, `chart-${chart}.svg`), "utf8");
      assert.match(svg, /^<svg[\s\S]*<\/svg>$/);
      const texts = [...svg.matchAll(/>([^<>]+)<\/text>/g)].map(([, text]) => text);
      assert.equal(texts[0], heading, `chart-${chart}.svg opens with its heading`);
      assert.ok(texts.slice(1).join(" ").includes(caption), `chart-${chart}.svg carries its caption: ${texts}`);
    }
    // Our $29.2B never stands alone: the article's "nearly $29 billion" comes first, as on the page.
    const valuation = await readFile(join(DIST, "chart-valuation.svg"), "utf8");
    const said = [...valuation.matchAll(/>([^<>]+)<\/text>/g)].map(([, text]) => text).join(" ");
    const reported = said.indexOf("nearly $29 billion");
    assert.ok(reported > 0 && reported < said.indexOf("$29.2B"), said);
    const card = await readFile(join(DIST, "share-card.svg"), "utf8");
    for (const words of ["nearly $29B", "$14.3B", "49%"]) assert.ok(card.includes(words), words);
  });

  it("offers AMP and plain-image codes in the Embed panel", async () => {
    const { page, context, problems } = await open(sites.browser, sites.widget.url + "#exodus", PHONE);
    await page.locator(".sx.is-live").waitFor();
    await page.getByRole("button", { name: "Embed" }).click();
    const amp = await page.getByLabel(/AMP/).inputValue();
    assert.match(amp, new RegExp(`^<amp-iframe src="${sites.widget.url.replace(/[.]/g, "\\.")}\\?step=exodus&amp;theme=light" [^>]*resizable`));
    assert.match(amp, /<div overflow [^>]*>Show more<\/div>\n<\/amp-iframe>$/);
    const image = await page.getByLabel(/As an image/).inputValue();
    assert.equal(
      image,
      `<img src="${sites.widget.url}share-card.png" alt="Meta has invested $14.3 billion for a 49% stake in Scale AI, valuing the startup at nearly $29 billion." width="1200" height="630" style="max-width:100%;height:auto">`,
    );
    const response = await fetch(`${sites.widget.url}share-card.png`);
    assert.equal(response.status, 200);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("fetches a far-down direct mount's code only when the reader nears it", async () => {
    const { page, context, requests } = await open(sites.browser, sites.host.url + "far-mount.html", PHONE);
    await page.locator("#far >> .sx").waitFor({ state: "attached" });
    await page.waitForTimeout(1500);
    assert.equal(requests.filter((url) => url.endsWith(".wasm")).length, 0, "no code before the reader is near");
    // The prerendered story is there all along, and its steps already move.
    await page.locator("#far >> .sx-next").evaluate((button) => button.click());
    assert.equal(await page.locator("#far >> .sx-step.is-current").getAttribute("id"), "sx-stake");
    await page.locator("#far").scrollIntoViewIfNeeded();
    await page.locator("#far >> .sx.is-live").waitFor();
    assert.equal(requests.filter((url) => url.endsWith(".wasm")).length, 1);
    assert.equal(await page.locator("#far >> .sx-step.is-current").getAttribute("id"), "sx-stake");
    await context.close();
  });

  it("keeps two framed widgets apart: each its own height, step and events", async () => {
    const { page, context, problems } = await open(sites.browser, sites.host.url + "two-frames.html", PHONE);
    const [first, second] = [await frameAt(page, 0), await frameAt(page, 1)];
    await first.locator(".sx.is-live").waitFor();
    await second.locator(".sx.is-live").waitFor();
    assert.equal(await second.locator(".sx-step.is-current").getAttribute("id"), "sx-implications");
    const fits = (frame) => frame.waitForFunction(() => Math.abs(innerHeight - Math.ceil(document.querySelector(".sx").getBoundingClientRect().bottom + scrollY)) <= 3);
    await fits(first);
    await fits(second);
    const heights = await page.locator("iframe").evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
    assert.ok(heights[1] > heights[0] + 300, `the table's frame is taller: ${heights}`);
    await first.locator(".sx-next").click();
    await page.waitForFunction(() => __heard.some((m) => m.step === "stake"));
    assert.equal(await second.locator(".sx-step.is-current").getAttribute("id"), "sx-implications", "the other widget stays");
    const stake = (await heard(page)).filter((m) => m.step === "stake");
    assert.deepEqual(stake.map((m) => m.from), [0], "the event came from the first frame only");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("keeps two direct mounts apart: each its own state, ids and events", async () => {
    const { page, context, problems } = await open(sites.browser, sites.host.url + "two-mounts.html", PHONE);
    await page.locator("#a >> .sx.is-live").waitFor();
    await page.locator("#b >> .sx.is-live").waitFor();
    await page.locator("#a >> .sx-next").click();
    assert.equal(await page.locator("#a >> .sx-step.is-current").getAttribute("id"), "sx-stake");
    assert.equal(await page.locator("#b >> .sx-step.is-current").getAttribute("id"), "sx-rivals");
    await page.locator("#b").evaluate((b) => b.dispatchEvent(new CustomEvent("scale-explainer:go", { detail: { step: "bottom-line" } })));
    await page.locator("#b >> #sx-bottom-line.is-current").waitFor();
    assert.equal(await page.locator("#a >> .sx-step.is-current").getAttribute("id"), "sx-stake");
    const log = await heard(page);
    assert.deepEqual(log.filter((m) => m.from === "a" && m.type === "scale-explainer:step").map((m) => m.step), ["deal", "stake"]);
    assert.deepEqual(log.filter((m) => m.from === "b" && m.type === "scale-explainer:step").map((m) => m.step), ["rivals", "bottom-line"]);
    assert.equal(log.filter((m) => m.type === "scale-explainer:ready").length, 2);
    // Ids live in each shadow root: the same ids, no clash with each other or the article.
    assert.equal(await page.evaluate(() => document.querySelectorAll("[id^=sx-]").length), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
