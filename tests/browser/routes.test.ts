import type { BrowserContext, Page } from "playwright-core";
import type { BrowserGlobals } from "./support/browserGlobals";
import { serverAndBrowser } from "./support/serverAndBrowser";

const env = serverAndBrowser();

let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  context = await env.browser.newContext({ locale: "fr-FR" });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

describe("routes served by the History API", () => {
  // Every page route renders its own page: one level-1 heading, never the not-found page.
  const pages = [
    "/poster/camp-1",
    "/roadmap/camp-1",
    "/console/camp-1",
    "/stage/camp-1",
    "/recruitment/camp-1",
    "/join/AB12CD",
    "/confirm/TOKEN",
    "/follow/TOKEN",
    "/dashboard",
    "/config",
    "/accessibility",
    "/setup",
    "/setup/camp-1",
  ];

  it.each(pages)("%s routes to its own page, in French then in English", async (path) => {
    await page.goto(env.server.url + path);
    const heading = page.getByRole("heading", { level: 1 });
    await heading.first().waitFor();
    expect(await heading.count()).toBe(1);
    expect(await heading.innerText()).not.toBe("Page introuvable");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    const english = page.getByRole("button", { name: "English" });
    if (await english.count()) {
      await english.click();
      // The other language's texts are fetched when chosen (each app loads only the one it shows).
      await page.locator("html[lang=en]").waitFor({ state: "attached" });
      expect(await page.getByRole("heading", { level: 1 }).innerText()).not.toBe("Page not found");
    }
  });

  it("serves the accessibility statement with its honest compliance status", async () => {
    await page.goto(env.server.url + "/accessibility");
    const status = page.getByTestId("a11y-status");
    await status.waitFor();
    expect(await status.innerText()).toContain("Non conforme — audit pas encore réalisé");
    expect(await page.getByRole("heading", { name: "Signaler un problème" }).count()).toBe(1);
    expect(await page.title()).toBe("Déclaration d'accessibilité — Vivre ensemble le service public");

    await page.getByRole("button", { name: "English" }).click();
    await page.locator("html[lang=en]").waitFor({ state: "attached" });
    expect(await status.innerText()).toContain("Not compliant — not audited yet");
    expect(await page.getByRole("heading", { name: "Report a problem" }).count()).toBe(1);
  });

  it("shows a not-found page for an unknown path", async () => {
    await page.goto(env.server.url + "/nowhere/at/all");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Page introuvable");
  });

  it("navigates in-app from the nav and back with the browser history", async () => {
    await page.goto(env.server.url + "/");
    await page.getByTestId("local-mode-banner").waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "Accessibilité" }).click();
    await page.getByTestId("a11y-status").waitFor();
    expect(new URL(page.url()).pathname).toBe("/accessibility");
    expect(
      await page.getByRole("navigation").getByRole("link", { name: "Accessibilité" }).getAttribute("aria-current"),
    ).toBe("page");
    // Focus moves to the new content so screen readers announce the page change.
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.id)).toBe(
      "main",
    );

    await page.goBack();
    await page.getByRole("heading", { name: "Campagnes « Vivre ensemble »" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
  });

  it("lets the configuration page pick a campaign and a page, previewing the tab address in local mode", async () => {
    const seeded = await env.server.seedCampaign({
      name: "Maison de Hautepierre — 2027",
      approach: "territorial",
      site: "Maison de Hautepierre",
      services: ["Médiathèque", "Mairie de quartier"],
      state: "draft",
    });
    await page.goto(env.server.url + "/config");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Configurer l'onglet");
    await expect(page.getByRole("status").innerText()).resolves.toBe("Choisissez une campagne et une page.");

    await page.getByLabel("Campagne").selectOption({ label: "Maison de Hautepierre — 2027" });
    await page.getByRole("radio", { name: "Feuille de route" }).check();
    const status = await page.getByRole("status").innerText();
    expect(status).toContain(`${env.server.url}/roadmap/${encodeURIComponent(seeded.id)}`);
  });
});
