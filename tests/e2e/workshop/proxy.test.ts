import { startTestServer, type TestServer } from "../../support/testServer";
import { user } from "../../support/teamsActivities";
import { stageState, WorkshopHarness } from "./workshopHarness";

describe("entries on behalf of people in the room", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it("flags proxy contributions, keeps one scale answer per person, and refuses it to non-facilitators", async () => {
    const campaign = await server.seedCampaign({ state: "workshop1", coordinatorIds: [coordinator.aadObjectId, "local-user"] });
    const w = new WorkshopHarness(server, campaign.id, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}/api/workshops/${campaign.id}/${path}`, { method: "POST", headers: { "Content-Type": "application/json", "Accept-Language": "fr-FR" }, body: JSON.stringify(body) });

    // From the facilitator card, and from the console.
    await w.card(coordinator, "workshop.proxy", { stepId: "ideal", proxyLabel: "Table 1", proxyText: "Politesse", requestId: "proxy-req-1" });
    expect((await post("proxy", { stepId: "ideal", label: "table 2", text: "Sourire", requestId: "proxy-req-2" })).status).toBe(200);
    const items = ((await stageState(server.url, campaign.id)).results as { items: { text: string; proxy: boolean }[] }).items;
    expect(items).toEqual([expect.objectContaining({ text: "Politesse", proxy: true }), expect.objectContaining({ text: "Sourire", proxy: true })]);

    await w.command(coordinator, "next");
    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    expect((await post("proxy-scale", { label: "Table 2", value: 3 })).status).toBe(200);
    expect((await post("proxy-scale", { label: "table 2", value: 7 })).status).toBe(200);
    expect((await post("proxy-scale", { label: "table 3", value: 4 })).status).toBe(200);
    const out = await post("proxy-scale", { label: "table 4", value: 11 });
    expect(out.status).toBe(422);
    const summary = ((await stageState(server.url, campaign.id)).results as { summary: { count: number; histogram: number[] } }).summary;
    expect(summary.count).toBe(2);
    expect(summary.histogram[7]).toBe(1);
    expect(summary.histogram[4]).toBe(1);

    const other = await server.seedCampaign({ state: "workshop1", coordinatorIds: [coordinator.aadObjectId] });
    const w2 = new WorkshopHarness(server, other.id, 1);
    await w2.invoke(coordinator, "workshop.open");
    const forbidden = await fetch(`${server.url}/api/workshops/${other.id}/proxy-scale`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ label: "x", value: 5 }) });
    expect(forbidden.status).toBe(403);
    expect(server.connector.cardProblems).toEqual([]);
  });
});
