import type { BrowserContext, Page } from "playwright-core";
import type { CampaignState } from "../../bot/src/domain/campaign";
import type { BrowserGlobals } from "./support/browserGlobals";
import { runAxe } from "./support/runAxe";
import { serverAndBrowser } from "./support/serverAndBrowser";

const env = serverAndBrowser();

let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  // axe is injected as an inline <script>, which the app's own CSP rightly refuses; the other
  // browser test files keep the CSP on to prove the app itself needs no inline script.
  context = await env.browser.newContext({ locale: "fr-FR", bypassCSP: true });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

describe("automated accessibility checks (axe-core, WCAG 2.1 A/AA)", () => {
  it("finds no violation on the home page in its empty state", async () => {
    await page.goto(env.server.url + "/");
    await page.getByTestId("campaigns-empty").waitFor();
    expect(await runAxe(page)).toEqual([]);
  });

  it("finds no violation on the home page listing campaigns of every state, in both languages", async () => {
    const states: CampaignState[] = [
      "draft",
      "recruitingAgents",
      "workshop1",
      "recruitingUsagers",
      "workshop2",
      "mixedPanel",
      "workshop3",
      "posterValidation",
      "steeringCommittee",
      "roadmapInProgress",
      "closed",
    ];
    for (const state of states) {
      await env.server.seedCampaign({ name: `Campagne ${state}`, approach: "thematic", services: ["Accueil"], state });
    }
    await page.goto(env.server.url + "/");
    await page
      .getByTestId("campaign-card")
      .nth(states.length - 1)
      .waitFor();
    expect(await runAxe(page)).toEqual([]);

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "“Living together” campaigns" }).waitFor();
    expect(await runAxe(page)).toEqual([]);
  });

  it("does report a violation when there is one (the check can fail)", async () => {
    await page.goto(env.server.url + "/accessibility");
    await page.getByTestId("a11y-status").waitFor();
    await page.evaluate(() => {
      const { document } = globalThis as unknown as BrowserGlobals;
      const unlabelled = document.createElement("input");
      unlabelled.type = "text";
      document.querySelector("main")?.append(unlabelled);
    });
    expect((await runAxe(page)).join("\n")).toMatch(/^label /m);
  });

  it("finds no violation on the accessibility statement", async () => {
    await page.goto(env.server.url + "/accessibility");
    await page.getByTestId("a11y-status").waitFor();
    expect(await runAxe(page)).toEqual([]);
  });

  it("finds no violation on a campaign page without data yet and on the configuration page", async () => {
    await page.goto(env.server.url + "/poster/camp-1");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await runAxe(page)).toEqual([]);

    await page.goto(env.server.url + "/config");
    await page.getByRole("status").waitFor();
    expect(await runAxe(page)).toEqual([]);
  });

  it("reaches every control of the home page with the keyboard alone", async () => {
    await page.goto(env.server.url + "/");
    await page.getByTestId("campaign-card").first().waitFor();
    // Number every native control, then Tab through the page and record which numbers get focus.
    const count = await page.evaluate(() => {
      const controls = Array.from(
        (globalThis as unknown as BrowserGlobals).document.querySelectorAll("a[href], button, select, input, textarea"),
      );
      controls.forEach((el, i) => el.setAttribute("data-kbd", String(i)));
      return controls.length;
    });
    expect(count).toBeGreaterThan(10);
    const reached = new Set<string>();
    for (let i = 0; i < count + 5; i++) {
      await page.keyboard.press("Tab");
      reached.add(
        await page.evaluate(
          () => (globalThis as unknown as BrowserGlobals).document.activeElement?.getAttribute("data-kbd") ?? "none",
        ),
      );
    }
    const focusable = Array.from({ length: count }, (_, i) => String(i));
    expect(focusable.filter((html) => !reached.has(html))).toEqual([]);
  });
});
