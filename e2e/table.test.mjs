// The implications table as a reader works with it: sorting by mouse and keyboard,
// what a screen reader hears, filtering, a shareable order, and phone widths.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { DESKTOP, PHONE, axeViolations, beforeLive, firstRowCells, holdWasm, hydrated, open, screenshot, sticksOut, useSite } from "./harness.mjs";

const ARTICLE_ORDER = ["Funding", "Leadership", "Client Loyalty", "Market Standing", "Competitor Gain"];

describe("the implications table", () => {
  const site = useSite();

  async function table(query = "", options = DESKTOP) {
    const session = await open(site.browser, `${site.server.url}${query}#implications`, options);
    await hydrated(session.page);
    return session;
  }

  const rowOrder = (page) => page.locator(".sx-table tbody th").allInnerTexts();
  const ariaSort = (page) =>
    page.locator(".sx-table thead th").evaluateAll((headers) => headers.map((th) => th.getAttribute("aria-sort")));
  const announced = (page) => page.locator("#sx-implications [aria-live]").innerText();
  const header = (page, name) => page.locator(".sx-sort", { hasText: name });

  it("sorts by clicking a header: ascending, then descending, with aria-sort only on that column", async () => {
    const { page, context, problems } = await table();
    assert.deepEqual(await rowOrder(page), ARTICLE_ORDER);
    assert.deepEqual(await ariaSort(page), [null, null, null]);
    await header(page, "Client concerns").click();
    assert.deepEqual(await rowOrder(page), ["Client Loyalty", "Funding", "Market Standing", "Competitor Gain", "Leadership"]);
    assert.deepEqual(await ariaSort(page), [null, null, "ascending"]);
    assert.equal(await announced(page), "Sorted by Client concerns, ascending");
    await header(page, "Client concerns").click();
    assert.deepEqual(await rowOrder(page), ["Leadership", "Competitor Gain", "Market Standing", "Funding", "Client Loyalty"]);
    assert.deepEqual(await ariaSort(page), [null, null, "descending"]);
    assert.equal(await announced(page), "Sorted by Client concerns, descending");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("keeps its controls disabled until the code is live, so nothing a reader does is lost", async () => {
    const context = await site.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.goto(`${site.server.url}#implications`, { waitUntil: "domcontentloaded" });
    // Not yet the current step (the fragment is read once live), so its text, not innerText.
    assert.deepEqual(await page.locator(".sx-table tbody th").allTextContents(), ARTICLE_ORDER, "the table is there at once");
    assert.equal(await page.locator(".sx-sort:disabled").count(), 3);
    assert.ok(await page.locator(".sx-filter-input").isDisabled());
    release();
    await hydrated(page);
    assert.equal(await page.locator(".sx-sort:disabled, .sx-filter-input:disabled").count(), 0);
    await header(page, "Aspect").click();
    assert.deepEqual(await rowOrder(page), ["Client Loyalty", "Competitor Gain", "Funding", "Leadership", "Market Standing"]);
    await page.locator(".sx-filter-input").fill("trust");
    assert.deepEqual(await rowOrder(page), ["Market Standing"]);
    await context.close();
  });

  it("keeps its source note, opened before the code is live, open and once below the live table", async () => {
    const { context, page, release } = await beforeLive(site, "#implications");
    const source = page.locator("#sx-implications .sx-source");
    await source.locator("summary").click();
    assert.equal(await source.getAttribute("open"), "");
    release();
    await hydrated(page);
    await page.locator(".sx-filter-input:enabled").waitFor();
    await header(page, "Aspect").click();
    assert.equal(await source.count(), 1);
    assert.equal(await source.getAttribute("open"), "", "the reader's tap is not lost when the table is built");
    assert.match(await source.innerText(), /Funding \| \$14\.3B capital for expansion \| Meta’s influence could steer agenda$/m);
    const below = await page.locator("#sx-implications .sx-table").evaluate((table) =>
      Boolean(table.compareDocumentPosition(table.closest(".sx-step").querySelector(".sx-source")) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
    assert.ok(below, "below the table");
    await context.close();
  });

  it("sorts with Enter and Space on a header button", async () => {
    const { page, context } = await table();
    await header(page, "Aspect").focus();
    await page.keyboard.press("Enter");
    assert.deepEqual(await rowOrder(page), ["Client Loyalty", "Competitor Gain", "Funding", "Leadership", "Market Standing"]);
    assert.deepEqual(await ariaSort(page), ["ascending", null, null]);
    await page.keyboard.press("Space");
    assert.deepEqual(await rowOrder(page), ["Market Standing", "Leadership", "Funding", "Competitor Gain", "Client Loyalty"]);
    assert.deepEqual(await ariaSort(page), ["descending", null, null]);
    assert.equal(await announced(page), "Sorted by Aspect, descending");
    await context.close();
  });

  it("shows the sort direction by shape, and the sorted column in colour too", async () => {
    const { page, context } = await table();
    // The cue is the stylesheet's, drawn from the header's aria-sort.
    const icons = () =>
      page.locator(".sx-sort-icon").evaluateAll((all) => all.map((icon) => getComputedStyle(icon, "::before").content.replaceAll('"', "")));
    const colours = () => page.locator(".sx-sort-icon").evaluateAll((all) => all.map((icon) => getComputedStyle(icon).color));
    assert.deepEqual(await icons(), ["↕", "↕", "↕"]);
    const [plain] = await colours();
    assert.deepEqual(await colours(), [plain, plain, plain]);
    await header(page, "Impact").click();
    assert.deepEqual(await icons(), ["↕", "▲", "↕"]);
    const [, accent] = await colours();
    assert.notEqual(accent, plain);
    assert.deepEqual(await colours(), [plain, accent, plain]);
    await header(page, "Impact").click();
    assert.deepEqual(await icons(), ["↕", "▼", "↕"]);
    assert.deepEqual(await colours(), [plain, accent, plain]);
    await header(page, "Aspect").click();
    assert.deepEqual(await colours(), [accent, plain, plain]);
    // A tap on the icon itself sorts too.
    const icon = await page.locator(".sx-sort-icon").nth(2).boundingBox();
    await page.mouse.click(icon.x + icon.width / 2, icon.y + icon.height / 2);
    assert.deepEqual(await ariaSort(page), [null, null, "ascending"]);
    await context.close();
  });

  it("goes back to the article's order", async () => {
    const { page, context } = await table();
    const reset = page.getByRole("button", { name: "Article order" });
    assert.equal(await reset.getAttribute("aria-disabled"), "true");
    await header(page, "Impact").click();
    await page.waitForURL(/sort=impact-asc/);
    await reset.click();
    assert.deepEqual(await rowOrder(page), ARTICLE_ORDER);
    assert.deepEqual(await ariaSort(page), [null, null, null]);
    assert.equal(await announced(page), "Back in the article’s order");
    await page.waitForURL((url) => !url.search.includes("sort="));
    await context.close();
  });

  it("keeps its order in the URL when the reader goes back to an earlier step, so a reload keeps it", async () => {
    const { page, context } = await table();
    await page.locator(".sx-previous").click();
    await page.waitForURL(/#rivals$/);
    await page.locator(".sx-next").click();
    await page.waitForURL(/#implications$/);
    await header(page, "Impact").click();
    await page.waitForURL(/\?sort=impact-asc#implications$/);
    await header(page, "Impact").click();
    await page.waitForURL(/\?sort=impact-desc#implications$/);
    // Back returns to the entry made before the sorts: its address had no order. The
    // latest order goes back on it.
    await page.goBack();
    await page.waitForURL(/\?sort=impact-desc#rivals$/);
    await page.goForward();
    await page.waitForURL(/\?sort=impact-desc#implications$/);
    await page.reload();
    await hydrated(page);
    assert.deepEqual(await ariaSort(page), [null, "descending", null]);
    await context.close();
  });

  it("filters rows by the words typed, in any column, and says how many are shown", async () => {
    const { page, context, problems } = await table();
    const filter = page.getByLabel("Filter rows");
    await filter.fill("clients");
    assert.deepEqual(await rowOrder(page), ["Client Loyalty", "Competitor Gain"]);
    assert.equal(await announced(page), "Showing 2 of 5 rows");
    await filter.fill("wang board");
    assert.deepEqual(await rowOrder(page), ["Leadership"]);
    assert.equal(await announced(page), "Showing 1 of 5 rows");
    await filter.fill("xyzzy");
    assert.deepEqual(await rowOrder(page), []);
    assert.equal(await announced(page), "Showing 0 of 5 rows");
    assert.match(await page.locator(".sx-no-rows").innerText(), /No rows match “xyzzy”/);
    await screenshot(page, "table-no-match");
    await page.getByRole("button", { name: "Clear the filter" }).click();
    assert.deepEqual(await rowOrder(page), ARTICLE_ORDER);
    assert.equal(await filter.inputValue(), "");
    // Not to the page, which would leave a screen reader's cursor elsewhere; and a tap opens
    // no phone keyboard.
    assert.equal(await page.evaluate(() => document.activeElement.id), "sx-implications-heading");
    // By keyboard, focus goes where the reader can type again, not to the page.
    await filter.fill("xyzzy");
    await page.getByRole("button", { name: "Clear the filter" }).press("Enter");
    assert.deepEqual(await rowOrder(page), ARTICLE_ORDER);
    assert.equal(await page.evaluate(() => document.activeElement.id), "sx-filter-input");
    // With every step shown, to this step's heading, not the first one's.
    await page.getByRole("button", { name: "Show all steps" }).click();
    await filter.fill("xyzzy");
    await page.getByRole("button", { name: "Clear the filter" }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), "sx-implications-heading");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("keeps the order through a reload and in a shared link, alongside the step's deep link", async () => {
    const { page, context } = await table();
    await header(page, "Client concerns").click();
    await header(page, "Client concerns").click();
    await page.waitForURL(/\?sort=concern-desc#implications$/);
    await page.reload();
    await hydrated(page);
    assert.equal(await page.locator(".sx-step.is-current").getAttribute("id"), "sx-implications");
    assert.deepEqual(await rowOrder(page), ["Leadership", "Competitor Gain", "Market Standing", "Funding", "Client Loyalty"]);
    assert.deepEqual(await ariaSort(page), [null, null, "descending"]);
    await context.close();
  });

  it("shows a shared link's order from the first paint: no row moves when the code goes live", async () => {
    const orders = {};
    // The first sort= counts, as in the code; odd ones leave the article's order.
    const queries = ["aspect-asc", "aspect-desc", "impact-asc", "impact-desc", "concern-asc", "concern-desc"].map((sort) => `sort=${sort}`);
    const odd = ["sort&sort=aspect-asc", "sort=", "sort=concern%2Ddesc", "sort=__proto__", "sort=constructor", "sort=aspect-asc,0"];
    for (const query of [...queries, "sort=concern-desc&sort=aspect-asc", "?sort=concern-desc", ...odd]) {
      const context = await site.browser.newContext(PHONE);
      const page = await context.newPage();
      const release = await holdWasm(page);
      await page.goto(`${site.server.url}?${query}#implications`, { waitUntil: "domcontentloaded" });
      const shown = async () => ({ rows: await page.locator(".sx-table tbody th").allTextContents(), sorted: await ariaSort(page) });
      const before = await shown();
      // Until the code is live the headers cannot sort: none is drawn as a button, the sorted
      // one included (a filled one, in the text's colour, was hard to read).
      const fills = await page.locator(".sx-table thead .sx-sort").evaluateAll((all) => all.map((button) => getComputedStyle(button).backgroundColor));
      assert.deepEqual(new Set(fills), new Set(["rgba(0, 0, 0, 0)"]), `${query}: a header filled before the code is live`);
      release();
      await hydrated(page);
      assert.deepEqual(await shown(), before, `${query}: what the page showed before the code was live`);
      orders[query] = before;
      await context.close();
    }
    assert.deepEqual(orders["sort=concern-desc"], { rows: ["Leadership", "Competitor Gain", "Market Standing", "Funding", "Client Loyalty"], sorted: [null, null, "descending"] });
    assert.equal(new Set(queries.map((query) => orders[query].rows.join())).size, 6, "six orders");
    // The first counts, and every leading "?" goes, as in the code; nothing is decoded.
    assert.deepEqual(orders["sort=concern-desc&sort=aspect-asc"], orders["sort=concern-desc"]);
    assert.deepEqual(orders["?sort=concern-desc"], orders["sort=concern-desc"]);
    for (const query of odd) assert.deepEqual(orders[query], { rows: ARTICLE_ORDER, sorted: [null, null, null] }, query);
  });

  it("ignores a sort in the URL that it does not know", async () => {
    for (const junk of ["?sort=price-asc", "?sort=%3Cscript%3E", `?sort=${"x".repeat(5000)}`]) {
      const { page, context, problems } = await table(junk);
      assert.deepEqual(await rowOrder(page), ARTICLE_ORDER);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  for (const width of [320, 360]) {
    it(`reflows into labelled cards at ${width} px without sideways scrolling`, async () => {
      const { page, context } = await table("?sort=aspect-asc", { ...PHONE, viewport: { width, height: 740 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      assert.deepEqual(await sticksOut(page.locator(".sx")), []);
      // Each value names its column; a screen reader hears that from the header row (the
      // sort buttons above the cards), and not a second time from the card.
      assert.deepEqual(await firstRowCells(page), {
        shown: ["Impact on Scale AI: ", "Client concerns: "],
        said: ["Retains some contracts", "Major clients pulling out"],
      });
      await header(page, "Aspect").click();
      assert.equal(await page.locator(".sx-table tbody th").first().innerText(), "Market Standing", "sortable as cards");
      // Above the cards the headers are drawn as buttons, the sorted one filled.
      const looks = await page.locator(".sx-sort").evaluateAll((all) =>
        all.map((button) => {
          const style = getComputedStyle(button);
          return { border: style.borderTopWidth !== "0px" && style.borderTopColor !== "rgba(0, 0, 0, 0)", fill: style.backgroundColor };
        }),
      );
      assert.ok(looks.every(({ border }) => border), `each sort button has a border: ${JSON.stringify(looks)}`);
      assert.deepEqual(looks.map(({ fill }) => fill !== "rgba(0, 0, 0, 0)"), [true, false, false], "the sorted one is filled");
      // From 360 px they take two rows, not a stack of three above the cards.
      const rows = new Set(await page.locator(".sx-sort").evaluateAll((all) => all.map((button) => button.getBoundingClientRect().top)));
      assert.ok(rows.size <= (width < 360 ? 3 : 2), `${rows.size} rows of sort buttons`);
      // The filter and "Article order" share a row: stacked, the tools alone took a third
      // of a phone's screen before the first card.
      const [filter, unsort] = await Promise.all([".sx-filter-input", ".sx-unsort"].map((tool) => page.locator(tool).boundingBox()));
      assert.ok(Math.abs(filter.y + filter.height - (unsort.y + unsort.height)) <= 1 && unsort.x > filter.x + filter.width, `the filter at ${JSON.stringify(filter)}, "Article order" at ${JSON.stringify(unsort)}`);
      assert.ok(filter.width >= 120, `a filter ${filter.width} px wide`);
      await screenshot(page, `table-${width}`);
      await context.close();
    });
  }

  it("has no axe-core violations sorted, filtered or empty, in light and dark", async () => {
    for (const colorScheme of ["light", "dark"]) {
      for (const options of [PHONE, DESKTOP]) {
        const { page, context } = await table("?sort=impact-desc", { ...options, colorScheme });
        assert.deepEqual(await axeViolations(page), [], "sorted");
        await page.getByLabel("Filter rows").fill("clients");
        assert.deepEqual(await axeViolations(page), [], "filtered");
        await page.getByLabel("Filter rows").fill("nothing matches this");
        assert.deepEqual(await axeViolations(page), [], "empty");
        await context.close();
      }
    }
  });
});
