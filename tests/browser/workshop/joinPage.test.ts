import { MethodJourney } from "../../support/methodJourney";
import { user } from "../../support/teamsActivities";
import { stageState, WorkshopHarness } from "../../support/workshopHarness";
import { serverAndBrowser } from "../support/serverAndBrowser";
import { runAxe } from "../support/runAxe";

/**
 * The join page usagers open on their phone in workshop 2. The campaign gets there through the doors
 * people have (tests/support/methodJourney.ts): recruited in Teams, workshop 1 run in the meeting chat,
 * usagers nominated by the panel and confirmed on their links, every move by the coordinator through
 * the tab's API; the coordinator then opens workshop 2 in the meeting chat.
 */
describe("the join page, for usagers without Teams", () => {
  const coordinator = user(1, "Claire Coordinatrice");

  const env = serverAndBrowser({ OUTBOX_POLL_MS: "50" });
  let journey: MethodJourney;

  beforeAll(async () => {
    journey = new MethodJourney(env.server, coordinator);
    await journey.toWorkshop1Running();
    await journey.move("workshop1", "recruitingUsagers");
    await journey.nominateUsagers();
    await journey.confirmUsagerPanel();
    await journey.move("recruitingUsagers", "workshop2");
  }, 60_000);

  const stage = () => stageState(env.server.url, journey.campaignId, { as: coordinator.aadObjectId });

  it("renders the step's Adaptive Card, sends a contribution, follows the facilitator and passes axe", async () => {
    const w = new WorkshopHarness(env.server, journey.campaignId, 2);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const { code } = (await stage()).join;

    const context = await env.browser.newContext({ locale: "fr-FR", bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/join/${code}`);
    const field = page.getByLabel(/Votre mot ou courte phrase/);
    await field.waitFor();
    await field.fill("[Accueil](https://evil.example) souriant");
    await page.getByRole("button", { name: "Ajouter" }).click();
    await page.getByText("Merci, c'est noté !").waitFor();
    // Shown back as text, never as a link.
    await page.getByText("[Accueil](https://evil.example) souriant").waitFor();
    expect(await page.locator("a[href*='evil']").count()).toBe(0);
    const items = ((await stage()).results as { items: { text: string }[] }).items.map((i) => i.text);
    expect(items).toEqual(["[Accueil](https://evil.example) souriant"]);

    expect(await runAxe(page)).toEqual([]);

    // The facilitator moves on: the page follows by itself.
    await w.command(coordinator, "next");
    await page
      .getByText("La relation chaotique", { exact: false })
      .or(page.getByText("À l'inverse", { exact: false }))
      .first()
      .waitFor({ timeout: 8000 });
    await context.close();
  }, 60_000);
});
