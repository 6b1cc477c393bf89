import { TabSession } from "../../support/tabApi";
import { startTestServer, type TestServer } from "../../support/testServer";

/** Usagers: nomination links, in-person registration, the usager panel. Local mode: the caller is "local-user". */
describe("usagers API", () => {
  let server: TestServer;
  let campaignId: string;

  beforeAll(async () => {
    server = await startTestServer();
    campaignId = (
      (
        await call("POST", "/api/campaigns", {
          name: "Maison de Hautepierre",
          approach: "territorial",
          services: ["Médiathèque", "Mairie de quartier"],
          site: "Hautepierre",
          panelSize: 4,
        })
      ).body as { campaign: { id: string } }
    ).campaign.id;
  });
  afterAll(async () => {
    await server.stop();
  });

  async function call(method: string, path: string, body?: unknown, locale = "fr-FR") {
    const res = await fetch(`${server!.url}${path}`, {
      method,
      headers: { "Content-Type": "application/json", "Accept-Language": locale },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it("gives each nominated usager a distinct, unguessable, expiring link that reveals only their own invitation", async () => {
    const a = await call("POST", `/api/campaigns/${campaignId}/usagers`, {
      name: "Mme Klein",
      contact: "06 00 00 00 00",
    });
    const b = await call("POST", `/api/campaigns/${campaignId}/usagers`, {
      name: "Asso du quartier",
      kind: "association",
    });
    expect(a.status).toBe(201);
    const linkA = a.body.link as string;
    const linkB = b.body.link as string;
    expect(linkA).not.toBe(linkB);
    const token = linkA.split("/confirm/")[1]!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    const expires = Date.parse(a.body.expiresAt as string) - Date.now();
    expect(expires).toBeGreaterThan(29 * 86_400_000);
    const view = await call("GET", `/api/confirm/${token}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ name: "Mme Klein", status: "nominated", campaignName: "Maison de Hautepierre" });
    expect(JSON.stringify(view.body)).not.toContain("06 00");
    const refused = await call(
      "POST",
      `/api/confirm/${token}`,
      { answer: "accept", kind: "individual", ageBand: "99", sex: "female", frequency: "regular", consent: true },
      "en-GB",
    );
    expect(refused.status).toBe(422);
    expect((refused.body.error as { code: string }).code).toBe("profile.ageBandInvalid");
    expect((await call("GET", `/api/confirm/${token}`)).body.status).toBe("nominated");
    expect((await call("GET", `/api/confirm/${"A".repeat(32)}`)).status).toBe(404);
  });

  it("lets the coordinator register usagers met in person, refuses it to others, and proposes a balanced usager panel", async () => {
    const people = [
      { name: "P1", kind: "individual", ageBand: "under30", sex: "female", frequency: "regular" },
      { name: "P2", kind: "individual", ageBand: "55plus", sex: "male", frequency: "occasional" },
      { name: "P3", kind: "business", ageBand: "45to54", sex: "female", frequency: "regular" },
      { name: "P4", kind: "association", ageBand: "30to44", sex: "male", frequency: "firstTime" },
      { name: "P5", kind: "individual", ageBand: "30to44", sex: "female", frequency: "regular" },
    ];
    for (const p of people)
      expect((await call("POST", `/api/campaigns/${campaignId}/usagers/register`, p)).status).toBe(201);
    const bad = await call("POST", `/api/campaigns/${campaignId}/usagers/register`, { ...people[0], kind: "robot" });
    expect((bad.body.error as { code: string }).code).toBe("profile.kindInvalid");
    const proposal = await call("GET", `/api/campaigns/${campaignId}/usagers/proposal`);
    expect(proposal.status).toBe(200);
    expect(proposal.body.accepted).toBe(5);
    expect(proposal.body.selectedIds as string[]).toHaveLength(4);
    expect((await call("GET", `/api/campaigns/${campaignId}/usagers/proposal`)).body.selectedIds).toEqual(
      proposal.body.selectedIds,
    );

    // Another agent creates their own campaign in the tab: they coordinate it, "local-user" does not.
    const someoneElse = new TabSession(server.url, "someone-else");
    const created = await someoneElse.post("/api/campaigns", {
      name: "Mairie de quartier",
      approach: "territorial",
      services: ["Mairie de quartier"],
      site: "Hautepierre",
      panelSize: 4,
    });
    expect(created.status).toBe(201);
    const other = created.body.campaign as { id: string; coordinatorIds: string[] };
    expect(other.coordinatorIds).toEqual(["someone-else"]);
    expect((await call("POST", `/api/campaigns/${other.id}/usagers/register`, people[0])).status).toBe(403);
    expect((await call("GET", `/api/campaigns/${other.id}/usagers/proposal`)).status).toBe(403);
    // Any agent may nominate, though.
    expect((await call("POST", `/api/campaigns/${other.id}/usagers`, { name: "M. Roth" })).status).toBe(201);
  });
});
