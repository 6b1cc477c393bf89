import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PageVisit } from "../support/seedPages";
import { seedPages } from "../support/seedPages";
import { serverAndBrowser } from "./support/serverAndBrowser";

/**
 * The usager pages (join, confirm, follow) are opened on phones: they must not download the staff's
 * code. The scripts each page requests are looked up in dist/tab/chunks.json, which the build writes
 * with the packages and source files inside every script, so a shared chunk that starts carrying
 * Fluent's table or teams-js is caught even though its name does not say so.
 */
interface ChunkManifest {
  readonly entry: string;
  readonly scripts: Record<string, { readonly imports: readonly string[]; readonly modules: Record<string, number> }>;
}

/** Read when needed, so that it matches the files the server serves even after a rebuild. */
function readManifest(): ChunkManifest {
  return JSON.parse(readFileSync(join(__dirname, "..", "..", "dist", "tab", "chunks.json"), "utf8")) as ChunkManifest;
}

/** Code no usager page needs: Fluent's table and data grid, the Teams SDK, the staff pages and their folders. */
const STAFF_ONLY = [
  /^@fluentui\/react-table$/,
  /^@fluentui\/react-data-grid/,
  /^@microsoft\/teams-js$/,
  /^setup\//,
  /^settings\//,
  /^recruitment\/(?!ConfirmForm\.tsx$)/,
  /^poster\/(PosterEditor|PosterCoordination|CommitteePanel|StatusChart)\b/,
  /^workshop\/(FacilitatorControls|LiveResults|ProxyEntries)\b/,
];
const ADAPTIVE_CARDS = /^adaptivecards$/;
/** A page's own file; any other page's file in its scripts is code it does not need. */
const PAGE_FILE = /^pages\/([A-Z]\w*Page)\.tsx$/;

const env = serverAndBrowser();
let visits: PageVisit[];

beforeAll(async () => {
  visits = await seedPages(env.server);
});

/** The modules inside the scripts a page requested, until its main content shows and no script is loading. */
async function modulesLoadedBy(visit: PageVisit): Promise<{ scripts: string[]; modules: Set<string>; entry: string }> {
  const context = await env.browser.newContext({
    locale: "fr-FR",
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  try {
    const page = await context.newPage();
    const scripts: string[] = [];
    let pending = 0;
    let lastScriptAt = Date.now();
    const isScript = (url: string) => new URL(url).pathname.endsWith(".js");
    // By address rather than resource type: index.html preloads the entry's chunks (modulepreload).
    page.on("request", (request) => {
      if (!isScript(request.url())) return;
      scripts.push(new URL(request.url()).pathname.replace(/^\//, ""));
      pending++;
      lastScriptAt = Date.now();
    });
    const settled = (request: { url(): string }) => {
      if (isScript(request.url())) pending--;
    };
    page.on("requestfinished", settled);
    page.on("requestfailed", settled);
    await page.goto(env.server.url + visit.path);
    await page.locator(visit.content).first().waitFor();
    // Scripts settled, not the whole network: a live page keeps its event stream open for good.
    const until = Date.now() + 20_000;
    while ((pending > 0 || Date.now() - lastScriptAt < 500) && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const manifest = readManifest();
    const modules = new Set<string>();
    for (const script of scripts) {
      const chunk = manifest.scripts[script];
      if (!chunk) throw new Error(`${script} is not in dist/tab/chunks.json: rebuild the tab (node tab/build.mjs)`);
      for (const name of Object.keys(chunk.modules)) modules.add(name);
    }
    return { scripts, modules, entry: manifest.entry };
  } finally {
    await context.close();
  }
}

function visit(name: string): PageVisit {
  const found = visits.find((v) => v.name === name);
  if (!found) throw new Error(`no seeded page named ${name}`);
  return found;
}

describe("what each page downloads", () => {
  it.each(["join", "confirm", "follow"])(
    "the usager page %s loads no staff-only code, and adaptivecards only where it shows a card",
    async (name) => {
      const { scripts, modules, entry } = await modulesLoadedBy(visit(name));
      expect(scripts).toContain(entry);
      const ownPage = `${name[0]!.toUpperCase()}${name.slice(1)}Page`;
      const unwanted = [...modules].filter(
        (m) =>
          STAFF_ONLY.some((pattern) => pattern.test(m)) ||
          (name !== "join" && ADAPTIVE_CARDS.test(m)) ||
          (PAGE_FILE.test(m) && m.match(PAGE_FILE)?.[1] !== ownPage),
      );
      expect(unwanted).toEqual([]);
      expect(modules.has(`pages/${ownPage}.tsx`)).toBe(true);
    },
    60_000,
  );

  it("gives the join page its Adaptive Cards renderer and the dashboard Fluent's table (so the lists above mean something)", async () => {
    expect((await modulesLoadedBy(visit("join"))).modules.has("adaptivecards")).toBe(true);
    const dashboard = await modulesLoadedBy(visit("dashboard"));
    expect(dashboard.modules.has("@fluentui/react-table")).toBe(true);
    expect(dashboard.modules.has("pages/DashboardPage.tsx")).toBe(true);
  }, 60_000);

  it("gets the built scripts compressed and cacheable for a year, and index.html revalidated", async () => {
    const context = await env.browser.newContext({ locale: "fr-FR" });
    try {
      const page = await context.newPage();
      const scripts: { url: string; headers: Record<string, string> }[] = [];
      page.on("response", (response) => {
        if (new URL(response.url()).pathname.endsWith(".js"))
          scripts.push({ url: response.url(), headers: response.headers() });
      });
      const documentResponse = await page.goto(env.server.url + visit("confirm").path);
      expect(documentResponse?.headers()["cache-control"]).toBe("no-cache");
      await page.locator(visit("confirm").content).first().waitFor();
      expect(scripts.length).toBeGreaterThan(1);
      for (const { url, headers } of scripts) {
        // Content-hashed by the build, so a new build is a new name and the old one may be kept.
        expect(new URL(url).pathname).toMatch(/^\/static\/(chunks\/)?\w+-[A-Z2-7]{8}\.js$/);
        expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
        expect(headers["content-encoding"]).toBe("br");
      }
    } finally {
      await context.close();
    }
  }, 60_000);

  it("keeps teams-js out of every page opened outside Teams", async () => {
    const manifest = readManifest();
    const teamsJs = Object.entries(manifest.scripts).filter(([, chunk]) => "@microsoft/teams-js" in chunk.modules);
    // It is in the build (Teams loads it) ...
    expect(teamsJs).toHaveLength(1);
    // ... in a chunk nothing imports statically: only the dynamic import inside Teams fetches it.
    const imported = new Set(Object.values(manifest.scripts).flatMap((chunk) => chunk.imports));
    expect(imported.has(teamsJs[0]![0])).toBe(false);
    const { scripts } = await modulesLoadedBy(visit("home"));
    expect(scripts).not.toContain(teamsJs[0]![0]);
  }, 60_000);
});
