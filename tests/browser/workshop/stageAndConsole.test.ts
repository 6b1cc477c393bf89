import type { BrowserContext } from "playwright-core";
import { MethodJourney } from "../../support/methodJourney";
import { user } from "../../support/teamsActivities";
import { requestIdOf, stageState, WorkshopHarness } from "../../support/workshopHarness";
import { serverAndBrowser } from "../support/serverAndBrowser";
import { runAxe } from "../support/runAxe";

/**
 * The meeting stage and the facilitator console. Each test has its own campaign, taken to workshop 1
 * through the doors people have (tests/support/methodJourney.ts): created and recruited in Teams, the
 * agent panel confirmed and the campaign moved on from the tab's API; the workshop then runs in the
 * meeting chat, and the browser is the coordinator (the local-mode identity cookie).
 */
describe("the meeting stage and the facilitator console", () => {
  const coordinator = user(1, "Claire Coordinatrice");

  const env = serverAndBrowser({ OUTBOX_POLL_MS: "50" });

  /** A campaign of the coordinator's in workshop 1, its agent panel confirmed (one at a time: « inviter » takes the one recruiting). */
  async function campaignInWorkshop1(name: string): Promise<MethodJourney> {
    const journey = new MethodJourney(env.server, coordinator, name);
    await journey.createAndInvite();
    await journey.volunteerAll();
    await journey.confirmAgentPanel();
    await journey.move("recruitingAgents", "workshop1");
    return journey;
  }

  /** A browser that is the coordinator: the cookie the local-mode banner's identity switch sets. */
  async function asCoordinator(): Promise<BrowserContext> {
    // axe is injected as an inline script, which the app's CSP refuses.
    const context = await env.browser.newContext({ locale: "fr-FR", bypassCSP: true });
    await context.addCookies([
      { name: "ve-local-user", value: encodeURIComponent(coordinator.aadObjectId), url: env.server.url },
    ]);
    return context;
  }

  const stage = (campaignId: string) => stageState(env.server.url, campaignId, { as: coordinator.aadObjectId });

  beforeAll(async () => {
    await new MethodJourney(env.server, coordinator).installForEveryone();
  });

  it("shows the question, the join code with its QR code and the live words; the console moves the pointer", async () => {
    const journey = await campaignInWorkshop1("Accueil — 2027");
    const campaign = { id: journey.campaignId };
    const w = new WorkshopHarness(env.server, campaign.id, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    for (const [i, text] of ["Respect", "Écoute"].entries()) {
      const agent = journey.panel[i]!;
      const card = await w.card(agent, "workshop.refresh", { view: "participant" });
      await w.card(agent, "workshop.contribute", {
        stepId: "ideal",
        text,
        requestId: requestIdOf(card, "workshop.contribute"),
      });
    }
    const { code } = (await stage(campaign.id)).join;
    for (const _ of [1, 2])
      expect(
        (
          await fetch(`${env.server.url}/api/join/${code}/devices`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: "{}",
          })
        ).status,
      ).toBe(201);
    const context = await asCoordinator();
    const page = await context.newPage();

    await page.goto(`${env.server.url}/stage/${campaign.id}`);
    await page.getByRole("heading", { level: 1, name: /Imaginez la relation idéale/ }).waitFor();
    await page.getByText(code, { exact: true }).waitFor();
    expect(await page.getByRole("img", { name: /QR code/ }).count()).toBe(1);
    // Everything on how to join stays on screen, the address included.
    const join = await page.getByRole("complementary").evaluate((aside) => {
      const box = aside.getBoundingClientRect();
      return [...aside.querySelectorAll("img, p")].map((el) => ({
        tag: el.tagName,
        spills: el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > box.right + 1,
      }));
    });
    expect(join).toEqual([
      { tag: "IMG", spills: false },
      { tag: "P", spills: false },
      { tag: "P", spills: false },
    ]);
    await page.getByText("Respect").waitFor();
    await page.getByText("Écoute").waitFor();
    expect(await runAxe(page)).toEqual([]);

    await page.goto(`${env.server.url}/console/${campaign.id}`);
    // The facilitator sees how many phones joined, to compare with the people in the room.
    // The limit is the deployment's (JOIN_DEVICES_PER_WORKSHOP): only the count is this test's.
    await page.getByText("Appareils entrés par la page de participation : 2 (au plus", { exact: false }).waitFor();
    // Hide, then show again, with the keyboard only.
    await page.getByRole("button", { name: "Masquer « Écoute »" }).focus();
    await page.keyboard.press("Enter");
    const unhide = page.getByRole("button", { name: "Afficher de nouveau « Écoute »" });
    await unhide.waitFor();
    expect(((await stage(campaign.id)).results as { items: { text: string }[] }).items.map((i) => i.text)).toEqual([
      "Respect",
    ]);
    expect(await runAxe(page)).toEqual([]);
    await unhide.focus();
    await page.keyboard.press("Enter");
    await unhide.waitFor({ state: "detached" });
    expect(((await stage(campaign.id)).results as { items: { text: string }[] }).items.map((i) => i.text)).toEqual([
      "Respect",
      "Écoute",
    ]);

    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByRole("heading", { level: 1, name: /imaginez une relation chaotique/ }).waitFor();
    expect((await stage(campaign.id))["pointer"]).toEqual({
      sequenceIndex: 0,
      stepIndex: 1,
      phase: "closed",
    });
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it("lets the facilitator enter a scale answer and dots for someone in the room, labelled and axe-clean", async () => {
    const journey = await campaignInWorkshop1("Dépôts — 2027");
    const campaign = { id: journey.campaignId };
    // The coordinator turns on the vote on actions on the settings page, before the workshop starts.
    const settingsPath = `/api/workshop-settings/${encodeURIComponent(campaign.id)}`;
    const current = (await journey.tab.get(settingsPath)).body as {
      settings: Record<string, unknown> & { actionsVote: Record<string, unknown> };
      version: string | null;
    };
    const put = await journey.tab.put(settingsPath, {
      ...current.settings,
      actionsVote: { ...current.settings.actionsVote, enabled: true },
      version: current.version,
    });
    expect(put.status).toBe(200);
    const w = new WorkshopHarness(env.server, campaign.id, 1);
    // Another campaign of this file is in a workshop too: open this one by its button.
    await w.invoke(coordinator, "workshop.open");
    await w.command(coordinator, "start");
    for (const _ of [1, 2]) await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    const context = await asCoordinator();
    const page = await context.newPage();
    await page.goto(`${env.server.url}/console/${campaign.id}`);

    await page.getByRole("heading", { level: 2, name: "Saisir pour une personne présente" }).waitFor();
    await page.getByRole("textbox", { name: /Pour qui/ }).fill("Table 3");
    await page.getByRole("radio", { name: "7", exact: true }).check();
    await page.getByRole("textbox", { name: "Commentaire (facultatif)" }).fill("Plutôt bien");
    await page.getByRole("button", { name: "Enregistrer la réponse" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Réponse enregistrée pour « Table 3 ».").waitFor();
    const summary = ((await stage(campaign.id)).results as { summary: { count: number; histogram: number[] } }).summary;
    expect([summary.count, summary.histogram[7]]).toEqual([1, 1]);
    expect(await runAxe(page)).toEqual([]);

    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    const agent = journey.panel[0]!;
    const card = await w.card(agent, "workshop.refresh", { view: "participant" });
    await w.card(agent, "workshop.contribute", {
      stepId: "actions",
      text: "Rappeler sous 48 h",
      tag: "both",
      requestId: requestIdOf(card, "workshop.contribute"),
    });
    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    await page.getByRole("heading", { level: 3, name: "Gommettes" }).waitFor();
    await page.getByRole("textbox", { name: /Pour qui/ }).fill("Table 3");
    await page.getByRole("button", { name: "Ajouter une gommette à « Rappeler sous 48 h »" }).click();
    await page.getByText("Gommette ajoutée à « Rappeler sous 48 h » pour « Table 3 ».").waitFor();
    const votes = (await stage(campaign.id)).results as {
      lines: { text: string; count: number }[];
    };
    expect(votes.lines.map((l) => [l.text, l.count])).toEqual([["Rappeler sous 48 h", 1]]);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  }, 60_000);
});
