import type { BrowserContext, Page } from "playwright-core";
import { artifactPath } from "./support/artifactPath";
import type { BrowserGlobals } from "./support/browserGlobals";
import { serverAndBrowser } from "./support/serverAndBrowser";
import { tabText } from "../support/tabText";

const env = serverAndBrowser();

let context: BrowserContext;
let page: Page;
let consoleProblems: string[];

beforeEach(async () => {
  // A fresh context per test: no remembered language, no history.
  context = await env.browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  consoleProblems = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleProblems.push(message.text());
  });
  page.on("pageerror", (error) => consoleProblems.push(error.message));
});

afterEach(async () => {
  await context?.close();
});

describe("home page", () => {
  it("runs in local mode with the banner and shows the empty state with guidance (French)", async () => {
    await page.goto(env.server.url + "/");
    await page.getByTestId("campaigns-empty").waitFor();

    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await expect(page.getByTestId("local-mode-banner").innerText()).resolves.toContain(tabText("localMode.body"));
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(tabText("home.title"));
    const empty = await page.getByTestId("campaigns-empty").innerText();
    expect(empty).toContain(tabText("home.list.empty.title"));
    expect(empty).toContain(tabText("home.list.empty.body"));
    // Landmarks and the skip link exist for keyboard and screen-reader users.
    expect(await page.locator("header").count()).toBe(1);
    expect(await page.locator("nav").count()).toBe(1);
    expect(await page.locator("main#main").count()).toBe(1);
    expect(await page.title()).toContain(tabText("app.name"));
    // The page works under the server's CSP: no refused inline script, no runtime error.
    expect(consoleProblems).toEqual([]);
  });

  it("reaches the skip link first with the keyboard and moves focus to the content", async () => {
    await page.goto(env.server.url + "/");
    await page.getByTestId("campaigns-empty").waitFor();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(
      () => (globalThis as unknown as BrowserGlobals).document.activeElement?.textContent,
    );
    expect(focused).toBe(tabText("layout.skipToContent"));
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.id)).toBe(
      "main",
    );
  });

  it("lists a seeded campaign with its localised state and links to its pages", async () => {
    await env.server.seedCampaign({
      name: "Service funéraire — 2027",
      approach: "thematic",
      services: ["Service funéraire"],
      state: "workshop2",
    });
    await page.goto(env.server.url + "/");
    const card = page.getByTestId("campaign-card").filter({ hasText: "Service funéraire — 2027" });
    await card.waitFor();

    const text = await card.innerText();
    expect(text).toContain(tabText("state.workshop2"));
    expect(text).toContain(tabText("approach.thematic"));
    expect(await card.getByRole("link", { name: tabText("home.card.poster") }).getAttribute("href")).toMatch(
      /^\/poster\/[^/]+$/,
    );
    expect(await card.getByRole("link", { name: tabText("home.card.roadmap") }).getAttribute("href")).toMatch(
      /^\/roadmap\/[^/]+$/,
    );
    await page.screenshot({ path: artifactPath("home-fr.png"), fullPage: true });

    // Following a card link routes in-app (no reload) to the poster page of that campaign.
    await page.evaluate(() => ((globalThis as unknown as BrowserGlobals).marker = 42));
    await card.getByRole("link", { name: "Affiche" }).click();
    await page.waitForURL(/\/poster\//);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/poster\//);
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).marker)).toBe(42);
    await page.goBack();
    await card.waitFor();
    // The poster page asks for the campaign's poster; "none yet" is a 404 the page handles, which Chromium logs.
    expect(consoleProblems.filter((p) => !p.includes("status of 404"))).toEqual([]);
  });

  it("gives a campaign's coordinator the links to run it at its stage, and others only what they read", async () => {
    const run = await env.server.seedCampaign({
      name: "Crèches — 2027",
      state: "workshop1",
      coordinatorIds: ["local-user"],
    });
    const later = await env.server.seedCampaign({
      name: "Voirie — 2027",
      state: "recruitingUsagers",
      coordinatorIds: ["local-user"],
    });
    await env.server.seedCampaign({ name: "Propreté — 2027", state: "workshop1", coordinatorIds: ["someone-else"] });
    await page.goto(env.server.url + "/");
    const links = async (name: string) => {
      const card = page.getByTestId("campaign-card").filter({ hasText: name });
      await card.waitFor();
      return card
        .getByRole("link")
        .evaluateAll((as) => as.map((a) => `${a.textContent ?? ""} ${a.getAttribute("href") ?? ""}`));
    };
    expect(await links("Crèches — 2027")).toEqual([
      `${tabText("campaign.card.steps")} /campaign/${run.id}`,
      `${tabText("home.card.poster")} /poster/${run.id}`,
      `${tabText("home.card.roadmap")} /roadmap/${run.id}`,
      `${tabText("home.card.recruitment")} /recruitment/${run.id}`,
      `${tabText("home.card.console")} /console/${run.id}`,
      `${tabText("setup.card.edit")} /setup/${run.id}`,
      `${tabText("settings.card.link")} /settings/${run.id}`,
    ]);
    expect(await links("Voirie — 2027")).not.toContain(`${tabText("home.card.console")} /console/${later.id}`);
    expect(await links("Voirie — 2027")).toContain(`${tabText("home.card.recruitment")} /recruitment/${later.id}`);
    expect((await links("Propreté — 2027")).map((l) => l.split(" /")[0])).toEqual([
      tabText("campaign.card.steps"),
      tabText("home.card.poster"),
      tabText("home.card.roadmap"),
    ]);
  });

  it("switches to English, and remembers the choice after a reload", async () => {
    await page.goto(env.server.url + "/");
    await page.getByTestId("local-mode-banner").waitFor();
    await page.getByRole("button", { name: "English" }).click();
    // English is fetched when chosen: the app loads one language's texts.
    await page.locator("html[lang=en]").waitFor({ state: "attached" });

    await expect(page.getByTestId("local-mode-banner").innerText()).resolves.toContain(
      tabText("localMode.body", {}, "en"),
    );
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(tabText("home.title", {}, "en"));
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");

    await page.reload();
    await page.getByTestId("local-mode-banner").waitFor();
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(tabText("home.title", {}, "en"));
    const card = page.getByTestId("campaign-card").filter({ hasText: "Service funéraire — 2027" });
    await expect(card.innerText()).resolves.toContain(tabText("state.workshop2", {}, "en"));
    await page.screenshot({ path: artifactPath("home-en.png"), fullPage: true });
  });

  it("follows the browser language when no choice is remembered", async () => {
    const english = await env.browser.newContext({ locale: "en-GB" });
    try {
      const englishPage = await english.newPage();
      await englishPage.goto(env.server.url + "/");
      await englishPage.getByTestId("local-mode-banner").waitFor();
      expect(await englishPage.getAttribute("html", "lang")).toBe("en");
      await expect(englishPage.getByTestId("local-mode-banner").innerText()).resolves.toContain("Local mode");
    } finally {
      await english.close();
    }
  });

  it("shows the server's localised error with a retry that recovers", async () => {
    let failures = 1;
    const acceptLanguages: string[] = [];
    await page.route("**/api/campaigns", async (route) => {
      acceptLanguages.push(route.request().headers()["accept-language"] ?? "");
      if (failures-- > 0) {
        await route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "storage_unavailable", message: "Le stockage est indisponible." } }),
        });
      } else {
        await route.continue();
      }
    });
    await page.goto(env.server.url + "/");
    const error = page.getByTestId("campaigns-error");
    await error.waitFor();
    const errorText = await error.innerText();
    expect(errorText).toContain(tabText("home.list.error"));
    expect(errorText).toContain("Le stockage est indisponible.");

    await error.getByRole("button", { name: tabText("home.list.retry") }).click();
    await page.getByTestId("campaign-card").first().waitFor();
    expect(await page.getByTestId("campaigns-error").count()).toBe(0);
    expect(acceptLanguages).toEqual(["fr", "fr"]);
  });

  it("shows a generic message, never a raw error, when the server is unreachable", async () => {
    await page.route("**/api/campaigns", (route) => route.abort("connectionrefused"));
    await page.goto(env.server.url + "/");
    const error = page.getByTestId("campaigns-error");
    await error.waitFor();
    expect(await error.innerText()).toContain(tabText("error.network"));
  });
});
