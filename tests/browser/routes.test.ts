import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTestServer } from "../support/testServer";
import type { BrowserGlobals } from "./support/browserGlobals";
import { launchChromium } from "./support/launchChromium";
import { requireBuiltTab } from "./support/requireBuiltTab";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  requireBuiltTab();
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  context = await browser.newContext({ locale: "fr-FR" });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

async function comingSoonText(path: string): Promise<string> {
  await page.goto(server.url + path);
  const panel = page.getByTestId("coming-soon");
  await panel.waitFor();
  return panel.innerText();
}

describe("routes served by the History API", () => {
  const unbuilt: [path: string, fr: string, en: string, detailFr: string][] = [
    ["/poster/camp-1", "Cette page arrive bientôt : Affiche.", "This page is coming: Poster.", "Campagne : camp-1"],
    ["/roadmap/camp-1", "Cette page arrive bientôt : Feuille de route.", "This page is coming: Roadmap.", "Campagne : camp-1"],
    ["/console/camp-1", "Cette page arrive bientôt : Console d'animation.", "This page is coming: Facilitator console.", "Campagne : camp-1"],
    ["/stage/camp-1", "Cette page arrive bientôt : Scène de la réunion.", "This page is coming: Meeting stage.", "Campagne : camp-1"],
    ["/join/AB12CD", "Cette page arrive bientôt : Rejoindre un atelier.", "This page is coming: Join a workshop.", "Code d'invitation : AB12CD"],
    ["/dashboard", "Cette page arrive bientôt : Tableau de bord des responsables.", "This page is coming: Managers' dashboard.", ""],
  ];

  it.each(unbuilt)("%s says plainly, in French, that it is coming", async (path, fr, _en, detail) => {
    const text = await comingSoonText(path);
    expect(text).toContain(fr);
    expect(text).toContain(detail);
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
  });

  it("says it in English on every unbuilt page once English was chosen", async () => {
    await page.goto(server.url + "/accessibility");
    await page.getByRole("button", { name: "English" }).click();
    for (const [path, , en] of unbuilt) {
      expect(await comingSoonText(path)).toContain(en);
    }
  });

  it("serves the accessibility statement with its honest compliance status", async () => {
    await page.goto(server.url + "/accessibility");
    const status = page.getByTestId("a11y-status");
    await status.waitFor();
    expect(await status.innerText()).toContain("Non conforme — audit pas encore réalisé");
    expect(await page.getByRole("heading", { name: "Signaler un problème" }).count()).toBe(1);
    expect(await page.title()).toBe("Déclaration d'accessibilité — Vivre ensemble le service public");

    await page.getByRole("button", { name: "English" }).click();
    expect(await status.innerText()).toContain("Not compliant — not audited yet");
    expect(await page.getByRole("heading", { name: "Report a problem" }).count()).toBe(1);
  });

  it("shows a not-found page for an unknown path", async () => {
    await page.goto(server.url + "/nowhere/at/all");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Page introuvable");
  });

  it("navigates in-app from the nav and back with the browser history", async () => {
    await page.goto(server.url + "/");
    await page.getByTestId("local-mode-banner").waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "Accessibilité" }).click();
    await page.getByTestId("a11y-status").waitFor();
    expect(new URL(page.url()).pathname).toBe("/accessibility");
    expect(
      await page.getByRole("navigation").getByRole("link", { name: "Accessibilité" }).getAttribute("aria-current"),
    ).toBe("page");
    // Focus moves to the new content so screen readers announce the page change.
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.id)).toBe("main");

    await page.goBack();
    await page.getByRole("heading", { name: "Campagnes « Vivre ensemble »" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
  });

  it("lets the configuration page pick a campaign and a page, previewing the tab address in local mode", async () => {
    const seeded = await server.seedCampaign({ name: "Maison de Hautepierre — 2027", approach: "territorial", site: "Maison de Hautepierre", services: ["Médiathèque", "Mairie de quartier"], state: "draft" });
    await page.goto(server.url + "/config");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Configurer l'onglet");
    await expect(page.getByRole("status").innerText()).resolves.toBe("Choisissez une campagne et une page.");

    await page.getByLabel("Campagne").selectOption({ label: "Maison de Hautepierre — 2027" });
    await page.getByRole("radio", { name: "Feuille de route" }).check();
    const status = await page.getByRole("status").innerText();
    expect(status).toContain(`${server.url}/roadmap/${encodeURIComponent(seeded.id)}`);
  });
});
