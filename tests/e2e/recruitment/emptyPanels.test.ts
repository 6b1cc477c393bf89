import { answeredCard, executeInvoke } from "../../support/recruitmentActivities";
import { user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * A panel of nobody is refused, for agents, usagers and the mixed panel alike, with the rule's code
 * and a message in the caller's language; the campaign stays without a confirmed panel.
 * Everything goes through the doors: the tab's API (local mode, caller "local-user") and Teams invokes.
 */
describe("confirming an empty panel", () => {
  let server: TestServer;
  let campaignId: string;
  const agents = [user(61, "Agent Un"), user(62, "Agente Deux")];

  async function call(method: string, path: string, body?: unknown, locale = "fr-FR") {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { "Content-Type": "application/json", "Accept-Language": locale },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async function expectRefused(path: string, body: unknown, code: string, fr: string, en: string) {
    for (const [locale, text] of [
      ["fr-FR", fr],
      ["en-GB", en],
    ] as const) {
      const res = await call("POST", path, body, locale);
      expect(res.status).toBe(422);
      expect((res.body as unknown as ErrorBody).error.code).toBe(code);
      expect((res.body as unknown as ErrorBody).error.message).toContain(text);
    }
  }

  beforeAll(async () => {
    server = await startTestServer();
    const created = await call("POST", "/api/campaigns", {
      name: "Accueil de la mairie",
      approach: "thematic",
      services: ["Accueil de la mairie"],
      panelSize: 4,
    });
    expect(created.status).toBe(201);
    campaignId = (created.body.campaign as { id: string }).id;
    const profiles = [
      { ageBand: "under30", sex: "female", category: "C", staffKind: "technical" },
      { ageBand: "55plus", sex: "male", category: "B", staffKind: "administrative" },
    ];
    for (const [i, agent] of agents.entries()) {
      const res = await server.postActivity(
        executeInvoke({
          serviceUrl: server.connector.url,
          from: agent,
          verb: "recruitment.saveProfile",
          data: { campaignId, ...profiles[i], consent: "true" },
          locale: "fr-FR",
        }),
      );
      expect(res.status).toBe(200);
    }
  });
  afterAll(async () => {
    await server.stop();
  });

  it("refuses an empty usager panel", async () => {
    const registered = await call("POST", `/api/campaigns/${campaignId}/usagers/register`, {
      name: "Mme Usagère",
      kind: "individual",
      ageBand: "30to44",
      sex: "female",
      frequency: "regular",
    });
    expect(registered.status).toBe(201);
    await expectRefused(
      `/api/campaigns/${campaignId}/usagers/panel/confirm`,
      { selectedIds: [] },
      "panel.empty",
      "Le panel est vide",
      "The panel is empty",
    );
    expect((await call("GET", `/api/campaigns/${campaignId}/usagers`)).body.confirmed).toBeUndefined();
  });

  it("refuses an empty agent panel", async () => {
    await expectRefused(
      `/api/campaigns/${campaignId}/panel/confirm`,
      { selectedIds: [] },
      "panel.empty",
      "Le panel est vide",
      "The panel is empty",
    );
    expect((await call("GET", `/api/campaigns/${campaignId}/recruitment`)).body.confirmedIds).toBeUndefined();
  });

  it("refuses an empty mixed panel, and accepts one side only as the coordinator's call", async () => {
    expect(
      (
        await call("POST", `/api/campaigns/${campaignId}/panel/confirm`, {
          selectedIds: agents.map((a) => a.aadObjectId),
        })
      ).status,
    ).toBe(200);
    expect((await call("POST", `/api/campaigns/${campaignId}/mixed/open`)).status).toBe(200);
    const answer = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: agents[0]!,
        verb: "recruitment.mixedAnswer",
        data: { campaignId, answer: "yes" },
        locale: "fr-FR",
        where: "personal",
      }),
    );
    expect(answeredCard(answer.body).json).toContain("vous êtes volontaire pour l'atelier 3");

    await expectRefused(
      `/api/campaigns/${campaignId}/mixed/confirm`,
      { agentIds: [], usagerIds: [] },
      "panel.mixedEmpty",
      "Le panel mixte est vide",
      "The mixed panel is empty",
    );
    expect((await call("GET", `/api/campaigns/${campaignId}/mixed`)).body.confirmed).toBeUndefined();

    const one = await call("POST", `/api/campaigns/${campaignId}/mixed/confirm`, {
      agentIds: [agents[0]!.aadObjectId],
      usagerIds: [],
    });
    expect(one.status).toBe(200);
    expect((await call("GET", `/api/campaigns/${campaignId}/mixed`)).body.confirmed).toMatchObject({
      agentIds: [agents[0]!.aadObjectId],
      usagerIds: [],
    });
  });
});
