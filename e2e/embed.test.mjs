// Embedding as an editor does it: a self-sizing iframe on another origin (our snippet and a
// real Pym.js parent), the classic Pym.js failure cases, a direct mount under hostile article
// CSS, the theme message, bad settings, the shipped CSP, and a deep subpath. (oEmbed: e2e/resilience.test.mjs.)
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import {
  DIST,
  INTERACTIVE,
  PHONE,
  cspViolations,
  hydrated,
  onScreen,
  open,
  screenshot,
  scrollOnScreen,
  serve,
  settled,
  showsBackground,
  sticksOut,
  useHostArticles,
  watchCsp,
} from "./harness.mjs";

const PYM = await readFile(createRequire(import.meta.url).resolve("pym.js/dist/pym.v1.min.js"), "utf8");
const COLUMN = { ...PHONE, viewport: { width: 360, height: 740 } };

/** An article page around `body`, with the column width editors use on phones. */
function article(body, css = "") {
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">
<style>body{margin:0;font:18px Georgia,serif} main{max-width:360px} ${css}</style></head>
<body><main><h1>An article</h1><p>Before the widget.</p>${body}<p id="after">After the widget.</p></main></body></html>`;
}

describe("embedding", () => {
  const sites = useHostArticles((widget) => {
    const frame = (attributes = "") =>
      `<iframe src="${widget.url}?childId=explainer" title="Explainer" width="100%" height="150" ${attributes} data-scale-explainer-frame></iframe>
       <script src="${widget.url}embed.js"></script>`;
    return {
      "/snippet.html": article(frame()),
      // Whatever code the fragment holds, put into the article's markup (its scripts do not run).
      "/paste.html": article(`<div id="pasted"></div>
        <script>document.getElementById("pasted").innerHTML = decodeURIComponent(location.hash.slice(1));</script>`),
      // The same in a phone's article, its text 16 px in from the screen's edges, and in a
      // column wider than the widget, with the code's scripts run, as a CMS runs them.
      ...Object.fromEntries(
        [["/column.html", "main{margin:0 16px}"], ["/wide-column.html", "main{margin:0 16px;max-width:760px}"]].map(([path, css]) => [
          path,
          article(
            `<div id="pasted"></div><script>
              document.getElementById("pasted").append(document.createRange().createContextualFragment(decodeURIComponent(location.hash.slice(1))));
            </script>`,
            css,
          ),
        ]),
      ),
      // An article that goes on long after the widget, as most do.
      // (Its frame has a border and padding, in content-box, as some articles' CSS gives them.)
      "/long.html": article(frame(), "iframe{border:3px solid #ccc;padding:5px}").replace('<p id="after">', "<p>More of the article.</p>".repeat(40) + '<p id="after">'),
      // Common article CSS: border-box everywhere, and a border on embeds.
      "/border-box.html": article(frame(), "*{box-sizing:border-box} iframe{border:6px solid #ccc;padding:4px}"),
      "/full-height.html": article(frame(), "html,body{height:100%}"),
      "/hidden.html": article(frame('id="late" style="display:none"')),
      // The snippet's script held back, as "delay JavaScript" plugins and tag managers do.
      "/held.html": article(frame().replace(/<script[^]*<\/script>/, "")),
      "/pym.js": { type: "text/javascript", body: PYM },
      "/pym.html": article(`<div id="explainer"></div><script src="/pym.js"></script>
        <script>window.pymParent = new pym.Parent("explainer", "${widget.url}?theme=light", {});</script>`),
      "/direct.html": {
        type: "text/html",
        body: article(
          `<div data-scale-explainer data-step="exodus" data-hide-title><a href="${widget.url}">The explainer</a></div>
           <script type="module" src="${widget.url}mount.js"></script>`,
          // What article stylesheets really do to embedded content.
          `html{font-size:62.5%;direction:rtl} *{box-sizing:content-box!important} body{text-align:center;text-transform:uppercase;letter-spacing:2px;color:#333;white-space:nowrap}
           p{margin:3em 0} div{border:3px dashed green;padding:20px} button{background:hotpink;font-size:30px;padding:30px}
           table{display:none} h2{font-size:60px} svg{max-width:40px} ul{list-style:square;margin:40px}`,
        ),
      },
    };
  });

  /** The frame of `code` pasted into an article on another origin, as an editor pastes it, opened in `page` (not one already there: only the hash would change). */
  async function pasted(page, code) {
    await page.goto(sites.host.url + "paste.html#" + encodeURIComponent(code));
    return (await page.waitForSelector("iframe")).contentFrame();
  }

  /** Opens a host page; returns it with the widget's frame once the widget is live. */
  async function hostPage(path, options = COLUMN) {
    const session = await open(sites.browser, sites.host.url + path.slice(1), options);
    const frame = await (await session.page.waitForSelector("iframe")).contentFrame();
    await frame.waitForSelector(".sx.is-live");
    return { ...session, frame };
  }

  /** Waits for the iframe's viewport to be as tall as the widget's content, within 3 px. */
  async function fits(page, frame) {
    const deadline = Date.now() + 5000;
    let last;
    while (Date.now() < deadline) {
      const content = await frame.evaluate(() => Math.ceil(document.querySelector(".sx").getBoundingClientRect().bottom + scrollY));
      const iframe = await frame.evaluate(() => innerHeight);
      last = { content, iframe };
      if (Math.abs(content - iframe) <= 3) return last;
      await page.waitForTimeout(50);
    }
    assert.fail(`the iframe never fitted its content: ${JSON.stringify(last)}`);
  }

  async function noInnerScrollbar(frame) {
    const { scroll, client } = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    assert.ok(scroll <= client + 1, `the frame scrolls inside: ${scroll} > ${client}`);
  }

  it("sizes the iframe on another origin to its content, through step changes, filtering and resizes", async () => {
    const { page, frame, context, problems } = await hostPage("/snippet.html");
    assert.notEqual(new URL(sites.host.url).origin, new URL(sites.widget.url).origin);
    const first = await fits(page, frame);
    await noInnerScrollbar(frame);
    await frame.locator(".sx-next").click();
    await fits(page, frame);
    await frame.getByRole("button", { name: "Show all steps" }).click();
    const all = await fits(page, frame);
    assert.ok(all.iframe > first.iframe + 500, "show-all makes it much taller");
    await frame.getByLabel("Filter rows").fill("clients");
    const filtered = await fits(page, frame);
    assert.ok(filtered.iframe < all.iframe, "filtering rows makes it shorter");
    await page.setViewportSize({ width: 320, height: 740 });
    await fits(page, frame);
    await page.setViewportSize({ width: 360, height: 740 });
    await fits(page, frame);
    await noInnerScrollbar(frame);
    await screenshot(page, "embed-iframe-360");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("sizes the iframe when embed.js runs only after the widget has said its height", async () => {
    const { page, frame, context, problems } = await hostPage("/held.html");
    await page.waitForTimeout(500);
    assert.equal(await frame.evaluate(() => innerHeight), 150, "nothing sized the frame yet");
    await page.addScriptTag({ url: sites.widget.url + "embed.js" });
    await fits(page, frame);
    await noInnerScrollbar(frame);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("shrinks when its content gets shorter", async () => {
    const { page, frame, context } = await hostPage("/snippet.html");
    const before = await fits(page, frame);
    await frame.getByRole("button", { name: "Show all steps" }).click();
    await fits(page, frame);
    await frame.getByRole("button", { name: "Show all steps" }).click();
    const after = await fits(page, frame);
    assert.ok(Math.abs(after.iframe - before.iframe) <= 3, `${after.iframe} vs ${before.iframe}`);
    await context.close();
  });

  it("keeps the reader's place on the host's screen when Show all steps changes its height", async () => {
    const { page, frame, context, problems } = await hostPage("/long.html");
    const toggle = frame.locator(".sx-switch");
    const exodus = frame.locator("#sx-exodus");
    await frame.locator(".sx-dot").nth(4).click();
    await fits(page, frame);
    // At the end of the exodus step, with the switch in view: turning it on adds thousands
    // of px above and below; the step being read stays where it is on screen.
    await scrollOnScreen(page, toggle, 600);
    const reading = await onScreen(exodus);
    await toggle.click();
    await fits(page, frame);
    assert.equal(await frame.locator(".sx-steps.is-all").count(), 1);
    assert.ok(Math.abs((await settled(page, exodus)) - reading) <= 2, `the exodus step moved from ${reading} to ${await onScreen(exodus)}`);
    // At the end of the whole story, turning it off: the switch stays in view, not the
    // article's text below a widget that shrank by thousands of px.
    await scrollOnScreen(page, toggle, 600);
    await toggle.click();
    await fits(page, frame);
    assert.equal(await frame.locator(".sx-steps.is-all").count(), 0);
    const at = await settled(page, toggle);
    assert.ok(Math.abs(at - 600) <= 2, `the switch moved from 600 to ${at} px on screen`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("keeps the step being read on the host's screen, not the title, when both are in view as Show all goes on", async () => {
    const tall = { ...COLUMN, viewport: { width: 360, height: 1700 } };
    const { page, frame, context, problems } = await hostPage("/long.html", tall);
    await frame.locator(".sx-dot").nth(7).click();
    await fits(page, frame);
    const [title, toggle, step] = [".sx-title", ".sx-switch", "#sx-bottom-line"].map((selector) => frame.locator(selector));
    assert.ok((await onScreen(title)) >= 0 && (await onScreen(toggle)) < tall.viewport.height, "all of it is on the host's screen");
    const reading = await onScreen(step);
    await toggle.focus();
    await page.keyboard.press("Enter");
    await fits(page, frame);
    assert.equal(await frame.locator(".sx-steps.is-all").count(), 1);
    assert.ok(Math.abs((await settled(page, step)) - reading) <= 2, `the step read moved from ${reading} to ${await onScreen(step)} px`);
    assert.equal(await frame.evaluate(() => document.activeElement.id), "sx-bottom-line-heading");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("scrolls the host for nothing else: a move to another step, or a message that changes no height", async () => {
    const { page, frame, context, problems } = await hostPage("/long.html");
    await frame.locator(".sx-dot").nth(4).click();
    await fits(page, frame);
    // At the end of the exodus step, the host's go command (as a swipe does) moves to the
    // shorter rivals step: the page stays where it is, as it does standalone.
    await scrollOnScreen(page, frame.locator(".sx-switch"), 600);
    const before = await page.evaluate(() => scrollY);
    await page.evaluate(() => document.querySelector("iframe").contentWindow.postMessage({ type: "scale-explainer:go", step: "rivals" }, "*"));
    await frame.locator("#sx-rivals.is-current").waitFor();
    await fits(page, frame);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => scrollY), before, "the host scrolled on a move to another step");
    // A key's move with only the bottom of the widget on screen (the Embed panel open, the
    // step above the screen): the new step's heading is brought into view, and the host
    // does not then scroll it away again.
    await frame.getByRole("button", { name: "Embed" }).click();
    const copy = frame.getByRole("button", { name: "Copy" }).last();
    await scrollOnScreen(page, copy, 300);
    await copy.focus();
    await page.keyboard.press("ArrowLeft");
    await frame.locator("#sx-exodus.is-current").waitFor();
    await fits(page, frame);
    const heading = await settled(page, frame.locator("#sx-exodus .sx-step-heading"));
    assert.ok(heading >= 0 && heading < 740, `the new step's heading is at ${heading} px, off screen`);
    // A shift with no change of height (a repeat, or a page the frame was sent to) is ignored.
    const still = await page.evaluate(() => scrollY);
    await frame.evaluate(() => parent.postMessage({ type: "scale-explainer:height", height: innerHeight, shift: 3000 }, "*"));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => scrollY), still, "the host scrolled on a shift without a change of height");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("counts a top margin on the widget's first element", async () => {
    const { page, frame, context } = await hostPage("/snippet.html");
    const before = await fits(page, frame);
    // Through the CSSOM: the widget's CSP forbids inline style markup, even a test's.
    await frame.evaluate(() => (document.querySelector(".sx").style.marginTop = "60px"));
    const after = await fits(page, frame);
    assert.ok(after.iframe >= before.iframe + 57, `${after.iframe} vs ${before.iframe}`);
    await noInnerScrollbar(frame);
    await context.close();
  });

  it("fits exactly when the article uses border-box and borders its iframes", async () => {
    const { page, frame, context } = await hostPage("/border-box.html");
    await fits(page, frame);
    await noInnerScrollbar(frame);
    await context.close();
  });

  it("is unaffected by host CSS html, body { height: 100% }", async () => {
    const { page, frame, context } = await hostPage("/full-height.html");
    await fits(page, frame);
    await frame.getByRole("button", { name: "Show all steps" }).click();
    await fits(page, frame);
    await noInnerScrollbar(frame);
    await context.close();
  });

  it("sizes an iframe that starts hidden once it is shown", async () => {
    const session = await open(sites.browser, sites.host.url + "hidden.html", COLUMN);
    const { page, context } = session;
    await page.waitForTimeout(300);
    await page.evaluate(() => (document.getElementById("late").style.display = "block"));
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.waitForSelector(".sx.is-live");
    await fits(page, frame);
    await noInnerScrollbar(frame);
    await context.close();
  });

  it("works with a real Pym.js parent", async () => {
    const { page, frame, context, problems } = await hostPage("/pym.html");
    assert.match(frame.url(), /childId=explainer/);
    await fits(page, frame);
    await frame.getByRole("button", { name: "Show all steps" }).click();
    await fits(page, frame);
    await page.setViewportSize({ width: 320, height: 740 });
    await fits(page, frame);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("switches theme on the host's message, and only on the host's", async () => {
    const { page, frame, context } = await hostPage("/snippet.html", { ...COLUMN, colorScheme: "light" });
    const background = () => frame.evaluate(() => getComputedStyle(document.querySelector(".sx")).backgroundColor);
    assert.equal(await background(), "rgb(255, 255, 255)");
    // A message the frame posts to itself is not from its parent: ignored.
    await frame.evaluate(() => postMessage({ type: "scale-explainer:theme", theme: "dark" }, "*"));
    await page.waitForTimeout(200);
    assert.equal(await background(), "rgb(255, 255, 255)");
    const send = (message) => page.evaluate((m) => document.querySelector("iframe").contentWindow.postMessage(m, "*"), message);
    for (const junk of ["dark", { type: "scale-explainer:theme", theme: "<b>" }, { type: "x", theme: "dark" }, 42, null, { huge: "x".repeat(1e6) }]) {
      await send(junk);
    }
    await page.waitForTimeout(200);
    assert.equal(await background(), "rgb(255, 255, 255)", "junk changes nothing");
    await send({ type: "scale-explainer:theme", theme: "dark" });
    await showsBackground(frame.locator(".sx"), "rgb(20, 22, 27)");
    await screenshot(page, "embed-theme-dark");
    await send({ type: "scale-explainer:theme", theme: "auto" });
    await showsBackground(frame.locator(".sx"), "rgb(255, 255, 255)");
    await context.close();
  });

  it("mounts directly into an article with aggressive CSS, without leaking or breaking", async () => {
    const { page, context, problems } = await open(sites.browser, sites.host.url + "direct.html", COLUMN);
    const widget = page.locator("[data-scale-explainer] >> .sx.is-live");
    await widget.waitFor();
    assert.equal(await page.locator("[data-scale-explainer] >> .sx-step.is-current").getAttribute("id"), "sx-exodus", "data-step");
    // The same prerendered story as the page, charts included, hydrated in place.
    assert.match(await page.locator("[data-scale-explainer] >> #sx-exodus").innerText(), /reportedly spent over \$200 million/);
    assert.equal(await page.locator("[data-scale-explainer] >> #sx-stake svg").count(), 1);
    assert.equal(await page.locator("[data-scale-explainer] >> .sx-embed button").count(), 0, "no embed codes for someone else's page");
    assert.equal(
      await page.locator("[data-scale-explainer] >> .sx-header").evaluate((h) => h.classList.contains("sx-visually-hidden")),
      true,
      "data-hide-title",
    );
    const next = page.locator("[data-scale-explainer] >> .sx-next");
    const look = await next.evaluate((b) => {
      const style = getComputedStyle(b);
      return { background: style.backgroundColor, size: parseFloat(style.fontSize), transform: style.textTransform };
    });
    assert.notEqual(look.background, "rgb(255, 105, 180)", "the article's button CSS does not reach in");
    assert.ok(look.size >= 16 && look.size < 20, `font size ${look.size}`);
    assert.equal(look.transform, "none");
    // Nor does its right-to-left direction: Previous stays on the left, and the story is
    // marked as English for a screen reader.
    const previous = page.locator("[data-scale-explainer] >> .sx-previous");
    assert.ok((await previous.boundingBox()).x < (await next.boundingBox()).x, "Previous is right of Next");
    assert.equal(await page.locator("[data-scale-explainer] >> .sx-root").getAttribute("lang"), "en");
    // Under the article's own h1, its headings are a level down: its title 2, its step 3,
    // as the browser's accessibility tree gives them to a screen reader.
    const cdp = await context.newCDPSession(page);
    const headings = async () =>
      (await cdp.send("Accessibility.getFullAXTree")).nodes
        .filter((node) => node.role?.value === "heading")
        .map((node) => [node.name?.value, node.properties?.find((property) => property.name === "level")?.value?.value]);
    // (The article's own h1 is uppercased by its CSS.)
    assert.deepEqual((await headings()).slice(0, 3), [["AN ARTICLE", 1], ["The Meta–Scale AI deal", 2], ["The client exodus", 3]]);
    // The article keeps its own look: the widget's CSS does not leak out.
    assert.equal(await page.locator("#after").evaluate((p) => getComputedStyle(p).marginTop), "54px");
    // The widget's keys stay inside it.
    await page.locator("#after").click();
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.locator("[data-scale-explainer] >> .sx-step.is-current").getAttribute("id"), "sx-exodus");
    await next.focus();
    // As on its own page, the key's move puts focus on the new heading, which says the
    // step, and the announcer keeps quiet for it (it is live only when a change is said).
    await page.locator("[data-scale-explainer] >> .sx-announcer").evaluate((announcer) => {
      window.said = [];
      new MutationObserver(() => window.said.push(announcer.getAttribute("aria-live")))
        .observe(announcer, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.locator("[data-scale-explainer] >> .sx-step.is-current").getAttribute("id"), "sx-rivals");
    assert.equal(await page.evaluate(() => document.querySelector("[data-scale-explainer]").shadowRoot.activeElement?.id), "sx-rivals-heading");
    assert.deepEqual(await page.evaluate(() => window.said), ["off"]);
    assert.deepEqual((await headings())[2], ["Who gains ground", 3], "the code's render keeps the levels");
    await cdp.detach();
    assert.equal(new URL(page.url()).hash, "", "a direct mount leaves the article's URL alone");
    await page.locator("[data-scale-explainer] >> .sx-dot").nth(6).click();
    assert.ok(await page.locator("[data-scale-explainer] >> table").isVisible(), "article CSS cannot hide the table");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `the article scrolls sideways by ${overflow}px`);
    assert.deepEqual(await sticksOut(page.locator("[data-scale-explainer] >> .sx")), []);
    await screenshot(page, "embed-direct-360");
    await page.locator("[data-scale-explainer] >> .sx-sort").first().click();
    await page.locator("[data-scale-explainer] >> th[aria-sort=ascending]").waitFor();
    // On its own page the order would follow in the URL once painted: give it that time.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done, 100)))));
    assert.equal(new URL(page.url()).search, "", "nor does its table's order");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("mounts directly into an article page that runs under the same strict CSP", async () => {
    // The article is served from the widget's own origin with the shipped _headers policy.
    const strict = await serve(DIST, {
      headers: true,
      pages: {
        "/article.html": article(
          `<div data-scale-explainer><a href="./">The explainer</a></div><script type="module" src="./mount.js"></script>`,
        ).replace(/<style>.*?<\/style>/s, ""),
      },
    });
    const context = await sites.browser.newContext(COLUMN);
    await watchCsp(context);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const response = await page.goto(strict.url + "article.html");
    assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
    await page.locator("[data-scale-explainer] >> .sx.is-live").waitFor();
    await page.locator("[data-scale-explainer] >> .sx-next").click();
    await page.locator("[data-scale-explainer] >> .sx-dot").nth(6).click();
    await page.locator("[data-scale-explainer] >> .sx-sort").first().click();
    assert.equal(await page.locator("[data-scale-explainer] >> .sx-progress").innerText(), "7 of 8");
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
    await strict.close();
  });

  it("warns once about bad settings and otherwise carries on", async () => {
    const context = await sites.browser.newContext(COLUMN);
    const page = await context.newPage();
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${sites.widget.url}?theme=purple&step=-1&show-all=maybe&colour=%3Cscript%3E&hide-title=${"x".repeat(3000)}`);
    await hydrated(page);
    assert.equal(await page.locator(".sx-step.is-current").getAttribute("id"), "sx-deal");
    await page.locator(".sx-next").click();
    assert.equal(warnings.length, 1, warnings.join("\n"));
    assert.match(warnings[0], /ignored embed settings/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("applies good settings from the iframe URL", async () => {
    const { page, context } = await open(sites.browser, `${sites.widget.url}?theme=dark&step=rivals&hide-title`, COLUMN);
    await hydrated(page);
    assert.equal(await page.locator(".sx-step.is-current").getAttribute("id"), "sx-rivals");
    assert.equal(await page.locator(".sx").evaluate((sx) => getComputedStyle(sx).backgroundColor), "rgb(20, 22, 27)", "dark");
    assert.match(page.url(), /\?theme=dark&hide-title#rivals$/, "the start step is named in the fragment, the other settings kept");
    await page.goBack();
    assert.equal(page.url(), "about:blank", "without a history entry: Back leaves the page");
    await context.close();
  });

  it("runs fully under the shipped strict CSP with zero violations", async () => {
    const context = await sites.browser.newContext(COLUMN);
    await watchCsp(context);
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    const requests = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    const response = await page.goto(sites.widget.url + "#implications");
    const policy = response.headers()["content-security-policy"];
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='; style-src 'self'/);
    await hydrated(page);
    const files = requests.filter((path) => path.endsWith(".js"));
    assert.ok(files.length && files.every((path) => /\/scale-explainer-[0-9a-f]+\.js$/.test(path)), `the page script is inline, allowed by its hash, and the code's bindings are the one script file: ${files}`);
    await page.locator(".sx-sort", { hasText: "Aspect" }).click();
    await page.getByLabel("Filter rows").fill("clients");
    await page.locator(".sx-dot").nth(2).click();
    await page.locator(".sx-slider").fill("20");
    await page.getByRole("button", { name: "Embed" }).click();
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("shows the whole static story where a host's own CSP refuses the page script", async () => {
    // A host serving dist/ under its own policy, without the page script's hash: no script
    // runs, and CSS unrolls the story 3 s on. The control is the shipped policy with the
    // code never arriving: there the page script runs, and its own fallback waits 8 s.
    const own = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    // And the header row over the table's cards, whose names sort nothing then.
    const CONTROLS = `${INTERACTIVE}, .sx-sort-hint, .sx-table thead`;
    const shown = async (policy) => {
      const context = await sites.browser.newContext(COLUMN);
      await watchCsp(context);
      const page = await context.newPage();
      const requests = [];
      page.on("request", (request) => requests.push(new URL(request.url()).pathname));
      await page.route("**/*.wasm", () => {});
      await page.route(sites.widget.url, async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers(), ...(policy && { "content-security-policy": policy }) };
        await route.fulfill({ response, headers });
      });
      const visible = async (selector) =>
        (await page.locator(selector).evaluateAll((all) => all.filter((e) => e.checkVisibility()))).length;
      const look = async () => ({
        steps: await visible(".sx-step"),
        notice: await visible(".sx-notice"),
        controls: await visible(CONTROLS),
        announcer: await page.locator(".sx-announcer").evaluate((e) => getComputedStyle(e).display),
      });
      await page.goto(sites.widget.url);
      await page.waitForTimeout(1000);
      const early = await look();
      await page.waitForTimeout(2500);
      if (policy) await screenshot(page, "refused-page-script");
      const seen = {
        early,
        late: await look(),
        refused: /script-src/.test((await cspViolations(page)).join("\n")),
        code: requests.some((path) => /\/scale-explainer-/.test(path)),
      };
      await context.close();
      return seen;
    };
    const walkthrough = { steps: 1, notice: 0, controls: 3, announcer: "block" };
    assert.deepEqual(await shown(own), {
      early: walkthrough,
      late: { steps: 8, notice: 1, controls: 0, announcer: "none" },
      refused: true,
      code: false,
    });
    assert.deepEqual(await shown(null), { early: walkthrough, late: walkthrough, refused: false, code: true });
  });

  it("loads every asset from a deep subpath", async () => {
    const deep = await serve(DIST, { prefix: "/news/2026/explainers/scale-ai/" });
    const { page, context, problems, requests } = await open(sites.browser, deep.url, COLUMN);
    await hydrated(page);
    assert.ok(requests.some((url) => url.endsWith(".wasm")), "the wasm came from the subpath");
    assert.ok(requests.every((url) => url.startsWith(deep.url)), requests.join("\n"));
    assert.deepEqual(problems, []);
    await context.close();
    await deep.close();
  });

  it("offers both embed codes in a keyboard-usable panel, and copies them", async () => {
    const context = await sites.browser.newContext(COLUMN);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: sites.widget.origin });
    const page = await context.newPage();
    await page.goto(sites.widget.url + "#exodus");
    await hydrated(page);
    const embed = page.getByRole("button", { name: "Embed" });
    await embed.focus();
    await page.keyboard.press("Enter");
    assert.equal(await embed.getAttribute("aria-expanded"), "true");
    const iframeCode = await page.getByLabel(/In an iframe/).inputValue();
    assert.ok(iframeCode.startsWith(`<iframe src="${sites.widget.url}?step=exodus&amp;theme=light"`), iframeCode);
    // The editor is told the codes open on the step shown, not on the first.
    const opens = page.locator(".sx-embed-panel > p");
    assert.equal(await opens.textContent(), "Embedded, it opens on step 5, “The client exodus”.");
    assert.match(await page.getByLabel(/Mounted directly/).inputValue(), /data-step="exodus".*mount\.js/s);
    // Each Copy button says which code it copies, so a screen reader's list of buttons
    // tells the four apart.
    const labels = await page.locator(".sx-code label").allTextContents();
    assert.equal(labels.length, 4);
    for (const label of labels) {
      assert.equal(await page.getByRole("button", { name: `Copy ${label}`, exact: true }).count(), 1, label);
    }
    await page.getByRole("button", { name: `Copy ${labels[0]}`, exact: true }).click();
    await page.getByText("Copied.").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframeCode);
    // Copied again, it is said again: the status goes for a moment.
    const status = page.locator(".sx-code-status").first();
    await status.evaluate((p) => {
      window.__said = [];
      new MutationObserver(() => window.__said.push(p.textContent)).observe(p, { subtree: true, characterData: true, childList: true });
    });
    await page.getByRole("button", { name: `Copy ${labels[0]}`, exact: true }).click();
    await page.waitForFunction(() => window.__said.at(-1) === "Copied.");
    assert.ok((await page.evaluate(() => window.__said)).includes(""), "a second Copy is not said");
    // The next step's code has not been copied.
    await page.locator(".sx-next").click();
    assert.match(await page.getByLabel(/In an iframe/).inputValue(), /\?step=rivals&amp;theme=light"/);
    assert.equal(await opens.textContent(), "Embedded, it opens on step 6, “Who gains ground”.");
    assert.equal(await status.textContent(), "", "“Copied.” beside a code that was not copied");
    // Back on the step whose code was copied, nothing is said unasked.
    await page.locator(".sx-previous").click();
    assert.match(await page.getByLabel(/In an iframe/).inputValue(), /\?step=exodus&amp;theme=light"/);
    assert.equal(await status.textContent(), "", "“Copied.” said again, unasked");
    await page.getByRole("button", { name: `Copy ${labels[0]}`, exact: true }).focus();
    await page.keyboard.press("Escape");
    assert.equal(await embed.getAttribute("aria-expanded"), "false");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Embed", "focus returns to the button");
    // From the code itself and from the theme's choices, too; the arrows move between those.
    for (const inside of [page.getByLabel(/In an iframe/), page.getByRole("radio", { name: "Light", exact: true })]) {
      await page.keyboard.press("Enter");
      await inside.focus();
      await page.keyboard.press("Escape");
      assert.equal(await embed.getAttribute("aria-expanded"), "false");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Embed");
    }
    await page.keyboard.press("Enter");
    await page.getByRole("radio", { name: "Light", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.getByRole("radio", { name: "Dark", exact: true }).isChecked(), true);
    assert.match(await page.getByLabel(/In an iframe/).inputValue(), /\?step=exodus&amp;theme=dark"/);
    await context.close();
  });

  it("gives codes in the theme the editor picks, light until then: a dark-mode reader of a light article gets no dark box", async () => {
    const context = await sites.browser.newContext({ ...COLUMN, colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(sites.widget.url + "#rivals");
    await hydrated(page);
    await page.getByRole("button", { name: "Embed" }).click();
    const theme = page.getByRole("group", { name: "Theme" });
    assert.equal(await theme.getByRole("radio", { name: "Light", exact: true }).isChecked(), true);
    const codes = async () => ({
      iframe: await page.getByLabel(/In an iframe/).inputValue(),
      mount: await page.getByLabel(/Mounted directly/).inputValue(),
      amp: await page.getByLabel(/AMP/).inputValue(),
    });
    const asked = async (name) => {
      const { iframe, mount, amp } = await codes();
      for (const code of [iframe, amp]) assert.match(code, new RegExp(`src="[^"]*\\?step=rivals&amp;theme=${name}"`));
      assert.match(mount, new RegExp(`<div data-scale-explainer data-step="rivals" data-theme="${name}">`));
      return iframe;
    };
    const shown = async (code, colour) => {
      const article = await context.newPage();
      const frame = await pasted(article, code);
      await showsBackground(frame.locator(".sx"), colour);
      await article.close();
    };
    // The reader's device is set dark; the article (like most) has no dark mode.
    await shown(await asked("light"), "rgb(255, 255, 255)");
    await theme.getByRole("radio", { name: "Dark", exact: true }).check();
    await shown(await asked("dark"), "rgb(20, 22, 27)");
    await theme.getByRole("radio", { name: /device setting/ }).check();
    await shown(await asked("auto"), "rgb(20, 22, 27)");
    // The choice stays while the panel is closed and opened again.
    await page.getByRole("button", { name: "Embed" }).click();
    await page.getByRole("button", { name: "Embed" }).click();
    assert.equal(await theme.getByRole("radio", { name: /device setting/ }).isChecked(), true);
    await context.close();
  });

  it("lines the widget's text up with the article's when the editor picks no side margins, with room for focus rings", async () => {
    const context = await sites.browser.newContext(COLUMN);
    const page = await context.newPage();
    await page.goto(sites.widget.url + "#exodus");
    await hydrated(page);
    await page.getByRole("button", { name: "Embed" }).click();
    const flush = page.getByRole("checkbox", { name: /Line up with your page/ });
    const codes = async () => [await page.getByLabel(/In an iframe/).inputValue(), await page.getByLabel(/Mounted directly/).inputValue()];
    assert.equal(await flush.isChecked(), false, "margins until the editor asks for none");
    const [framed, mounted] = await codes();
    await flush.check();
    const [flushFramed, flushMounted] = await codes();
    assert.match(flushFramed, /src="[^"]*\?step=exodus&amp;theme=light&amp;flush"/);
    assert.match(flushMounted, /<div data-scale-explainer data-step="exodus" data-theme="light" data-flush>/);
    // How far the widget's text (the step's heading) starts from the article's, on the
    // article's page `path`; what sticks out of the widget's sides; and, framed, every focus
    // ring on show that the frame's edge cuts.
    const placed = async (code, path = "column.html") => {
      const article = await context.newPage();
      await article.setViewportSize({ width: path === "column.html" ? 360 : 800, height: 740 });
      await article.goto(sites.host.url + path + "#" + encodeURIComponent(code));
      const iframe = await article.$("iframe");
      const widget = iframe ? await iframe.contentFrame() : article;
      const inside = iframe ? "" : "[data-scale-explainer] >> ";
      await widget.locator(inside + ".sx.is-live").waitFor();
      const heading = await widget.locator(inside + ".sx-step.is-current .sx-step-heading").boundingBox();
      const text = await article.locator("main > p").first().boundingBox();
      const clipped = !iframe
        ? []
        : await widget.evaluate(() => {
            // (And the step's heading, where a key's move puts focus. Not the widget's root: a
            // click puts focus there, which shows no ring.)
            const controls = [...document.querySelectorAll("a[href], button, input, summary, .sx-step-heading")].filter((element) => element.getClientRects().length);
            return controls.flatMap((control) => {
              control.focus({ preventScroll: true });
              if (!control.matches(":focus-visible")) return [`${control.className || control.localName}: no ring to measure`];
              const style = getComputedStyle(control);
              const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
              const { left, right } = control.getBoundingClientRect();
              return left - ring < 0 || right + ring > document.documentElement.clientWidth ? [`${control.className || control.localName} ${left}..${right} ±${ring}`] : [];
            });
          });
      const out = await sticksOut(widget.locator(inside + ".sx"));
      await article.close();
      return { indent: Math.round(heading.x - text.x), clipped, out };
    };
    const fits = { clipped: [], out: [] };
    assert.deepEqual(await placed(framed), { indent: 16, ...fits }, "with margins, framed");
    assert.deepEqual(await placed(mounted), { indent: 16, ...fits }, "with margins, mounted");
    assert.deepEqual(await placed(flushFramed), { indent: 5, ...fits }, "flush, framed: only a focus ring's room");
    assert.deepEqual(await placed(flushMounted), { indent: 5, ...fits }, "flush, mounted");
    // In a column wider than the widget, it starts at the column's edge, not in the middle.
    assert.deepEqual(await placed(flushFramed, "wide-column.html"), { indent: 5, ...fits }, "flush, framed, wide");
    assert.deepEqual(await placed(flushMounted, "wide-column.html"), { indent: 5, ...fits }, "flush, mounted, wide");
    await context.close();
  });

  it("copies from inside the frame its own iframe code makes, on another origin", async () => {
    const context = await sites.browser.newContext(COLUMN);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: sites.widget.origin });
    const page = await context.newPage();
    await page.goto(sites.widget.url + "#rivals");
    await hydrated(page);
    await page.getByRole("button", { name: "Embed" }).click();
    const iframeCode = await page.getByLabel(/In an iframe/).inputValue();
    const frame = await pasted(page, iframeCode);
    await frame.waitForSelector(".sx.is-live");
    await frame.getByRole("button", { name: "Embed" }).click();
    await frame.getByRole("button", { name: "Copy" }).first().click();
    await frame.getByText("Copied.").waitFor();
    // Read on the host's page: the frame is allowed to write only.
    await context.grantPermissions(["clipboard-read"], { origin: sites.host.origin });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await frame.getByLabel(/In an iframe/).inputValue());
    await context.close();
  });

  it("selects the code for the reader when there is no Clipboard API", async () => {
    const context = await sites.browser.newContext(COLUMN);
    await context.addInitScript(() => delete Navigator.prototype.clipboard);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(sites.widget.url);
    await hydrated(page);
    await page.getByRole("button", { name: "Embed" }).click();
    await page.getByRole("button", { name: "Copy" }).last().click();
    await page.getByText("Selected: copy it.").waitFor();
    const selected = await page.evaluate(() => {
      const area = document.activeElement;
      return area.value.slice(area.selectionStart, area.selectionEnd) === area.value && area.value.length > 0;
    });
    assert.ok(selected, "the whole code is selected");
    assert.deepEqual(errors, []);
    await context.close();
  });
});
