import type { BrowserContext, Page } from "playwright-core";
import { MethodJourney } from "../../support/methodJourney";
import { TabSession, type Json } from "../../support/tabApi";
import { user, type TeamsUser } from "../../support/teamsActivities";
import { cardInvoke } from "../../support/workshopActivities";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

/**
 * The workshop settings page. Each test has its own campaign, taken to workshop 1 through the doors
 * people have (tests/support/methodJourney.ts): created and recruited in Teams, the panel confirmed
 * and the campaign moved on from the tab's API. The browser is whoever its identity cookie says.
 */
jest.setTimeout(60_000);
const env = serverAndBrowser({ OUTBOX_POLL_MS: "50" });
const coordinator = user(41, "Chloé Coordinatrice");
const coCoordinator = user(42, "Colin Cocoordinateur");
const journeys = {} as Record<"piscines" | "cimetieres" | "archives", MethodJourney>;
let context: BrowserContext;
let page: Page;

/** A campaign of `coordinator`'s in workshop 1, its agent panel confirmed. One at a time: « inviter » takes the one recruiting. */
async function campaignInWorkshop1(name: string): Promise<MethodJourney> {
  const journey = new MethodJourney(env.server, coordinator, name);
  await journey.createAndInvite();
  await journey.volunteerAll();
  await journey.confirmAgentPanel();
  await journey.move("recruitingAgents", "workshop1");
  return journey;
}

beforeAll(async () => {
  const first = new MethodJourney(env.server, coordinator);
  await first.installForEveryone([coCoordinator]);
  journeys.piscines = await campaignInWorkshop1("Piscines — 2027");
  journeys.cimetieres = await campaignInWorkshop1("Cimetières — 2027");
  journeys.archives = await campaignInWorkshop1("Archives — 2027");
}, 60_000);

async function open(locale: string, path: string, as: TeamsUser) {
  // axe is injected as a script: the CSP would rightly refuse it.
  context = await env.browser.newContext({ locale, bypassCSP: true });
  // Local mode: who the browser is is the cookie the banner's identity switch sets.
  await context.addCookies([{ name: "ve-local-user", value: encodeURIComponent(as.aadObjectId), url: env.server.url }]);
  page = await context.newPage();
  await page.goto(env.server.url + path);
}

/** The settings as the settings page reads them, as `who` (the coordinator unless said). */
const settingsOf = async (journey: MethodJourney, who: TabSession = journey.tab) => {
  const answer = await who.get(`/api/workshop-settings/${encodeURIComponent(journey.campaignId)}`);
  if (answer.status !== 200) throw new Error(`GET workshop settings: ${answer.status}`);
  return answer.body as Json & {
    version: string | null;
    settings: Record<string, unknown> & {
      prompts: { ideal: { fr: string; en: string } };
      maxEntriesPerStep: number;
      qualitiesVote: { budget: number; maxPerItem: number };
    };
  };
};

afterEach(async () => {
  await context?.close();
});

describe("the workshop settings page (local mode: the browser is the campaign's coordinator, or a reader)", () => {
  it("is reached from the campaign's card, names each mistake next to its field, saves the rest untouched, and resets to the method", async () => {
    const journey = journeys.piscines;
    await open("fr-FR", "/", coordinator);
    await page
      .locator(`[data-campaign-id="${journey.campaignId}"]`)
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
    expect((await settingsOf(journey)).version).toBeNull();
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
    const saved = await settingsOf(journey);
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
    expect((await settingsOf(journey)).settings.maxEntriesPerStep).toBe(10);
  });

  it("refuses a save over someone else's, says so, and reloads theirs on request", async () => {
    const journey = journeys.cimetieres;
    // The coordinator names a co-coordinator on the campaign page.
    const named = await journey.tab.post(journey.path("/roles"), {
      person: coCoordinator.aadObjectId,
      name: coCoordinator.name,
      role: "coordinator",
    });
    expect(named.status).toBe(200);
    await open("fr-FR", `/settings/${journey.campaignId}`, coordinator);
    const entries = page.getByLabel("Propositions par personne et par étape (au plus)");
    await entries.waitFor();
    // Meanwhile the other coordinator saves from the same built-in settings.
    const theirTab = journey.as(coCoordinator);
    const other = await settingsOf(journey, theirTab);
    expect(other.version).toBeNull();
    const res = await theirTab.put(`/api/workshop-settings/${encodeURIComponent(journey.campaignId)}`, {
      ...other.settings,
      maxEntriesPerStep: 7,
      version: other.version,
    });
    expect(res.status).toBe(200);

    await entries.fill("3");
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await page
      .getByTestId("settings-error")
      .getByText(/modifiés par quelqu'un d'autre/)
      .waitFor();
    expect((await settingsOf(journey)).settings.maxEntriesPerStep).toBe(7);
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
    expect((await settingsOf(journey)).settings.maxEntriesPerStep).toBe(3);
  });

  it("shows a reader the settings read-only, in English, and which workshops already keep their own", async () => {
    const journey = journeys.archives;
    // Its coordinator opens workshop 1 in a meeting: that workshop now keeps the settings it started with.
    const opened = await env.server.postActivity(
      cardInvoke({
        serviceUrl: env.server.connector.url,
        from: coordinator,
        verb: "workshop.open",
        data: { campaignId: journey.campaignId, kind: 1 },
      }),
    );
    expect(opened.status).toBe(200);
    // A member of its agent panel reads the settings: not a coordinator.
    await open("en-GB", `/settings/${journey.campaignId}`, journey.panel[0]!);
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
