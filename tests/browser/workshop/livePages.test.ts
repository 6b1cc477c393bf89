import type { Page } from "playwright-core";
import { MethodJourney } from "../../support/methodJourney";
import { user, type TeamsUser } from "../../support/teamsActivities";
import { requestIdOf, stageState, WorkshopHarness } from "../../support/workshopHarness";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

/**
 * The stage, the console and the join page follow the workshop through its push stream: an
 * answer given in Teams shows on the stage and on a joined phone well within the 2 s the pages
 * used to poll at, and a page whose stream is refused reads by polling instead. The campaign is
 * taken to workshop 1's « actions » step (three contributions in) through Teams and the tab's API.
 */
jest.setTimeout(120_000);
// In local mode the API's caller is « local-user »: the coordinator.
const coordinator: TeamsUser = { id: "29:local-user", name: "Utilisateur local", aadObjectId: "local-user" };

describe("live pages", () => {
  const env = serverAndBrowser();
  let journey: MethodJourney;
  let w: WorkshopHarness;
  let campaignId: string;
  let agentNumber = 800;

  beforeAll(async () => {
    journey = new MethodJourney(env.server, coordinator);
    await journey.toWorkshop1Running();
    campaignId = journey.campaignId;
    w = new WorkshopHarness(env.server, campaignId, 1);
  }, 120_000);

  async function contribute(text: string): Promise<void> {
    const agent = user(agentNumber++);
    const card = await w.card(agent, "workshop.refresh", { view: "participant" });
    await w.card(agent, "workshop.contribute", {
      stepId: "actions",
      text,
      tag: "agents",
      requestId: requestIdOf(card, "workshop.contribute"),
    });
  }

  async function newPage(): Promise<Page> {
    const context = await env.browser.newContext({ locale: "fr-FR", bypassCSP: true });
    return context.newPage();
  }

  it("falls back to polling when the stream is refused, and still shows new answers", async () => {
    const stage = await newPage();
    let polls = 0;
    try {
      await stage.route(`**/api/workshops/${campaignId}/live*`, (route) =>
        route.fulfill({ status: 503, contentType: "application/json", body: '{"error":{"code":"unavailable"}}' }),
      );
      stage.on("request", (request) => {
        if (new URL(request.url()).pathname === `/api/workshops/${campaignId}`) polls += 1;
      });
      await stage.goto(`${env.server.url}/stage/${campaignId}`);
      await stage.getByText("Plus de politesse").waitFor();
      await stage.locator('[data-live="poll"]').waitFor();
      await contribute("Sourire à l'accueil");
      // Polled every 2 s: within two periods.
      await stage.getByText("Sourire à l'accueil").waitFor({ timeout: 4500 });
      expect(polls).toBeGreaterThanOrEqual(2);
      expect(await stage.locator('[data-live="push"]').count()).toBe(0);
    } finally {
      await stage.context().close();
    }
  });

  it("shows an answer given in Teams on the stage and on a joined phone within 1.5 s, without a reload", async () => {
    const shown = await stageState(env.server.url, campaignId);
    const { code } = shown.join;
    const answers = (shown.results as { items: unknown[] }).items.length;
    const stage = await newPage();
    const phone = await newPage();
    try {
      await stage.goto(`${env.server.url}/stage/${campaignId}`);
      await stage.getByText("Plus de politesse").waitFor();
      await stage.locator('[data-live="push"]').waitFor();
      await phone.goto(`${env.server.url}/join/${code}`);
      await phone
        .getByTestId("answers-count")
        .and(phone.getByText(`${answers} réponses`, { exact: true }))
        .waitFor();
      let reloads = 0;
      for (const page of [stage, phone]) page.on("framenavigated", () => (reloads += 1));

      const started = Date.now();
      await contribute("Rappeler quand on l'a promis");
      await Promise.all([
        stage.getByText("Rappeler quand on l'a promis").waitFor({ timeout: 1500 }),
        phone
          .getByTestId("answers-count")
          .and(phone.getByText(`${answers + 1} réponses`, { exact: true }))
          .waitFor({ timeout: 1500 }),
      ]);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(reloads).toBe(0);

      // A facilitator's command moves the revision: the stage reads its own state again.
      await w.command(coordinator, "pause");
      await stage.getByRole("heading", { level: 1, name: "Petite pause." }).waitFor({ timeout: 1500 });
      await w.command(coordinator, "resume");
      await stage.getByRole("heading", { level: 1, name: /Proposez des actions/ }).waitFor({ timeout: 1500 });
      expect(reloads).toBe(0);
    } finally {
      await stage.context().close();
      await phone.context().close();
    }
  });

  it("shows a member who may not facilitate their own card in the console (the meeting side panel), and takes their answer", async () => {
    // The local identity switch (a cookie the server reads in local mode only): an agent of the service.
    const context = await env.browser.newContext({
      locale: "fr-FR",
      bypassCSP: true,
      viewport: { width: 320, height: 720 },
    });
    await context.addCookies([{ name: "ve-local-user", value: "local-agent", url: env.server.url }]);
    const page = await context.newPage();
    try {
      await page.goto(`${env.server.url}/console/${campaignId}`);
      await page.getByRole("heading", { level: 2, name: "Votre carte" }).waitFor();
      const card = page.getByTestId("own-card");
      await card.getByLabel(/Votre mot ou courte phrase/).fill("Expliquer les délais");
      await card.getByRole("radio", { name: "Les agents" }).check();
      await card.getByRole("button", { name: "Ajouter" }).click();
      await page.getByText("Merci, c'est noté !").waitFor();
      expect(await page.getByRole("button", { name: "Étape suivante" }).count()).toBe(0);
      const items = ((await stageState(env.server.url, campaignId)).results as { items: { text: string }[] }).items;
      expect(items.map((i) => i.text)).toContain("Expliquer les délais");
      // Counted as a contribution of this member, the same key as their card in Teams: their card says so.
      await page.getByText("Expliquer les délais").first().waitFor();
      const width = await page.evaluate(() => {
        const { document, innerWidth } = globalThis as unknown as {
          innerWidth: number;
          document: { documentElement: { scrollWidth: number } };
        };
        return { innerWidth, scrollWidth: document.documentElement.scrollWidth };
      });
      expect(width).toEqual({ innerWidth: 320, scrollWidth: 320 });
      expect(await runAxe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
