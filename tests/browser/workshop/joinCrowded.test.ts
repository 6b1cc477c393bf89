import type { Browser } from "playwright-core";
import { MethodJourney } from "../../support/methodJourney";
import { user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import { stageState, WorkshopHarness } from "../../support/workshopHarness";
import { launchChromium } from "../support/launchChromium";
import { requireBuiltTab } from "../support/requireBuiltTab";

/**
 * A room joining at once through one Wi-Fi address meets the per-client device rate: the join page
 * says so in the phone's language, waits as long as the server says, and gets in by itself.
 * The campaign reaches workshop 2 through the doors people have (tests/support/methodJourney.ts):
 * recruited in Teams, workshop 1 run in the meeting chat, usagers nominated and confirmed on their
 * links, every move by the coordinator through the tab's API; no join device is used on the way, so
 * the one-device-a-minute limit is whole when the test begins.
 */
describe("the join page when many devices join through one connection", () => {
  const coordinator = user(1, "Claire Coordinatrice");
  let offsetMs = 0;
  let server: TestServer;
  let browser: Browser;
  let journey: MethodJourney;
  beforeAll(async () => {
    requireBuiltTab();
    server = await startTestServer({
      clock: () => new Date(Date.now() + offsetMs),
      env: { JOIN_DEVICES_PER_CLIENT_PER_MINUTE: "1", OUTBOX_POLL_MS: "50" },
    });
    browser = await launchChromium();
    journey = new MethodJourney(server, coordinator);
    await journey.toWorkshop1Running();
    await journey.move("workshop1", "recruitingUsagers");
    await journey.nominateUsagers();
    await journey.confirmUsagerPanel();
    await journey.move("recruitingUsagers", "workshop2");
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the refusal, then joins by itself once the server's wait is over", async () => {
    const w = new WorkshopHarness(server, journey.campaignId, 2);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const { code } = (await stageState(server.url, journey.campaignId, { as: coordinator.aadObjectId })).join;
    // Another phone on the same connection took this minute's place.
    expect(
      (
        await fetch(`${server.url}/api/join/${code}/devices`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: "{}",
        })
      ).status,
    ).toBe(201);

    const context = await browser.newContext({ locale: "fr-FR", bypassCSP: true });
    const page = await context.newPage();
    let refusals = 0;
    await page.route("**/api/join/*/devices", async (route) => {
      const response = await route.fetch();
      if (response.status() !== 429) return route.fulfill({ response });
      refusals++;
      // The minute passes on the server's clock; the page is told to wait one second instead of sixty.
      offsetMs += 61_000;
      const body = (await response.json()) as { error: { params?: Record<string, unknown> } };
      return route.fulfill({
        response,
        json: { ...body, error: { ...body.error, params: { ...body.error.params, seconds: 1 } } },
      });
    });
    await page.goto(`${server.url}/join/${code}`);
    await page.getByRole("alert").filter({ hasText: "Nouvel essai dans" }).waitFor();
    await page.getByLabel(/Votre mot ou courte phrase/).waitFor();
    expect(refusals).toBe(1);
    expect(await page.getByRole("alert").filter({ hasText: "Nouvel essai dans" }).count()).toBe(0);
    await context.close();
  }, 60_000);
});
