import type { BrowserContext, Page } from "playwright-core";
import { user } from "../../support/teamsActivities";
import { cardInvoke } from "../../support/workshopActivities";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

jest.setTimeout(60_000);
const env = serverAndBrowser();
let context: BrowserContext;
let page: Page;

async function open(locale: string, path: string) {
  // axe is injected as a script: the CSP would rightly refuse it.
  context = await env.browser.newContext({ locale, bypassCSP: true });
  page = await context.newPage();
  await page.goto(env.server.url + path);
}

const settingsOf = async (campaignId: string) =>
  (await (await fetch(`${env.server.url}/api/workshop-settings/${campaignId}`)).json()) as {
    version: string | null;
    settings: Record<string, unknown> & {
      prompts: { ideal: { fr: string; en: string } };
      maxEntriesPerStep: number;
      qualitiesVote: { budget: number; maxPerItem: number };
    };
  };

afterEach(async () => {
  await context?.close();
});

describe("the workshop settings page (local mode: the local user coordinates the campaign)", () => {
  it("is reached from the campaign's card, names each mistake next to its field, saves the rest untouched, and resets to the method", async () => {
    const campaign = await env.server.seedCampaign({
      name: "Piscines — 2027",
      state: "workshop1",
      coordinatorIds: ["local-user"],
    });
    await open("fr-FR", "/");
    await page
      .locator(`[data-campaign-id="${campaign.id}"]`)
      .getByRole("link", { name: "Réglages des ateliers" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Réglages des ateliers — Piscines — 2027" }).waitFor();
    await page.getByTestId("settings-built-in").waitFor();
    expect(await runAxe(page)).toEqual([]);

    const idealFr = page.getByRole("group", { name: "Relation idéale (ateliers 1 et 2)" }).getByLabel("En français");
    await idealFr.fill("Qu'est-ce qu'un accueil réussi à la piscine ?");
    await page.getByRole("group", { name: "Relation idéale (ateliers 1 et 2)" }).getByLabel("En anglais").fill("");
    const qualities = page.getByTestId("vote-qualitiesVote");
    await qualities.getByLabel("Gommettes par personne").fill("2");
    await qualities.getByLabel("Gommettes au plus sur un même élément").fill("3");
    await page.getByLabel("Propositions par personne et par étape (au plus)").fill("4");
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();

    const error = page.getByTestId("settings-error");
    await error.waitFor();
    expect(await error.innerText()).toContain("2 champ(s) à corriger");
    await page.getByText("Écrivez ce texte : il est montré aux participants.").waitFor();
    await qualities.getByText("Un nombre entier de 1 à 2 : pas plus que les gommettes par personne.").waitFor();
    expect(await qualities.getByLabel("Gommettes au plus sur un même élément").getAttribute("aria-invalid")).toBe(
      "true",
    );
    // Nothing was written, and nothing typed was lost.
    expect((await settingsOf(campaign.id)).version).toBeNull();
    expect(await idealFr.inputValue()).toBe("Qu'est-ce qu'un accueil réussi à la piscine ?");
    expect(await runAxe(page)).toEqual([]);

    await page
      .getByRole("group", { name: "Relation idéale (ateliers 1 et 2)" })
      .getByLabel("En anglais")
      .fill("What makes a good welcome at the pool?");
    await qualities.getByLabel("Gommettes au plus sur un même élément").fill("2");
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await page
      .getByTestId("settings-notice")
      .getByText(/Réglages enregistrés/)
      .waitFor();
    const saved = await settingsOf(campaign.id);
    expect(saved.version).not.toBeNull();
    expect(saved.settings).toMatchObject({
      prompts: {
        ideal: { fr: "Qu'est-ce qu'un accueil réussi à la piscine ?", en: "What makes a good welcome at the pool?" },
      },
      maxEntriesPerStep: 4,
      qualitiesVote: { budget: 2, maxPerItem: 2 },
    });

    // Saved again from the version the page now holds: no conflict with itself.
    await page.getByRole("button", { name: "Revenir aux réglages d'origine" }).click();
    await page
      .getByTestId("settings-notice")
      .getByText(/réglages d'origine sont dans le formulaire/)
      .waitFor();
    expect(await idealFr.inputValue()).toMatch(/^Imaginez la relation idéale/);
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await page
      .getByTestId("settings-notice")
      .getByText(/Réglages enregistrés/)
      .waitFor();
    expect((await settingsOf(campaign.id)).settings.maxEntriesPerStep).toBe(10);
  });

  it("refuses a save over someone else's, says so, and reloads theirs on request", async () => {
    const campaign = await env.server.seedCampaign({
      name: "Cimetières — 2027",
      state: "workshop1",
      coordinatorIds: ["local-user"],
    });
    await open("fr-FR", `/settings/${campaign.id}`);
    const entries = page.getByLabel("Propositions par personne et par étape (au plus)");
    await entries.waitFor();
    // Meanwhile another coordinator saves from the same built-in settings.
    const other = await settingsOf(campaign.id);
    const res = await fetch(`${env.server.url}/api/workshop-settings/${campaign.id}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...other.settings, maxEntriesPerStep: 7, version: other.version }),
    });
    expect(res.status).toBe(200);

    await entries.fill("3");
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await page
      .getByTestId("settings-error")
      .getByText(/modifiés par quelqu'un d'autre/)
      .waitFor();
    expect((await settingsOf(campaign.id)).settings.maxEntriesPerStep).toBe(7);
    expect(await runAxe(page)).toEqual([]);

    await page.getByRole("button", { name: "Recharger les réglages enregistrés" }).click();
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }
        ).document.querySelector('[data-testid="field-maxEntriesPerStep"]')?.value === "7",
    );
    await entries.fill("3");
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await page
      .getByTestId("settings-notice")
      .getByText(/Réglages enregistrés/)
      .waitFor();
    expect((await settingsOf(campaign.id)).settings.maxEntriesPerStep).toBe(3);
  });

  it("shows a reader the settings read-only, in English, and which workshops already keep their own", async () => {
    const coordinator = user(41, "Chloé Coordinatrice");
    const campaign = await env.server.seedCampaign({
      name: "Archives — 2027",
      state: "workshop1",
      coordinatorIds: [coordinator.aadObjectId],
    });
    // Its coordinator opens workshop 1 in a meeting: that workshop now keeps the settings it started with.
    const opened = await env.server.postActivity(
      cardInvoke({
        serviceUrl: env.server.connector.url,
        from: coordinator,
        verb: "workshop.open",
        data: { campaignId: campaign.id, kind: 1 },
      }),
    );
    expect(opened.status).toBe(200);
    await open("en-GB", `/settings/${campaign.id}`);
    await page
      .getByTestId("settings-readonly")
      .getByText(/Only the people who coordinate this campaign/)
      .waitFor();
    expect(await page.getByTestId("settings-started").innerText()).toContain(
      "Already started: workshop 1. A workshop keeps the settings it started with",
    );
    expect(await page.getByRole("button", { name: "Save the settings" }).count()).toBe(0);
    const ideal = page.getByRole("group", { name: "Ideal relation (workshops 1 and 2)" }).getByLabel("In English");
    expect(await ideal.getAttribute("readonly")).not.toBeNull();
    expect(await runAxe(page)).toEqual([]);
  });
});
