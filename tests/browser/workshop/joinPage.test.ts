import { user } from "../../support/teamsActivities";
import { stageState, WorkshopHarness } from "../../support/workshopHarness";
import { serverAndBrowser } from "../support/serverAndBrowser";
import { runAxe } from "../support/runAxe";

describe("the join page, for usagers without Teams", () => {
  const coordinator = user(1, "Claire Coordinatrice");

  const env = serverAndBrowser();

  it("renders the step's Adaptive Card, sends a contribution, follows the facilitator and passes axe", async () => {
    const campaign = await env.server.seedCampaign({
      state: "workshop2",
      coordinatorIds: [coordinator.aadObjectId, "local-user"],
    });
    const w = new WorkshopHarness(env.server, campaign.id, 2);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const { code } = (await stageState(env.server.url, campaign.id)).join;

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
    const items = ((await stageState(env.server.url, campaign.id)).results as { items: { text: string }[] }).items.map(
      (i) => i.text,
    );
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
