import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium, type Browser, type CDPSession, type Page } from "playwright-core";
import { azuriteConnectionString } from "../bot/src/config/config";
import { startAzurite } from "../bot/src/dev/azurite";
import { defaultTabDir } from "../bot/src/paths";
import { freePort } from "../tests/support/freePort";
import { startHttp2Front } from "./support/http2Front";
import { seedPages, type PageVisit } from "../tests/support/seedPages";
import { startTestServer } from "../tests/support/testServer";

/**
 * Every page of the tab as a phone on slow 4G gets it: the JavaScript it loads (raw, gzip and
 * brotli, computed from the built files), the requests it makes, and the time until its main
 * content shows, with a cold cache (a new browser profile) and a warm one (the same page opened
 * again). Network shaped by Chromium's DevTools emulation. Beside it: the figures for the
 * single app.js every page loaded before the pages were split, and the budgets.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = Number(process.env.PAGES_BENCH_RUNS ?? 3);
/**
 * PAGES_BENCH_ONLY=poster,roadmap measures those pages only; PAGES_BENCH_LIST=1 lists each page's
 * scripts; PAGES_BENCH_TRACE=1 prints when each request of each load ended.
 */
const ONLY = process.env.PAGES_BENCH_ONLY?.split(",").filter(Boolean);
const LIST = process.env.PAGES_BENCH_LIST === "1";
/** DevTools' "slow 4G" as the issue measured it: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const TIMEOUT_MS = 30_000;
const BEFORE = { raw: 1040 * 1024, gzip: 279 * 1024, coldMs: 6300 };
const BUDGET_GZIP: Record<string, number> = { join: 80, confirm: 80, follow: 80, poster: 150, roadmap: 150 };

interface Load {
  readonly contentMs: number;
  readonly headingMs: number;
  readonly requests: number;
  /** Requests that went to the network, not answered from the browser's cache. */
  readonly fromNetwork: number;
  /** Bytes received for the whole load, headers included, as compressed on the wire. */
  readonly wireBytes: number;
  readonly scripts: readonly string[];
}

const compressed = new Map<string, { raw: number; gzip: number; brotli: number }>();

/** Sizes of one built script, from dist/tab/static, compressed as the build does. */
function sizes(tabDir: string, urlPath: string): { raw: number; gzip: number; brotli: number } {
  const known = compressed.get(urlPath);
  if (known) return known;
  const body = readFileSync(join(tabDir, decodeURIComponent(urlPath)));
  const result = {
    raw: body.length,
    gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
      .length,
  };
  compressed.set(urlPath, result);
  return result;
}

async function throttled(
  page: Page,
): Promise<{ cdp: CDPSession; counters: () => { requests: number; fromNetwork: number; wireBytes: number } }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  let requests = 0;
  let cached = 0;
  let wireBytes = 0;
  cdp.on("Network.requestWillBeSent", () => requests++);
  cdp.on("Network.requestServedFromCache", () => cached++);
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => (wireBytes += event.encodedDataLength));
  return {
    cdp,
    counters: () => {
      const now = { requests, fromNetwork: requests - cached, wireBytes };
      requests = 0;
      cached = 0;
      wireBytes = 0;
      return now;
    },
  };
}

async function load(
  page: Page,
  url: string,
  visit: PageVisit,
  counters: () => { requests: number; fromNetwork: number; wireBytes: number },
): Promise<Load> {
  const scripts = new Set<string>();
  const onRequest = (request: { url(): string; resourceType(): string }) => {
    // By address rather than resource type: index.html preloads the entry's chunks (modulepreload).
    const path = new URL(request.url()).pathname;
    if (path.endsWith(".js")) scripts.add(path);
  };
  page.on("request", onRequest);
  counters();
  const started = performance.now();
  const trace: string[] = [];
  const onFinished = (request: { url(): string }) =>
    trace.push(`${(performance.now() - started).toFixed(0).padStart(6)} ms  ${new URL(request.url()).pathname}`);
  if (process.env.PAGES_BENCH_TRACE === "1") page.on("requestfinished", onFinished);
  const heading = page
    .locator("main h1")
    .first()
    .waitFor({ timeout: TIMEOUT_MS })
    .then(() => performance.now() - started);
  const content = page
    .locator(visit.content)
    .first()
    .waitFor({ timeout: TIMEOUT_MS })
    .then(() => performance.now() - started);
  await page.goto(url, { waitUntil: "commit" });
  const [headingMs, contentMs] = await Promise.all([heading, content]);
  // Scripts a page fetches after its content shows still count against its budget.
  await page.waitForLoadState("networkidle").catch(() => undefined);
  page.off("request", onRequest);
  page.off("requestfinished", onFinished);
  if (trace.length > 0)
    console.log(`    ${url}, content at ${contentMs.toFixed(0)} ms:\n      ${trace.join("\n      ")}`);
  return { headingMs, contentMs, scripts: [...scripts], ...counters() };
}

async function measure(browser: Browser, baseUrl: string, visit: PageVisit): Promise<{ cold: Load[]; warm: Load[] }> {
  const cold: Load[] = [];
  const warm: Load[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A new context is a new profile: nothing cached. Phone-sized, as usagers open these links.
    const context = await browser.newContext({
      // The HTTP/2 front's certificate is self-signed (bench/support/http2Front.ts).
      ignoreHTTPSErrors: true,
      locale: "fr-FR",
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      const { counters } = await throttled(page);
      cold.push(await load(page, baseUrl + visit.path, visit, counters));
      warm.push(await load(page, baseUrl + visit.path, visit, counters));
    } finally {
      await context.close();
    }
  }
  return { cold, warm };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const seconds = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  const builtDir = defaultTabDir();
  if (!existsSync(join(builtDir, "index.html"))) throw new Error(`${builtDir} has no index.html: npm run build first`);
  // A copy, served and measured: a build started meanwhile (npm test, say) must not change the files under the bench.
  const tabDir = mkdtempSync(join(tmpdir(), "pages-bench-"));
  cpSync(builtDir, tabDir, { recursive: true });
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const azuritePort = await freePort();
  const azurite = await startAzurite({ port: azuritePort, inMemory: true, startTimeoutMs: 60_000 });
  process.env.TEST_STORAGE_CONNECTION_STRING = azuriteConnectionString(azuritePort);
  const server = await startTestServer({ env: { LOG_LEVEL: "warn", TAB_DIR: tabDir } });
  const front = await startHttp2Front(server.url);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const visits = await seedPages(server);
    console.log(
      `Pages on slow 4G (${(SLOW_4G.downloadThroughput * 8e-6).toFixed(2)} Mbit/s down, ${(SLOW_4G.uploadThroughput * 8e-6).toFixed(2)} up, ${SLOW_4G.latency} ms RTT), ${RUNS} runs each, medians; phone viewport, local mode.`,
    );
    console.log(
      `Before the split: every page ${kb(BEFORE.raw)} KB raw / ${kb(BEFORE.gzip)} KB gzip of JS, sent uncompressed; join/confirm heading ≈ ${seconds(BEFORE.coldMs)} s cold.`,
    );
    console.log(
      "JS = the scripts the page requested (sizes of the built files); req = requests (warm: from the network, the rest from cache); wire = bytes received.",
    );
    console.log(
      "HTTP/1.1: the app's own server (six connections per host); HTTP/2: through a TLS front, as App Service serves it in production.",
    );
    console.log(
      "                                                        HTTP/1.1 cold                           warm        |  HTTP/2 content s",
    );
    console.log(
      "  page           JS raw KB  gzip KB  br KB  budget   req cold  wire KB   heading s  content s |  req warm  wire KB  content s |   cold   warm",
    );
    const failures: string[] = [];
    for (const visit of visits.filter((v) => !ONLY || ONLY.includes(v.name))) {
      let cold: Load[];
      let warm: Load[];
      let h2: { cold: Load[]; warm: Load[] };
      try {
        ({ cold, warm } = await measure(browser, server.url, visit));
        h2 = await measure(browser, front.url, visit);
      } catch (error) {
        // One page that does not show (a server change in progress, say) should not hide the others' figures.
        console.log(
          `  ${visit.name.padEnd(14)} not measured: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        );
        failures.push(`${visit.name} not measured`);
        continue;
      }
      const scripts = new Set(cold.flatMap((l) => l.scripts));
      const js = [...scripts]
        .map((s) => sizes(tabDir, s))
        .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
          raw: 0,
          gzip: 0,
          brotli: 0,
        });
      const budget = BUDGET_GZIP[visit.name];
      const verdict =
        budget === undefined ? "      " : `${js.gzip / 1024 <= budget ? "≤" : ">"}${String(budget).padStart(4)} `;
      if (budget !== undefined && js.gzip / 1024 > budget)
        failures.push(`${visit.name} ${kb(js.gzip)} KB gzip > ${budget}`);
      console.log(
        `  ${visit.name.padEnd(14)} ${kb(js.raw).padStart(9)} ${kb(js.gzip).padStart(8)} ${kb(js.brotli).padStart(6)}  ${verdict}` +
          ` ${String(median(cold.map((l) => l.requests))).padStart(9)} ${kb(median(cold.map((l) => l.wireBytes))).padStart(8)}` +
          ` ${seconds(median(cold.map((l) => l.headingMs))).padStart(11)} ${seconds(median(cold.map((l) => l.contentMs))).padStart(10)} |` +
          ` ${String(median(warm.map((l) => l.fromNetwork))).padStart(9)} ${kb(median(warm.map((l) => l.wireBytes))).padStart(8)} ${seconds(median(warm.map((l) => l.contentMs))).padStart(10)} |` +
          ` ${seconds(median(h2.cold.map((l) => l.contentMs))).padStart(6)} ${seconds(median(h2.warm.map((l) => l.contentMs))).padStart(6)}`,
      );
      if (LIST)
        for (const script of [...scripts].sort((a, b) => sizes(tabDir, b).gzip - sizes(tabDir, a).gzip))
          console.log(`      ${(sizes(tabDir, script).gzip / 1024).toFixed(1).padStart(6)} KB gzip  ${script}`);
    }
    console.log(failures.length === 0 ? "Budgets: all met." : `Budgets not met: ${failures.join("; ")}.`);
    console.log(
      "content = join: the step's Adaptive Card; confirm: the form; follow, poster: the poster; home: the campaign list; dashboard: the table; others: the page heading.",
    );
  } finally {
    await browser.close();
    await front.stop();
    await server.stop();
    await azurite.stop();
    rmSync(tabDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
