import { MethodJourney } from "../../support/methodJourney";
import { TabSession } from "../../support/tabApi";
import { startTestServer, type TestServer } from "../../support/testServer";
import { uniqueTablePrefix } from "../../support/testStorage";
import { user } from "../../support/teamsActivities";
import { JoinDevice, requestIdOf, stageState, textOf, WorkshopHarness } from "../../support/workshopHarness";

jest.setTimeout(120_000);

describe("a server restart in the middle of a workshop", () => {
  const coordinator = user(1, "Claire Coordinatrice");
  const agent = user(300, "Agent");
  let server: TestServer | undefined;

  afterAll(async () => {
    await server?.stop();
  });

  it("continues where it was: pointer, contributions, join code and device tokens survive", async () => {
    const tablePrefix = uniqueTablePrefix();
    server = await startTestServer({ tablePrefix });
    // The campaign at workshop 1, not yet opened: created, recruited and moved on by the coordinator in Teams and the tab.
    const journey = new MethodJourney(server, coordinator);
    await journey.installForEveryone();
    await journey.createAndInvite();
    await journey.volunteerAll();
    await journey.confirmAgentPanel();
    await journey.move("recruitingAgents", "workshop1");
    const campaign = { id: journey.campaignId };
    const stage = (url: string) => stageState(url, campaign.id, { as: coordinator.aadObjectId });
    let w = new WorkshopHarness(server, campaign.id, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const card = await w.card(agent, "workshop.refresh", { view: "participant" });
    await w.card(agent, "workshop.contribute", {
      stepId: "ideal",
      text: "Respect",
      requestId: requestIdOf(card, "workshop.contribute"),
    });
    const before = await stage(server.url);
    const device = new JoinDevice(server.url, before.join.code);
    await device.register();
    await server.stop();

    // A new process on the same storage: nothing was kept in memory that it needs.
    server = await startTestServer({ tablePrefix });
    w = new WorkshopHarness(server, campaign.id, 1);
    const after = await stage(server.url);
    expect(after["revision"]).toBe(before["revision"]);
    expect(after["pointer"]).toEqual({ sequenceIndex: 0, stepIndex: 0, phase: "input" });
    expect(after.join.code).toBe(before.join.code);
    // The campaign the coordinator took there is still at workshop 1 in the tab.
    const progress = await new TabSession(server.url, coordinator.aadObjectId).get(
      `/api/campaigns/${encodeURIComponent(campaign.id)}/progress`,
    );
    expect(progress.status).toBe(200);
    expect(progress.body["campaign"].state).toBe("workshop1");
    const moved = device.on(server.url);
    const fromPhone = await moved.card();
    expect(
      (
        await moved.act("workshop.contribute", {
          stepId: "ideal",
          text: "Écoute",
          requestId: requestIdOf(fromPhone, "workshop.contribute"),
        })
      ).status,
    ).toBe(200);
    const again = await w.card(agent, "workshop.refresh", { view: "participant" });
    expect(textOf(again)).toContain("Vos propositions (1 sur 10)");
    const items = ((await stage(server.url)).results as { items: { text: string }[] }).items.map((i) => i.text);
    expect(items).toEqual(["Respect", "Écoute"]);
    const next = await w.command(coordinator, "next");
    expect(textOf(next)).toContain("La relation chaotique");
    expect(server.connector.cardProblems).toEqual([]);
  });
});
