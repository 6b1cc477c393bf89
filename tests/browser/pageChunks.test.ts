import { STAFF_PAGES, type StaffPage } from "../../bot/src/contracts/staffPages";
import type { PageVisit } from "../support/seedPages";
import { seedPages } from "../support/seedPages";
import { gzipKiB, modulesOf, readManifest, watchScripts, withImports } from "./support/chunkManifest";
import { serverAndBrowser } from "./support/serverAndBrowser";

/**
 * The usager pages (join, confirm, follow) are opened on phones: they are their own app (public-<page>.html)
 * and must not download the staff's code, nor Fluent at all. The scripts each page requests are
 * looked up in dist/tab/chunks.json, which the build writes with the packages and source files inside
 * every script, so a shared chunk that starts carrying Fluent or teams-js is caught even though its
 * name does not say so; and their weight is held to the budget (bytes, not time: they do not
 * depend on the machine). So are the poster and the roadmap, the pages managers follow; and each
 * staff page's HTML must name its page's chunk, or a phone would find it one round trip late.
 */
/**
 * Code no usager page needs: Fluent and its styling engine (the usagers' pages are plain elements
 * and CSS), the Teams SDK, the full Adaptive Cards library (the join page draws its cards with
 * cards/CardView), the staff's pages and their folders.
 */
const STAFF_ONLY = [
  /^@fluentui\//,
  /^@griffel\//,
  /^tabster$/,
  /^@microsoft\/teams-js$/,
  /^adaptivecards$/,
  /^pages\/(?!lazyPage\.tsx$)/,
  /^setup\//,
  /^settings\//,
  /^recruitment\//,
  /^campaign\//,
  /^poster\/(PosterEditor|PosterCoordination|CommitteePanel|StatusChart|PosterActions|ActionProgress)\b/,
  /^workshop\/(FacilitatorControls|LiveResults|ProxyEntries|AdaptiveCardView|OwnCard)\b/,
  /^i18n\/(fr|en)\.ts$/,
];
/** An usager page's own file; another page's file in its scripts is code it does not need. */
const PAGE_FILE = /^public\/pages\/([A-Z]\w*Page)\.tsx$/;
/** The budget for each usager page, in KiB of gzip-compressed JavaScript. */
const BUDGET_KIB = 80;
/** The budget for the pages managers follow, as their coordinator first opens them. */
const STAFF_BUDGET_KIB: Record<string, number> = { poster: 150, roadmap: 150 };

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
    const { scripts, settled } = watchScripts(page);
    await page.goto(env.server.url + visit.path);
    await page.locator(visit.content).first().waitFor();
    await settled();
    const manifest = readManifest();
    const modules = modulesOf(scripts);
    return { scripts, modules, entry: visit.usager ? manifest.publicEntry : manifest.entry };
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
    "the usager page %s loads only the usagers' app: no Fluent, no Teams SDK, no staff code, within the budget",
    async (name) => {
      const { scripts, modules, entry } = await modulesLoadedBy(visit(name));
      expect(scripts).toContain(entry);
      const ownPage = `${name[0]!.toUpperCase()}${name.slice(1)}Page`;
      const unwanted = [...modules].filter(
        (m) =>
          STAFF_ONLY.some((pattern) => pattern.test(m)) || (PAGE_FILE.test(m) && m.match(PAGE_FILE)?.[1] !== ownPage),
      );
      expect(unwanted).toEqual([]);
      expect(modules.has(`public/pages/${ownPage}.tsx`)).toBe(true);
      expect(gzipKiB(scripts)).toBeLessThanOrEqual(BUDGET_KIB);
    },
    60_000,
  );

  it.each(Object.keys(STAFF_BUDGET_KIB))(
    "the staff page %s, as its coordinator first opens it, stays within its budget",
    async (name) => {
      const { scripts, modules } = await modulesLoadedBy(visit(name));
      expect(modules.has(`pages/${STAFF_PAGES[name as StaffPage]}.tsx`)).toBe(true);
      expect(gzipKiB(scripts)).toBeLessThanOrEqual(STAFF_BUDGET_KIB[name]!);
    },
    60_000,
  );

  it.each(Object.entries(STAFF_PAGES))(
    "the HTML of the staff page %s names its chunk, so the browser fetches it with the app's",
    async (page, module) => {
      const manifest = readManifest();
      const chunk = Object.keys(manifest.scripts).find(
        (file) => `pages/${module}.tsx` in manifest.scripts[file]!.modules,
      );
      expect(chunk).toBeDefined();
      const address =
        page === "home"
          ? "/"
          : ["config", "dashboard", "accessibility", "setup"].includes(page)
            ? `/${page}`
            : `/${page}/c-1`;
      const html = await (await fetch(env.server.url + address)).text();
      expect(html).toContain(`<link rel="modulepreload" href="/${chunk!}" />`);
      expect(html).toContain(`<script type="module" src="/${manifest.entry}"></script>`);
    },
  );

  it("gives the join page its light card renderer, the full one only as a fallback, and the dashboard Fluent's table (so the lists above mean something)", async () => {
    expect((await modulesLoadedBy(visit("join"))).modules.has("cards/CardView.tsx")).toBe(true);
    // The full library is only the light renderer's fallback: in the build, imported by nothing statically.
    const manifest = readManifest();
    const withAdaptiveCards = Object.keys(manifest.scripts).filter(
      (file) => "adaptivecards" in manifest.scripts[file]!.modules,
    );
    expect(withAdaptiveCards.length).toBeGreaterThan(0);
    const imported = new Set(Object.values(manifest.scripts).flatMap((chunk) => chunk.imports));
    expect(withAdaptiveCards.filter((file) => imported.has(file))).toEqual([]);
    const dashboard = await modulesLoadedBy(visit("dashboard"));
    expect(dashboard.modules.has("@fluentui/react-table")).toBe(true);
    expect(dashboard.modules.has("pages/DashboardPage.tsx")).toBe(true);
  }, 60_000);

  it("gets the built scripts and stylesheet compressed and cacheable for a year, and their HTML revalidated", async () => {
    const context = await env.browser.newContext({ locale: "fr-FR" });
    try {
      const page = await context.newPage();
      const scripts: { url: string; headers: Record<string, string> }[] = [];
      page.on("response", (response) => {
        if (/\.(js|css)$/.test(new URL(response.url()).pathname))
          scripts.push({ url: response.url(), headers: response.headers() });
      });
      const documentResponse = await page.goto(env.server.url + visit("confirm").path);
      expect(documentResponse?.headers()["cache-control"]).toBe("no-cache");
      expect(await documentResponse?.text()).toContain(readManifest().publicEntry);
      await page.locator(visit("confirm").content).first().waitFor();
      expect(scripts.length).toBeGreaterThan(1);
      expect(scripts.some(({ url }) => url.endsWith(".css"))).toBe(true);
      for (const { url, headers } of scripts) {
        // Content-hashed by the build, so a new build is a new name and the old one may be kept.
        expect(new URL(url).pathname).toMatch(/^\/static\/(chunks\/)?[\w.]+-[A-Z2-7]{8}\.(js|css)$/);
        expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
        expect(headers["content-encoding"]).toBe("br");
      }
    } finally {
      await context.close();
    }
  }, 60_000);

  it("keeps teams-js out of every page opened outside Teams", async () => {
    const manifest = readManifest();
    const teamsJs = new Set(
      Object.keys(manifest.scripts).filter((file) => "@microsoft/teams-js" in manifest.scripts[file]!.modules),
    );
    // It is in the build (Teams loads it) ...
    expect(teamsJs.size).toBeGreaterThan(0);
    // ... in chunks only the dynamic imports inside Teams reach: nothing the app imports statically holds one.
    const withTheApp = withImports(manifest.entry);
    expect([...teamsJs].filter((file) => withTheApp.has(file))).toEqual([]);
    const { scripts } = await modulesLoadedBy(visit("home"));
    expect(scripts.filter((script) => teamsJs.has(script))).toEqual([]);
  }, 60_000);
});
