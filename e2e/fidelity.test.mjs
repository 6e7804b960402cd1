// The story as the article tells it: every hedge beside its figure, the article's
// valuation apart from our arithmetic, and the page's head in the data's words.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { DESKTOP, PHONE, hydrated, open, useSite } from "./harness.mjs";

const STORY = JSON.parse(await readFile("assets/story.json", "utf8"));

/** Every text in the widget a reader can see or hear: text nodes (SVG labels included) and read-out attributes. */
function everyText(page) {
  return page.evaluate(() => {
    const root = document.getElementById("scale-explainer");
    const texts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue);
    for (const element of root.querySelectorAll("[aria-label], [aria-valuetext], [title]")) {
      for (const name of ["aria-label", "aria-valuetext", "title"]) {
        if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
      }
    }
    return texts;
  });
}

/** Each place "$200" shows, with what stands just before it. */
function beforeEach200(texts) {
  return texts.flatMap((text) => [...text.matchAll(/\$200/g)].map((match) => text.slice(Math.max(0, match.index - 30), match.index + 5)));
}

describe("fidelity to the article", () => {
  const site = useSite();

  for (const [name, options] of [
    ["hydrated, on a phone", PHONE],
    ["with JavaScript off", { ...PHONE, javaScriptEnabled: false }],
  ]) {
    it(`says "reportedly over" beside the $200M wherever it shows, ${name}`, async () => {
      const { page, context, problems } = await open(site.browser, site.server.url + "#exodus", options);
      if (options.javaScriptEnabled !== false) await hydrated(page);
      const places = beforeEach200(await everyText(page));
      // Google's card, once (in its words), and the article's sentence in the source note.
      assert.ok(places.length >= 2, `the $200M shows in ${places.length} places: ${places}`);
      for (const place of places) assert.match(place, /reportedly (spent )?over \$200/, place);
      // And on screen, in the exodus step as a reader sees it.
      const shown = await page.locator("#sx-exodus").innerText();
      assert.equal(shown.match(/\$200/g).length, 1, "said once, in Google's card");
      assert.match(shown, /reportedly spent over \$200 million/);
      assert.doesNotMatch(shown.replaceAll(/reportedly (spent )?over \$200/g, ""), /\$200/, "no $200M without its hedge");
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it("keeps the investor out of anything about spending", async () => {
    const { page, context } = await open(site.browser, site.server.url + "#exodus", DESKTOP);
    await hydrated(page);
    const investor = page.locator(".sx-departure", { hasText: "An institutional investor" });
    assert.match(await investor.innerText(), /Sold its stake/);
    assert.doesNotMatch(await investor.innerText(), /\$|[Ss]pent|spending/);
    await context.close();
  });

  it("shows the article's valuation, nearly $29 billion, as the reported figure, and $29.2B only as our arithmetic", async () => {
    const { page, context, problems } = await open(site.browser, site.server.url + "#valuation", PHONE);
    await hydrated(page);
    const reported = page.locator("#sx-valuation .sx-reported");
    assert.ok(await reported.isVisible());
    const [figure, note] = (await reported.innerText()).split("\n");
    // In the article's own forms: it writes "nearly $29 billion", never "$29B".
    assert.equal(figure, "The article’s figure: $14.3 billion for a 49% stake values Scale AI at nearly $29 billion.");
    // Our note on our arithmetic, on a line of its own under the figure, muted as a caption is.
    assert.equal(note, "Our arithmetic below divides $14.3 billion by 49%; it need not match the article’s valuation.");
    const colour = (selector) => page.locator(selector).evaluate((element) => getComputedStyle(element).color);
    assert.equal(await colour("#sx-valuation .sx-reported-note"), await colour("#sx-valuation figcaption"));
    assert.equal(await page.locator("#sx-valuation .sx-result").innerText(), "Our arithmetic: at exactly 49%, $14.3B implies about $29.2B.");
    // The reported figure stays as the reader explores, and stays the article's.
    await page.locator(".sx-slider").fill("30");
    assert.match((await reported.innerText()).split("\n")[0], /nearly \$29 billion\.$/);
    const everything = (await everyText(page)).join(" ");
    assert.doesNotMatch(everything, /real deal|[Aa]ctual deal|What Scale AI is worth/);
    for (const text of (await everyText(page)).filter((text) => text.includes("$29.2"))) {
      assert.match(text, /[Oo]ur arithmetic|\bours\b/, `$29.2B is not shown as ours: ${text}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("shows the reported valuation with JavaScript off too", async () => {
    const { page, context } = await open(site.browser, site.server.url, { ...PHONE, javaScriptEnabled: false });
    assert.match(await page.locator("#sx-valuation .sx-reported").innerText(), /values Scale AI at nearly \$29 billion/);
    await context.close();
  });

  it("gives the page its title, description and link-preview tags from the data", async () => {
    const { page, context } = await open(site.browser, site.server.url, { ...DESKTOP, javaScriptEnabled: false });
    const { language, title, description, site_name } = STORY.page;
    assert.equal(await page.title(), title.text);
    assert.equal(await page.locator("html").getAttribute("lang"), language);
    const meta = (selector) => page.locator(`meta[${selector}]`).getAttribute("content");
    assert.equal(await meta('name="description"'), description.text);
    assert.equal(await meta('property="og:title"'), title.text);
    assert.equal(await meta('property="og:description"'), description.text);
    assert.equal(await meta('property="og:site_name"'), site_name);
    assert.equal(await meta('name="twitter:card"'), "summary");
    assert.equal(await meta('name="twitter:title"'), title.text);
    assert.equal(await meta('name="twitter:description"'), description.text);
    // oembed.json's words come from the data too (prerender's tests); a default build,
    // which does not know its public address, writes none (e2e/resilience.test.mjs).
    await context.close();
  });
});
