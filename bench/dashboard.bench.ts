import { existsSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { chromium } from "playwright-core";
import { startApp } from "../bot/src/app";
import { azuriteConnectionString, loadConfig } from "../bot/src/config/config";
import { startAzurite } from "../bot/src/dev/azurite";
import { createLogger } from "../bot/src/logging/logger";
import { freePort } from "../tests/support/freePort";
import { seedDashboard } from "../tests/support/seedDashboard";
import { printTable, summarise } from "./stats";

/**
 * The managers' dashboard for a whole city: 200 services × 30 roadmap actions in Azurite.
 * Times the API (whole and filtered) and, when Chromium and the built tab are there, the page
 * until its 200 rows are shown. The browser tests check what the page shows; this says how fast.
 */
const SERVICES = 200;
const PER_SERVICE = 30;
const API_RUNS = 20;
const PAGE_RUNS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const azuritePort = await freePort();
  const azurite = await startAzurite({ port: azuritePort, inMemory: true, startTimeoutMs: 60_000 });
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "warn",
    STORAGE_CONNECTION_STRING: azuriteConnectionString(azuritePort),
    TABLE_PREFIX: "dash",
  });
  const app = await startApp(config, { logger: createLogger("warn", quiet), storageWaitMs: 30_000 });
  try {
    const seedMs = await timed(() => seedDashboard(app.tables, app.repos.campaigns, SERVICES, PER_SERVICE));
    console.log(`seeded ${SERVICES} services × ${PER_SERVICE} actions in ${(seedMs / 1000).toFixed(1)} s`);

    const get = async (path: string) => {
      const res = await fetch(`${app.url}${path}`);
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return (await res.json()) as { rows: unknown[] };
    };
    const first = await get("/api/dashboard");
    if (first.rows.length < SERVICES) throw new Error(`expected ${SERVICES} rows, got ${first.rows.length}`);
    const whole: number[] = [];
    const filtered: number[] = [];
    for (let i = 0; i < API_RUNS; i++) {
      whole.push(await timed(() => get("/api/dashboard")));
      filtered.push(await timed(() => get("/api/dashboard?status=done")));
    }
    // The floor: the same three tables read in parallel as raw entities, nothing parsed or summed.
    const scan = async (name: string) => {
      const client = await app.tables.table(name);
      let count = 0;
      for await (const _ of client.listEntities()) count++;
      return count;
    };
    const raw: number[] = [];
    for (let i = 0; i < API_RUNS; i++)
      raw.push(await timed(() => Promise.all(["campaigns", "posters", "roadmap"].map(scan))));
    const rows = [
      summarise("raw scan (floor)", raw),
      summarise("API, all services", whole),
      summarise("API, status=done", filtered),
    ];
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = median(whole) / median(raw);

    const tabBuilt = existsSync(join(config.tabDir ?? join(process.cwd(), "dist", "tab"), "index.html"));
    if (existsSync(CHROMIUM) && tabBuilt) {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu"],
      });
      try {
        const page = await browser.newPage();
        const ready: number[] = [];
        for (let i = 0; i < PAGE_RUNS; i++) {
          ready.push(
            await timed(async () => {
              await page.goto(`${app.url}/dashboard`);
              await page
                .locator("tbody tr")
                .nth(SERVICES - 1)
                .waitFor();
            }),
          );
        }
        rows.push(summarise("page, 200 rows shown", ready));
      } finally {
        await browser.close();
      }
    } else {
      console.log(`page: not measured (${tabBuilt ? `no Chromium at ${CHROMIUM}` : "tab not built: npm run build"})`);
    }
    printTable(`Managers' dashboard, ${SERVICES * PER_SERVICE} actions (sequential)`, rows);
    console.log(`API p50 / raw scan p50: ${ratio.toFixed(2)}× (target ≤ 2×)`);
    console.log(`peak RSS (server and seed, this process): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB`);
  } finally {
    await app.close();
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
