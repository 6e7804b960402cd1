// The walkthrough as a reader uses it: every way of moving between steps, history,
// the explorable valuation, "Show all", and accessibility on every step.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DESKTOP, DIST, PHONE, axeViolations, beforeLive, currentStep, hydrated, open, screenshot, sticksOut, swipe, useSite } from "./harness.mjs";

const STEPS = ["deal", "stake", "valuation", "leadership", "exodus", "rivals", "implications", "bottom-line"];

describe("the walkthrough", () => {
  const site = useSite();

  async function reader(hash = "", options = PHONE) {
    const session = await open(site.browser, site.server.url + hash, options);
    await hydrated(session.page);
    return session;
  }

  it("reaches every step with Next and back with Previous, saying where the reader is", async () => {
    const { page, context, problems } = await reader();
    for (const [i, id] of STEPS.entries()) {
      assert.equal(await currentStep(page), id);
      assert.equal(await page.locator(".sx-progress").innerText(), `${i + 1} of ${STEPS.length}`);
      assert.match(await page.locator(".sx-announcer").innerText(), new RegExp(`^Step ${i + 1} of 8: `));
      if (i < STEPS.length - 1) await page.locator(".sx-next").click();
    }
    assert.equal(await page.locator(".sx-next").getAttribute("aria-disabled"), "true");
    await page.locator(".sx-next").click({ force: true });
    assert.equal(await currentStep(page), "bottom-line", "Next does nothing on the last step");
    for (const id of [...STEPS].reverse().slice(1)) {
      await page.locator(".sx-previous").click();
      assert.equal(await currentStep(page), id);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("jumps to any step from its dot, which says which step is current", async () => {
    const { page, context, problems } = await reader();
    for (const [i, id] of [...STEPS.entries()].reverse()) {
      await page.locator(".sx-dot").nth(i).click();
      assert.equal(await currentStep(page), id);
      assert.equal(await page.locator(".sx-dot[aria-current=step]").count(), 1);
      assert.equal(await page.locator(".sx-dot").nth(i).getAttribute("aria-current"), "step");
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("paints every move with its own count and dot, even on a CPU forty times slower", async () => {
    // Slow enough that a render runs past Yew's 16 ms, after which its scheduler may hand
    // the browser a frame between two renders: the step and its controls are one render.
    const { page, context, problems } = await reader();
    await page.evaluate(() => {
      const steps = [...document.querySelectorAll(".sx-step")];
      const dots = [...document.querySelectorAll(".sx-dot")];
      window.framesSeen = { frames: 0, apart: [] };
      const frame = () => {
        const shown = steps.findIndex((step) => step.classList.contains("is-current")) + 1;
        const count = Number(document.querySelector(".sx-progress-current").textContent);
        const dot = dots.findIndex((d) => d.getAttribute("aria-current") === "step") + 1;
        window.framesSeen.frames++;
        if (shown !== count || shown !== dot) window.framesSeen.apart.push(`step ${shown} under count ${count} and dot ${dot}`);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 40 });
    for (let i = 0; i < 12; i++) {
      await page.locator(i % 2 ? ".sx-previous" : ".sx-next").click();
      await page.waitForFunction((id) => document.querySelector(".sx-step.is-current")?.id === id, i % 2 ? "sx-deal" : "sx-stake");
      await page.waitForTimeout(100);
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    const { frames, apart } = await page.evaluate(() => window.framesSeen);
    assert.ok(frames > 12, `only ${frames} frames seen`);
    assert.deepEqual(apart, [], `${apart.length} of ${frames} frames showed a step under another's controls`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("moves with ←/→ while focus is in the widget and puts focus on the new heading", async () => {
    const { page, context, problems } = await reader("", DESKTOP);
    await page.locator(".sx-next").focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await currentStep(page), "stake");
    assert.equal(await page.evaluate(() => document.activeElement.id), "sx-stake-heading");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowLeft");
    assert.equal(await currentStep(page), "stake");
    await page.keyboard.press("Alt+ArrowRight");
    assert.equal(await currentStep(page), "stake", "Alt+→ belongs to the browser");
    await page.evaluate(() => document.activeElement.blur());
    await page.keyboard.press("ArrowRight");
    assert.equal(await currentStep(page), "stake", "keys outside the widget are not taken");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("says each move once: a move that puts focus on the new heading keeps the announcer quiet", async () => {
    const { page, context, problems } = await reader("", DESKTOP);
    // What the announcer said, and whether it was live when it said it (a screen reader
    // says nothing for a region that is not).
    await page.evaluate(() => {
      const announcer = document.querySelector(".sx-announcer");
      window.said = [];
      new MutationObserver(() => window.said.push(`${announcer.getAttribute("aria-live")}: ${announcer.textContent}`))
        .observe(announcer, { subtree: true, childList: true, characterData: true });
    });
    const said = () => page.evaluate(() => window.said.splice(0));
    const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.className);
    const liveAgain = () => page.waitForFunction(() => document.querySelector(".sx-announcer").getAttribute("aria-live") === "polite");
    await page.locator(".sx-next").click();
    assert.deepEqual(await said(), ["polite: Step 2 of 8: Meta’s stake"], "Next keeps focus: the announcer says the step");
    await page.keyboard.press("ArrowRight");
    assert.equal(await focused(), "sx-valuation-heading");
    assert.deepEqual(await said(), ["off: Step 3 of 8: How the deal values Scale AI"], "the focused heading says the step");
    await liveAgain();
    await page.locator(".sx-step.is-current .sx-continue").click();
    assert.equal(await focused(), "sx-leadership-heading");
    assert.deepEqual(await said(), ["off: Step 4 of 8: Scale AI’s leadership"]);
    await liveAgain();
    await page.locator(".sx-dot").nth(5).click();
    assert.deepEqual(await said(), ["polite: Step 6 of 8: Who gains ground"], "a dot keeps focus: the announcer says the step");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("puts focus on the new heading when the code renders the move in a later task", async () => {
    // Yew's scheduler yields to a timer after 16 ms of work (as it may just after going
    // live), and a move clicked meanwhile renders in that later task, not in a microtask
    // after the click. Here the code's microtasks wait 30 ms, so every move renders late.
    const { page, context, problems } = await reader("", DESKTOP);
    await page.evaluate(() => {
      const now = window.queueMicrotask;
      window.queueMicrotask = (task) =>
        /\/scale-explainer-[^/]*\.js/.test(new Error().stack.split("\n")[2]) ? setTimeout(task, 30) : now(task);
    });
    await page.locator(".sx-next").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.activeElement.id === "sx-stake-heading", null, { timeout: 2000 });
    assert.equal(await currentStep(page), "stake");
    await page.locator(".sx-step.is-current .sx-continue").click();
    await page.waitForFunction(() => document.activeElement.id === "sx-valuation-heading", null, { timeout: 2000 });
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => document.activeElement.id === "sx-stake-heading", null, { timeout: 2000 });
    assert.equal(await currentStep(page), "stake");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("leaves the arrow keys to the valuation slider and its −/+, and says each stake once", async () => {
    const { page, context } = await reader("#valuation", DESKTOP);
    await page.locator(".sx-slider").focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await currentStep(page), "valuation");
    assert.equal(await page.locator(".sx-control-value").innerText(), "50%");
    // The slider says the stake, and one live region the arithmetic: nothing twice.
    assert.equal(await page.locator(".sx-slider").getAttribute("aria-valuetext"), "50%");
    const live = await page.locator("#sx-valuation").evaluate((step) =>
      [...step.querySelectorAll("[aria-live]:not([aria-live=off]), output, [role=status]")]
        .filter((region) => !region.closest("[aria-hidden=true]"))
        .map((region) => region.textContent));
    assert.deepEqual(live, ["Our arithmetic: at 50%, the same $14.3B would imply about $28.6B."]);
    await page.getByRole("button", { name: "One point more" }).press("Enter");
    await page.keyboard.press("ArrowRight");
    assert.equal(await currentStep(page), "valuation", "→ beside the slider is not a step key");
    assert.equal(await page.locator(".sx-control-value").innerText(), "51%");
    await context.close();
  });

  it("moves with a sideways swipe but never with a vertical scroll", async () => {
    const { page, context, problems } = await reader();
    const box = await page.locator(".sx-steps").boundingBox();
    const at = { x: box.x + box.width / 2, y: box.y + 80 };
    await swipe(page, { ...at, dx: -150, dy: 10 });
    assert.equal(await currentStep(page), "stake");
    await swipe(page, { ...at, dx: 150, dy: -5 });
    assert.equal(await currentStep(page), "deal");
    await swipe(page, { ...at, dx: -60, dy: -250 });
    assert.equal(await currentStep(page), "deal", "a scroll with sideways drift is not a swipe");
    // A scroll that turns sideways once the page is scrolling: the browser has the touch.
    const cdp = await context.newCDPSession(page);
    const touch = (type, points) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points });
    const here = await page.locator(".sx-steps").boundingBox();
    const [x0, y0] = [here.x + here.width - 40, Math.min(here.y + 300, 600)];
    await touch("touchStart", [{ x: x0, y: y0, id: 1 }]);
    for (let i = 1; i <= 3; i++) await touch("touchMove", [{ x: x0, y: y0 - 12 * i, id: 1 }]);
    for (let i = 1; i <= 5; i++) await touch("touchMove", [{ x: x0 - 30 * i, y: y0 - 36, id: 1 }]);
    await touch("touchEnd", []);
    await cdp.detach();
    assert.equal(await currentStep(page), "deal", "a scroll that turned sideways is not a swipe");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("opens on the step a deep link names, and at the start for anything else", async () => {
    for (const id of STEPS) {
      const { page, context, problems } = await reader(`#${id}`);
      assert.equal(await currentStep(page), id);
      assert.deepEqual(problems, []);
      await context.close();
    }
    for (const junk of ["#nope", "#%3Cscript%3E", "#" + "x".repeat(5000)]) {
      const { page, context, problems } = await reader(junk);
      assert.equal(await currentStep(page), "deal", junk.slice(0, 20));
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it("names a ?step= deep link's step in the fragment alone, so the address never names two", async () => {
    const { page, context, problems } = await reader("?step=exodus&theme=dark");
    assert.equal(await currentStep(page), "exodus");
    assert.equal(new URL(page.url()).search + new URL(page.url()).hash, "?theme=dark#exodus", "the other settings stay");
    await page.locator(".sx-next").click();
    await page.waitForURL(/\?theme=dark#rivals$/);
    await page.goBack();
    await page.waitForURL(/\?theme=dark#exodus$/);
    assert.equal(await currentStep(page), "exodus");
    assert.deepEqual(problems, []);
    await context.close();
    // Alone, it leaves no empty query; a step= that names no step is left as it was.
    for (const [query, address] of [["?step=rivals", "#rivals"], ["?step=nope", "?step=nope"]]) {
      const session = await reader(query);
      const url = new URL(session.page.url());
      assert.equal(session.page.url().slice(site.server.url.length), address, query);
      assert.equal(url.pathname, new URL(site.server.url).pathname);
      await session.context.close();
    }
  });

  it("records steps in history on the standalone page, so Back returns to the previous step", async () => {
    const { page, context } = await reader();
    await page.locator(".sx-next").click();
    await page.locator(".sx-next").click();
    // The URL follows just after the move is painted: wait for it.
    await page.waitForURL(/#valuation$/);
    // A history move can resolve here before the page has handled its popstate: wait for
    // the step (briefly), then check it is the only one on show.
    const shows = async (id) => {
      await page.waitForFunction((id) => document.querySelector(".sx-step.is-current")?.id === `sx-${id}`, id, { timeout: 2000 });
      assert.equal(await currentStep(page), id);
    };
    await page.goBack();
    await shows("stake");
    await page.goBack();
    await shows("deal");
    await page.goForward();
    await shows("stake");
    await context.close();
  });

  it("keeps the reader's history when Back is pressed twice faster than a frame", async () => {
    const { page, context, problems } = await reader();
    await page.locator(".sx-next").click();
    await page.waitForURL(/#stake$/);
    await page.locator(".sx-next").click();
    await page.waitForURL(/#valuation$/);
    const entries = await page.evaluate(() => history.length);
    await page.evaluate(() => (history.back(), history.back()));
    await page.waitForFunction(() => document.querySelector(".sx-step.is-current")?.id === "sx-deal");
    // The URL follows a move once it is painted: let every pending record run.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done, 100)))));
    assert.deepEqual(await page.evaluate(() => [history.length, location.hash]), [entries, ""], "no entry was added");
    assert.equal(await currentStep(page), "deal");
    await page.goForward();
    await page.waitForFunction(() => document.querySelector(".sx-step.is-current")?.id === "sx-stake", null, { timeout: 2000 });
    assert.equal(await currentStep(page), "stake", "Forward still leads where the reader was");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("adds no history entries inside an iframe", async () => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.setContent(`<iframe src="${site.server.url}" style="width:340px;height:600px"></iframe>`);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.waitForSelector(".sx.is-live");
    const before = await page.evaluate(() => history.length);
    await frame.locator(".sx-next").click();
    await frame.locator(".sx-next").click();
    await frame.waitForFunction(() => location.hash === "#valuation"); // the frame's URL still names the step
    assert.equal(await page.evaluate(() => history.length), before);
    await context.close();
  });

  it("lets the reader try another stake and see what it implies, as our arithmetic", async () => {
    const { page, context, problems } = await reader("#valuation");
    const result = page.locator(".sx-result");
    assert.equal(await result.innerText(), "Our arithmetic: at exactly 49%, $14.3B implies about $29.2B.");
    await page.locator(".sx-slider").fill("25");
    assert.equal(await result.innerText(), "Our arithmetic: at 25%, the same $14.3B would imply about $57.2B.");
    const chart = page.locator("#sx-valuation .sx-chart");
    assert.match(await chart.innerHTML(), /Our arithmetic: about \$57\.2B/);
    // The money was invested; the chart does not say it bought the reader's 25%.
    assert.match(await chart.innerHTML(), />\$14\.3B invested</);
    assert.doesNotMatch(await chart.innerHTML(), /\$14\.3B for 25%/);
    assert.match(await chart.innerHTML(), /At 49%, ours: about \$29\.2B/, "what the deal's stake implies stays marked");
    await page.getByRole("button", { name: "One point more" }).click();
    assert.equal(await page.locator(".sx-control-value").innerText(), "26%");
    await page.locator(".sx-slider").fill("5");
    await page.getByRole("button", { name: "One point less" }).click({ force: true });
    assert.equal(await page.locator(".sx-control-value").innerText(), "5%", "never below 5%");
    assert.match(await result.innerText(), /\$286B/);
    await page.locator(".sx-reset").click();
    assert.match(await result.innerText(), /at exactly 49%/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("keeps every word of the valuation chart inside it and clear of the deal's mark, whatever the stake", async () => {
    const { page, context, problems } = await reader("#valuation", { ...PHONE, viewport: { width: 320, height: 640 } });
    for (const stake of ["5", "18", "20", "25", "30", "36", "40", "49", "60", "75", "100"]) {
      await page.locator(".sx-slider").fill(stake);
      const { outside, crossed } = await page.locator("#sx-valuation .sx-chart svg").evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        const words = [...svg.querySelectorAll("text")].map((text) => [text.textContent, text.getBoundingClientRect()]);
        const dashes = [...svg.querySelectorAll("polyline")].map((dash) => dash.getBoundingClientRect());
        const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return {
          outside: words.filter(([, box]) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5).map(([text]) => text),
          crossed: words.filter(([, box]) => dashes.some((dash) => meet(dash, box))).map(([text]) => text),
        };
      });
      assert.ok((await page.locator("#sx-valuation .sx-chart svg polyline").count()) > 4, `at ${stake}%, the deal's mark is drawn`);
      assert.deepEqual(outside, [], `at ${stake}%, cut off at the chart's edge`);
      assert.deepEqual(crossed, [], `at ${stake}%, the deal's mark runs through these words`);
    }
    // At 320 px the stake's value is on its label's last line, at its end, above "+": not
    // wrapped alone below the slider's row.
    const [value, label, more] = await Promise.all([".sx-control-value", ".sx-control-label", ".sx-stepper >> nth=1"].map((s) => page.locator(s).boundingBox()));
    assert.ok(value.y + value.height <= more.y + 1, "the value is above the slider's row");
    assert.ok(Math.abs(value.y + value.height - (label.y + label.height)) < 6, "on the label's last line");
    assert.ok(Math.abs(value.x + value.width - (more.x + more.width)) <= 1, "the value ends where the row does");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("centres the count over the dots on a phone and wider, though \"Previous\" is longer than \"Next\", and keeps longer labels inside the widget", async () => {
    const row = async (page, width, centred = true) => {
      const [previous, count, next, dots] = await page.locator(".sx-previous, .sx-progress, .sx-next, .sx-dots").evaluateAll((all) =>
        all.map((e) => e.getBoundingClientRect()).map(({ left, width, top, height }) => ({ left, width, middle: top + height / 2, centre: left + width / 2 })),
      );
      if (centred) assert.ok(Math.abs(count.centre - dots.centre) < 1, `at ${width} px the count is ${count.centre - dots.centre} px off the dots' centre`);
      assert.ok(count.left >= previous.left + previous.width && count.left + count.width <= next.left, `at ${width} px the count overlaps a button`);
      assert.equal(new Set([previous, count, next].map((box) => Math.round(box.middle))).size, 1, `at ${width} px they share a row`);
      assert.deepEqual(await sticksOut(page.locator(".sx")), [], `at ${width} px`);
    };
    for (const width of [320, 360, 768]) {
      const { page, context, problems } = await reader("#rivals", { ...PHONE, viewport: { width, height: 740 } });
      await row(page, width);
      assert.deepEqual(problems, []);
      await context.close();
    }
    // A newsroom's own words may be longer (tests/data/interface-fr.json). Where a button's
    // share of the row is too short for its label, the count gives way to it; with room,
    // it is centred again. Labels too long to share the row wrap, and never stick out.
    const translated = async (width, [previous, next]) => {
      const session = await reader("#rivals", { ...PHONE, viewport: { width, height: 740 } });
      await session.page.evaluate(([previous, next]) => {
        document.querySelector(".sx-previous").textContent = previous;
        document.querySelector(".sx-next").textContent = next;
        document.querySelector(".sx-progress").lastChild.textContent = " sur 8";
      }, [previous, next]);
      return session;
    };
    for (const [width, centred] of [[320, false], [768, true]]) {
      const { page, context } = await translated(width, ["Précédent", "Suivant"]);
      await row(page, width, centred);
      await context.close();
    }
    const { page, context } = await translated(320, ["Étape précédente", "Étape suivante"]);
    assert.deepEqual(await sticksOut(page.locator(".sx")), []);
    const spilling = await page.locator(".sx-nav-row .sx-button").evaluateAll((all) => all.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
    assert.equal(spilling, 0, "a label leaves its button");
    await context.close();
  });

  it("fits a 288 px column (a 320 px phone's article): the step controls on one row, and a slider move that pushes nothing down", async () => {
    const { page, context, problems } = await reader("#valuation", { ...PHONE, viewport: { width: 288, height: 640 } });
    const tops = await page.locator(".sx-previous, .sx-progress, .sx-next").evaluateAll((all) => all.map((e) => Math.round(e.getBoundingClientRect().top + e.offsetHeight / 2)));
    assert.equal(new Set(tops).size, 1, `Previous, the count and Next sit at ${tops}`);
    // The deal's sentence is shorter than another stake's: the line it may need is kept for it.
    // (From the slider's row, as filling it may scroll the page.)
    const below = () =>
      page.locator("#sx-valuation").evaluate((step) => step.querySelector(".sx-chart").getBoundingClientRect().top - step.querySelector(".sx-slider").getBoundingClientRect().top);
    const before = await below();
    for (const stake of ["44", "1", "100", "49"]) {
      await page.locator(".sx-slider").fill(stake);
      assert.equal(await below(), before, `at ${stake}% the chart moved`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("never pans sideways, however nearly the eight dots fit on one row", async () => {
    // Eight 44 px dots need 352 px (a 375 px phone's article with 12 px margins is 351),
    // and below 256 px they go to two rows.
    for (const width of [255, 256, 257, 350, 351, 352, 353]) {
      const { page, context, problems } = await reader("", { ...PHONE, viewport: { width, height: 640 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `at ${width} px the page pans sideways by ${overflow} px`);
      const dots = await page.locator(".sx-dot").evaluateAll((all) => all.map((dot) => dot.getBoundingClientRect().toJSON()));
      const [left, right] = [Math.min(...dots.map((dot) => dot.left)), Math.max(...dots.map((dot) => dot.right))];
      assert.ok(left >= 0 && right <= width, `at ${width} px the dots run from ${left} to ${right} px`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it("keeps the eight dots on one row in a phone's article column, sharing it down to 32 px targets", async () => {
    // 328 and 343 px: a 360 and a 375 px phone's article with 16 px margins; 288 px, a 320 px one's.
    for (const [width, rows] of [[288, 1], [320, 1], [328, 1], [343, 1], [352, 1], [250, 2]]) {
      const { page, context, problems } = await reader("", { ...PHONE, viewport: { width, height: 640 } });
      const dots = await page.locator(".sx-dot").evaluateAll((all) => all.map((dot) => dot.getBoundingClientRect().toJSON()));
      assert.equal(new Set(dots.map((dot) => Math.round(dot.top))).size, rows, `at ${width} px the dots take ${rows} rows`);
      const least = rows === 1 ? Math.min(44, width / 8) - 0.5 : 44;
      for (const dot of dots) assert.ok(dot.width >= Math.max(32, least) && dot.width < 44.5 && dot.height >= 44, `at ${width} px a ${dot.width} × ${dot.height} target`);
      const inRow = dots.filter((dot) => Math.round(dot.top) === Math.round(dots[0].top));
      for (let i = 1; i < inRow.length; i++) assert.ok(inRow[i].left >= inRow[i - 1].right - 0.5, `at ${width} px dots ${i} and ${i + 1} overlap`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  /** Each filled box's text in the chart `svg` locates: how far its middle is from the box's middle, in px. */
  function labelOffsets(svg) {
    return svg.evaluate((chart) =>
      [...chart.querySelectorAll("rect")].flatMap((rect) => {
        const box = rect.getBoundingClientRect();
        const inside = [...chart.querySelectorAll("text")].find((text) => {
          const { top, bottom } = text.getBoundingClientRect();
          return top >= box.top - 1 && bottom <= box.bottom + 1 && box.height > 20;
        });
        if (!inside) return [];
        const words = inside.getBoundingClientRect();
        return [[inside.textContent, Math.abs((words.top + words.bottom) / 2 - (box.top + box.bottom) / 2)]];
      }),
    );
  }

  it("lists the rivals as words, with no chart whose bars would look like sizes", async () => {
    const { page, context, problems } = await reader("#rivals", { ...PHONE, viewport: { width: 320, height: 740 } });
    assert.deepEqual(await page.locator("#sx-rivals .sx-rivals li").allInnerTexts(), ["Labelbox", "Handshake", "Mercor", "Appen", "Turing"]);
    assert.equal(await page.locator("#sx-rivals svg").count(), 0);
    // Each name readable on its ground, and marked as gaining ground by a drawn triangle.
    assert.deepEqual(await axeViolations(page), []);
    const marks = await page.locator("#sx-rivals .sx-rivals li").evaluateAll((items) =>
      items.map((item) => parseFloat(getComputedStyle(item, "::before").borderBottomWidth)),
    );
    assert.ok(marks.every((width) => width > 0), `${marks}`);
    // A row each, all of one width, so no length reads as a size; and compact on a phone.
    const rows = await page.locator("#sx-rivals .sx-rivals li").evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON()));
    assert.equal(new Set(rows.map((row) => Math.round(row.top))).size, 5, "a row each");
    assert.equal(new Set(rows.map((row) => Math.round(row.width))).size, 1, "one width");
    const list = await page.locator("#sx-rivals .sx-rivals").boundingBox();
    assert.ok(list.height < 260, `the list is ${list.height} px tall`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("sets the words in the rivals and exodus pictures' boxes in their middle, and marks each departure by its kind", async () => {
    const { page, context } = await reader("#rivals");
    // Both are pictures only (for newsletters and apps): the rivals in boxes, and the
    // exodus with Google's figure in a box.
    const picture = await context.newPage();
    await picture.setContent(await (await fetch(site.server.url + "chart-rivals.svg")).text());
    const rivals = await labelOffsets(picture.locator("svg svg"));
    assert.ok(rivals.length >= 5, "a label in each rival's box");
    await picture.setContent(await (await fetch(site.server.url + "chart-exodus.svg")).text());
    const exodus = await labelOffsets(picture.locator("svg svg"));
    assert.deepEqual(exodus.map(([words]) => words), ["Spent: reportedly over $200M"]);
    await picture.close();
    for (const [words, offset] of [...rivals, ...exodus]) assert.ok(offset <= 2, `"${words}" sits ${offset.toFixed(1)} px off its box's middle`);
    // The exodus cards: each stripe in its kind's colour (the one its tag names), the
    // clients' one colour and the investor's another.
    await page.locator(".sx-dot").nth(STEPS.indexOf("exodus")).click();
    const cards = await page.locator("#sx-exodus .sx-departure").evaluateAll((all) =>
      all.map((card) => [card.querySelector(".sx-tag").textContent, getComputedStyle(card).borderLeftColor]),
    );
    // (In the article's words: the three were "previously major clients".)
    const client = "Previously a major client";
    assert.deepEqual(cards.map(([kind]) => kind), [client, client, client, "Investor"]);
    const stripe = Object.fromEntries(cards);
    assert.ok(cards.every(([kind, colour]) => colour === stripe[kind]), `one stripe per kind: ${JSON.stringify(cards)}`);
    assert.notEqual(stripe[client], stripe.Investor, "clients and the investor differ");
    await context.close();
  });

  it("starts a departure's kind tag at the card's edge when it wraps below the party, at 320 and 360 px", async () => {
    for (const width of [320, 360]) {
      const { page, context } = await reader("#exodus", { ...PHONE, viewport: { width, height: 740 } });
      const tags = await page.locator("#sx-exodus .sx-departure-party").evaluateAll((parties) =>
        parties.map((party) => {
          const name = document.createRange();
          name.selectNodeContents(party.firstChild);
          const [words, tag, line] = [name.getBoundingClientRect(), party.querySelector(".sx-tag").getBoundingClientRect(), party.getBoundingClientRect()];
          return { party: party.firstChild.textContent, wrapped: tag.top >= words.bottom - 2, left: tag.left - line.left };
        }),
      );
      for (const { party, wrapped, left } of tags) if (wrapped) assert.ok(Math.abs(left) <= 1, `${width} px: ${party}'s tag is indented ${left} px`);
      if (width === 320) assert.ok(tags.some(({ wrapped }) => wrapped), "at 320 px a tag wraps (else this test checks nothing)");
      await context.close();
    }
  });

  it("draws the same chart in the browser as in the prerendered page, and changes that chart in place", async () => {
    const html = await readFile(join(DIST, "index.html"), "utf8");
    const prerendered = html.match(/<section id="sx-valuation".*?<div[^>]*class="sx-chart"[^>]*>(.*?)<\/div>/s)[1];
    const { page, context } = await reader("#valuation");
    // Built once live, the chart is then changed in place: a move changes its bar, not the
    // whole chart.
    const chart = page.locator("#sx-valuation .sx-chart");
    await chart.evaluate((chart) => (window.__prerendered = [chart.querySelector("svg"), ...chart.querySelectorAll("svg > *")]));
    await page.locator(".sx-slider").fill("30");
    assert.match(await chart.innerHTML(), /Our arithmetic: about \$47\.7B/);
    const kept = await chart.evaluate((chart) => [chart.querySelector("svg"), ...chart.querySelectorAll("svg > *")].every((node, i) => node === window.__prerendered[i]));
    assert.ok(kept, "the first move replaced the chart's elements");
    await page.locator(".sx-reset").click();
    const redrawn = await page.locator("#sx-valuation .sx-chart svg").evaluate((svg) => svg.outerHTML);
    // Both through the browser's own parser, so only the drawing is compared, not its spelling.
    const parsed = await page.evaluate((markup) => {
      const template = document.createElement("template");
      template.innerHTML = markup;
      return template.content.querySelector("svg").outerHTML;
    }, prerendered);
    assert.equal(redrawn, parsed);
    await context.close();
  });

  for (const way of ["keyboard", "tap"]) {
    it(`keeps the chart in words, opened by ${way} before the code is live, open and focused once the explorer is built, and the page still${way === "keyboard" ? "" : ", scrolled on"}`, async () => {
      const { context, page, release } = await beforeLive(site, "#valuation");
      const words = page.locator("#sx-valuation .sx-chart-text");
      if (way === "keyboard") {
        await words.locator("summary").focus();
        await page.keyboard.press("Enter");
      } else {
        await words.locator("summary").tap();
        // The reader reads on to the end of the page, the summary above the screen (a
        // short one, as with a phone's keyboard up).
        await page.setViewportSize({ width: 360, height: 300 });
        await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
        assert.ok((await words.locator("summary").boundingBox()).y < 0, "the summary is off screen");
      }
      const open = () => words.evaluate((details) => details.open);
      assert.ok(await open(), "the chart in words is open");
      await words.evaluate((details) => (window.__prerendered = details));
      const scrolled = await page.evaluate(() => scrollY);
      release();
      await hydrated(page);
      assert.ok(await words.evaluate((details) => details !== window.__prerendered), "the explorer was built anew once live");
      assert.ok(await open(), "the reader's tap is not lost when the explorer is built");
      assert.equal(await page.evaluate(() => scrollY), scrolled, "the page moved");
      // Focus was on the summary the build removed: it is on the new one, and the page still.
      assert.ok(await words.locator("summary").evaluate((summary) => summary === document.activeElement), "focus is on the chart in words");
      // The words are the live explorer's: they follow the stake.
      await page.locator(".sx-slider").fill("30");
      assert.match(await words.locator("p").innerText(), /at 30%/);
      await context.close();
    });
  }

  it("leaves focus where the reader left it when they left the chart in words long before the code was live", async () => {
    const { context, page, release } = await beforeLive(site, "#valuation");
    await page.locator("#sx-valuation .sx-chart-text summary").focus();
    await page.keyboard.press("Enter");
    // The reader taps the text beside it: focus goes to nothing, seconds before going live.
    await page.evaluate(() => document.activeElement.blur());
    await page.waitForTimeout(1500);
    release();
    await hydrated(page);
    assert.ok(await page.evaluate(() => document.activeElement === document.body), "focus was pulled back to the chart in words");
    await context.close();
  });

  it("keeps the step being read, and focus on its heading, when Show all goes on with the title on screen too", async () => {
    const { page, context, problems } = await reader("#bottom-line", DESKTOP);
    const [toggle, step] = [page.locator(".sx-switch"), page.locator("#sx-bottom-line")];
    const onScreen = async (locator) => (await locator.boundingBox()).y;
    assert.ok((await onScreen(page.locator(".sx-title"))) >= 0 && (await onScreen(toggle)) < DESKTOP.viewport.height, "all of it is on screen");
    const reading = await onScreen(step);
    await toggle.focus();
    await page.keyboard.press("Enter");
    await page.locator(".sx-steps.is-all").waitFor();
    await page.waitForTimeout(100);
    assert.ok(Math.abs((await onScreen(step)) - reading) <= 2, `the step read moved from ${reading} to ${await onScreen(step)} px`);
    assert.equal(await page.evaluate(() => document.activeElement.id), "sx-bottom-line-heading");
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("shows every step at once with Show all, and only one again without it", async () => {
    const { page, context, problems } = await reader("#exodus");
    const toggle = page.getByRole("button", { name: "Show all steps" });
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    assert.deepEqual(await currentStep(page), STEPS);
    for (const id of STEPS) assert.ok(await page.locator(`#sx-${id}`).isVisible(), id);
    assert.equal(await page.locator(".sx-nav").count(), 0, "no step navigation in show-all mode");
    await screenshot(page, "phone-show-all");
    await toggle.click();
    assert.equal(await currentStep(page), "exodus");
    // By keyboard: the switch goes below every step, so focus goes to the heading of the
    // step being read, which stays on screen.
    await toggle.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "sx-exodus-heading");
    const step = await page.locator("#sx-exodus").boundingBox();
    assert.ok(step.y < PHONE.viewport.height && step.y + step.height > 0, `the step being read is off screen at ${step.y}px`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("prints every step, without the controls", async () => {
    const { page, context } = await reader("#exodus", DESKTOP);
    await page.emulateMedia({ media: "print" });
    for (const id of STEPS) assert.ok(await page.locator(`#sx-${id}`).isVisible(), `${id} prints`);
    const controls = [".sx-nav", ".sx-footer", ".sx-continue", ".sx-control", ".sx-table-tools"];
    assert.equal(await page.locator(controls.map((control) => `${control}:visible`).join(", ")).count(), 0);
    await context.close();
  });

  it("never scrolls sideways at 320 px and keeps touch targets at least 44 px, the dots 40 × 44 px", async () => {
    const { page, context } = await reader("", { ...PHONE, viewport: { width: 320, height: 640 } });
    for (const [i] of STEPS.entries()) {
      await page.locator(".sx-dot").nth(i).click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `step ${i + 1} scrolls sideways by ${overflow}px`);
      assert.deepEqual(await sticksOut(page.locator(".sx")), [], `step ${i + 1} sticks out of the widget`);
    }
    const small = await page.locator(".sx button:visible:not(.sx-dot), .sx summary:visible").evaluateAll((targets) =>
      targets.map((t) => t.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length,
    );
    assert.equal(small, 0, "every visible button is at least 44×44");
    // The eight dots share one row, each 40 px wide here, rather than take a second row.
    const dots = await page.locator(".sx-dot").evaluateAll((all) => all.map((dot) => dot.getBoundingClientRect()).filter((r) => r.width < 40 || r.height < 44).length);
    assert.equal(dots, 0, "every dot is at least 40×44");
    const fontSizes = await page.locator(".sx p, .sx li, .sx td, .sx th, .sx dt").evaluateAll((els) =>
      els.map((e) => parseFloat(getComputedStyle(e).fontSize)),
    );
    assert.ok(Math.min(...fontSizes) >= 16, `smallest body text: ${Math.min(...fontSizes)}px`);
    await context.close();
  });

  for (const colorScheme of ["light", "dark"]) {
    it(`has no axe-core violations on any step in ${colorScheme} mode`, async () => {
      const { page, context, problems } = await reader("", { ...PHONE, colorScheme });
      for (const [i, id] of STEPS.entries()) {
        await page.locator(".sx-dot").nth(i).click();
        assert.deepEqual(await axeViolations(page), [], `step ${id}`);
        await screenshot(page, `step-${id}-${colorScheme}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
