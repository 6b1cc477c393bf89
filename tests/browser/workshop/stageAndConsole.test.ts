import type { Browser } from "playwright-core";
import { startTestServer, type TestServer } from "../../support/testServer";
import { user } from "../../support/teamsActivities";
import { requestIdOf, stageState, WorkshopHarness } from "../../e2e/workshop/workshopHarness";
import { launchChromium } from "../support/launchChromium";
import { requireBuiltTab } from "../support/requireBuiltTab";
import { runAxe } from "../support/runAxe";

describe("the meeting stage and the facilitator console", () => {
  let server: TestServer;
  let browser: Browser;
  const coordinator = user(1, "Claire Coordinatrice");

  beforeAll(async () => {
    requireBuiltTab();
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the question, the join code with its QR code and the live words; the console moves the pointer", async () => {
    const campaign = await server.seedCampaign({ state: "workshop1", coordinatorIds: [coordinator.aadObjectId, "local-user"] });
    const w = new WorkshopHarness(server, campaign.id, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    for (const [i, text] of ["Respect", "Écoute"].entries()) {
      const agent = user(500 + i);
      const card = await w.card(agent, "workshop.refresh", { view: "participant" });
      await w.card(agent, "workshop.contribute", { stepId: "ideal", text, requestId: requestIdOf(card, "workshop.contribute") });
    }
    const { code } = (await stageState(server.url, campaign.id)).join;
    const context = await browser.newContext({ locale: "fr-FR", bypassCSP: true });
    const page = await context.newPage();

    await page.goto(`${server.url}/stage/${campaign.id}`);
    await page.getByRole("heading", { level: 1, name: /Imaginez la relation idéale/ }).waitFor();
    await page.getByText(code, { exact: true }).waitFor();
    expect(await page.getByRole("img", { name: /QR code/ }).count()).toBe(1);
    await page.getByText("Respect").waitFor();
    await page.getByText("Écoute").waitFor();
    expect(await runAxe(page)).toEqual([]);

    await page.goto(`${server.url}/console/${campaign.id}`);
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByRole("heading", { level: 1, name: /imaginez une relation chaotique/ }).waitFor();
    expect((await stageState(server.url, campaign.id))["pointer"]).toEqual({ sequenceIndex: 0, stepIndex: 1, phase: "closed" });
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  }, 60_000);
});
