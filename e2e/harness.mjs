// Shared end-to-end plumbing: serve the built dist/ on 127.0.0.1, drive the system
// Chromium, and collect every console error, page error and failed request so each
// test can assert there were none.
import { createServer } from "node:http";
import { createSecureServer } from "node:http2";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const DIST = resolve(process.env.DIST ?? "dist");
export const SCREENSHOTS = resolve("e2e/screenshots");
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  "": "text/plain",
};

/**
 * Serves `root` statically under `prefix` (e.g. "/a/b/"), like any CDN would.
 * `pages` adds fixed responses by path: an HTML string, or `{ type, body }`.
 * `headers: true` applies the `_headers` file shipped in `root` (paths relative to `prefix`),
 * to the pages too. `tls: { key, cert }` serves HTTP/2 over TLS, as CDNs do (HTTP/1.1 too,
 * for clients that do not offer HTTP/2); otherwise it is plain HTTP/1.1. `compress: true`
 * sends the text files at the top of `root` (all of dist/) brotli- or gzip-encoded to a
 * client that accepts it, as CDNs do: each compressed before the first server of `root`
 * starts, and once for all of them (a run serves a built dist/ that does not change), brotli
 * at the quality the byte budget is measured at.
 */
export async function serve(root = DIST, { prefix = "/", pages = {}, headers = false, tls = null, compress = false } = {}) {
  const rules = headers ? parseHeaders(await readFile(join(root, "_headers"), "utf8")) : [];
  const encoded = compress ? await compressed(root) : new Map();
  const handle = async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    if (pages[path] !== undefined) {
      const page = typeof pages[path] === "string" ? { type: TYPES[".html"], body: pages[path] } : pages[path];
      const extra = Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers));
      response.writeHead(200, { "content-type": page.type, ...extra });
      return response.end(page.body);
    }
    if (!root || !path.startsWith(prefix)) return notFound(response);
    const relative = "/" + path.slice(prefix.length);
    let file = normalize(join(root, relative));
    if (!file.startsWith(root)) return notFound(response);
    if (relative.endsWith("/")) file = join(file, "index.html");
    try {
      const extra = Object.assign({}, ...rules.filter((rule) => rule.pattern.test(relative)).map((rule) => rule.headers));
      const encodings = encoded.get(file);
      const encoding = encodings && ["br", "gzip"].find((name) => accepts(request.headers["accept-encoding"], name));
      if (encodings) extra.vary = "accept-encoding";
      if (encoding) extra["content-encoding"] = encoding;
      const body = encoding ? encodings[encoding] : await readFile(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...extra });
      response.end(body);
    } catch {
      notFound(response);
    }
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `${tls ? "https" : "http"}://127.0.0.1:${server.address().port}`;
  return { origin, url: `${origin}${prefix}`, close: () => new Promise((done) => server.close(done)) };
}

/** What `serve` compresses when asked: text, as CDNs do, not images. */
const COMPRESSED = [".html", ".js", ".css", ".wasm", ".json", ".svg"];

/** The text files at the top of each root served compressed, by path: each root once. */
const compressions = new Map();

function compressed(root) {
  if (!compressions.has(root)) compressions.set(root, compressAll(root));
  return compressions.get(root);
}

async function compressAll(root) {
  const encoded = new Map();
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSED.includes(extname(entry.name))) continue;
    const body = await readFile(join(root, entry.name));
    encoded.set(join(root, entry.name), { br: brotliCompressSync(body), gzip: gzipSync(body, { level: 9 }) });
  }
  return encoded;
}

/** Whether an Accept-Encoding header accepts `name` (not refused with q=0). */
function accepts(header = "", name) {
  return header.split(",").some((part) => {
    const [token, ...params] = part.toLowerCase().split(";").map((piece) => piece.trim());
    return token === name && !params.some((param) => /^q=0(\.0*)?$/.test(param));
  });
}

/** The `_headers` file (Netlify / Cloudflare Pages): path patterns, each with headers. */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp("^" + line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$");
      rules.push({ pattern, headers: {} });
    } else {
      const [name, ...value] = line.trim().split(":");
      rules.at(-1).headers[name.trim().toLowerCase()] = value.join(":").trim();
    }
  }
  return rules;
}

function notFound(response) {
  response.writeHead(404, { "content-type": "text/plain" });
  response.end("not found");
}

/**
 * For a `describe` block: serves dist/ and launches Chromium before its tests, and
 * stops both after. Read `site.server` and `site.browser` inside the tests.
 */
export function useSite(serveOptions) {
  const site = {};
  before(async () => {
    site.server = await serve(DIST, serveOptions);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * For a `describe` block that puts the widget in articles on another origin: serves dist/
 * with the shipped `_headers` (its CSP, CORS for mount.js) as the widget's origin, and
 * `pagesFor(widget)` (path → page, given that server) as the host's, and launches
 * Chromium; stops all three after. Read `sites.widget`, `sites.host` and `sites.browser`
 * inside the tests.
 */
export function useHostArticles(pagesFor) {
  const sites = {};
  before(async () => {
    sites.widget = await serve(DIST, { headers: true });
    sites.host = await serve(null, { pages: pagesFor(sites.widget) });
    sites.browser = await launch();
  });
  after(async () => {
    await sites.browser?.close();
    await sites.host?.close();
    await sites.widget?.close();
  });
  return sites;
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/**
 * Opens a page in a fresh context and records what went wrong on it.
 * `problems` lists console errors, uncaught page errors and failed or non-2xx requests.
 */
export async function open(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => requests.push(request.url()));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return { page, context, problems, requests };
}

/** Waits until the wasm has hydrated the prerendered story. */
export async function hydrated(page) {
  await page.waitForSelector(".sx.is-live", { timeout: 15_000 });
}

/**
 * The whole page as `name`.png, or what is on screen (`{ fullPage: false }`): a whole-page
 * capture resizes the page's view, which undoes a text size set through the DevTools
 * protocol (`Page.setFontSizes`), mid-capture and for the rest of the test.
 */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** The id of the step on show ("exodus"), from the section marked current. */
export async function currentStep(page) {
  const ids = await page.locator(".sx-step.is-current").evaluateAll((sections) => sections.map((s) => s.id.replace(/^sx-/, "")));
  return ids.length === 1 ? ids[0] : ids;
}

/**
 * axe-core's violations for the widget (with `document`, for the whole page, where the
 * page-level rules such as landmarks apply), as "rule: target" lines (empty when clean).
 * Every rule but the experimental ones runs, best practices included.
 */
export async function axeViolations(page, { document: whole = false } = {}) {
  // Contrast is judged on what the reader settles on, not mid-transition.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === "finished"));
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate((whole) => window.axe.run(whole ? document : document.querySelector(".sx")), whole);
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${v.help})`));
}

/** A one-finger drag from (x, y) by (dx, dy), as real touch events. */
/** Where `locator`'s element is on the page's screen (a frame's, on its host's), in px from its top. */
export async function onScreen(locator) {
  return Math.round((await locator.boundingBox()).y);
}

/** Scrolls `page` so that `locator`'s element (in it or in a frame of it) is `y` px from the top of the screen. */
export async function scrollOnScreen(page, locator, y) {
  await page.evaluate((by) => scrollBy(0, by), (await onScreen(locator)) - y);
}

/** Waits until `locator`'s element stops moving on the page's screen; returns where it is. */
export async function settled(page, locator) {
  let last = NaN;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100);
    const now = await onScreen(locator);
    if (now === last) return now;
    last = now;
  }
  return last;
}

export async function swipe(page, { x, y, dx, dy }) {
  const cdp = await page.context().newCDPSession(page);
  const point = (px, py) => [{ x: px, y: py, id: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(x, y) });
  for (let i = 1; i <= 5; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(x + (dx * i) / 5, y + (dy * i) / 5) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

/**
 * The implications table's first row of values: the column label the stylesheet shows
 * before each value on a phone's cards ("" for none), and each cell as the browser's
 * accessibility tree gives it to a screen reader.
 */
export async function firstRowCells(page) {
  const cells = ".sx-table tbody tr:first-child td";
  const shown = await page.locator(cells).evaluateAll((all) =>
    all.map((cell) => getComputedStyle(cell, "::before").content.match(/^"([^"]*)"/)?.[1] ?? ""),
  );
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: cells });
  const said = [];
  for (const nodeId of nodeIds) {
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    said.push(nodes[0]?.name?.value);
  }
  await cdp.detach();
  return { shown, said };
}

/** Visible elements inside the widget that stick out past its sides (none should). */
export async function sticksOut(widget) {
  return widget.evaluate((sx) => {
    const bounds = sx.getBoundingClientRect();
    return [...sx.querySelectorAll("*")]
      .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== "hidden")
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > bounds.right + 1 || r.left < bounds.left - 1);
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
  });
}

/**
 * A phone reader on the step `hash` (#valuation) names, shown by the page script, while
 * the wasm is held back until `release()`.
 */
export async function beforeLive(site, hash) {
  const context = await site.browser.newContext(PHONE);
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto(site.server.url + hash, { waitUntil: "domcontentloaded" });
  await page.locator(`#sx-${hash.slice(1)}.is-current`).waitFor();
  return { context, page, release };
}

/** Holds back the page's wasm until the returned function is called. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Waits (5 s at most) for the element `locator` names to show `colour` as its background. */
export async function showsBackground(locator, colour) {
  await locator.evaluate((element, colour) => new Promise((done, fail) => {
    const until = performance.now() + 5000;
    const check = () => {
      const now = getComputedStyle(element).backgroundColor;
      if (now === colour) done();
      else if (performance.now() > until) fail(new Error(`background ${now}, not ${colour}`));
      else setTimeout(check, 50);
    };
    check();
  }), colour);
}

/**
 * The parts the static story hides, by their own names: each needs the code (the step
 * controls, the footer, the valuation's control, result and reset, the "Next: …" buttons,
 * the table's filter and order), so shown without it each would do nothing.
 */
export const INTERACTIVE = ".sx-nav, .sx-footer, .sx-continue, .sx-control, .sx-reset, .sx-result, .sx-table-tools";

/** The first-load budget in brotli bytes (kB = 1,000 bytes), the performance issue's targets. */
export const BUDGET = { total: 110_000, wasm: 95_000, stretch: 80_000 };

/**
 * The files a reader's browser fetches on first load, by name. The page script, which
 * loads the code, is inline in index.html.
 */
export const FIRST_LOAD = /^(index\.html|scale-explainer-.*\.(js|wasm)|style-.*\.css)$/;

/** Raw, gzip and brotli bytes of every file in `dir`, with first-load totals. */
export async function sizes(dir = DIST) {
  const { readdir } = await import("node:fs/promises");
  const { brotliCompressSync, constants, gzipSync } = await import("node:zlib");
  const files = [];
  const firstLoad = { raw: 0, gzip: 0, brotli: 0, wasm: 0 };
  for (const name of (await readdir(dir)).sort()) {
    const body = await readFile(join(dir, name));
    const file = {
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    files.push(file);
    if (FIRST_LOAD.test(name)) {
      for (const kind of ["raw", "gzip", "brotli"]) firstLoad[kind] += file[kind];
      if (name.endsWith(".wasm")) firstLoad.wasm = file.brotli;
    }
  }
  return { files, firstLoad };
}

/** Records Content-Security-Policy violations on every page of `context`; read them with `cspViolations`. */
export async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

export function cspViolations(page) {
  return page.evaluate(() => window.__violations);
}
