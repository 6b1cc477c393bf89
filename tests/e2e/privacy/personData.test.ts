import { translate } from "../../../bot/src/i18n/translate";
import { answeredCard, executeInvoke } from "../../support/recruitmentActivities";
import { user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

/** The receipt's counts for the kinds these recruitment cases do not touch. */
const NOTHING_ELSE = { attendance: 0, outbox: 0, staffRole: 0, staffName: 0, history: 0, poster: 0, roadmap: 0 };

/** Right of access and erasure over HTTP. Local mode: the caller is "local-user", coordinator of what it creates. */
describe("person data export and erasure", () => {
  let server: TestServer;
  let campaignId: string;
  let usagerId: string;
  let token: string;
  const agent = user(31, "Julien Roth");
  const email = "jeanne.martin@example.org";
  const phone = "06 11 22 33 44";

  /** `as`: another local identity, as the tab's identity switch sets it (local mode only). */
  async function call(method: string, path: string, body?: unknown, locale = "fr-FR", as?: string) {
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      "Accept-Language": locale,
      ...(as ? { Cookie: `ve-local-user=${as}` } : {}),
    };
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
  }
  const person = (id: string) => `/api/campaigns/${campaignId}/people/${encodeURIComponent(id)}`;

  beforeAll(async () => {
    server = await startTestServer();
    const created = await call("POST", "/api/campaigns", {
      name: "État civil — 2027",
      approach: "thematic",
      services: ["État civil"],
      panelSize: 4,
    });
    expect(created.status).toBe(201);
    campaignId = (created.body.campaign as { id: string }).id;

    // An agent volunteers through the card, as Teams sends it.
    const saved = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: agent,
        verb: "recruitment.saveProfile",
        data: { campaignId, ageBand: "30to44", sex: "female", category: "C", staffKind: "technical", consent: "true" },
        locale: "fr-FR",
      }),
    );
    expect(answeredCard(saved.body).json).toContain("vous êtes volontaire");

    // An usager is nominated with an e-mail address and a phone number, then accepts through the link.
    const nominated = await call("POST", `/api/campaigns/${campaignId}/usagers`, {
      name: "Jeanne Martin",
      contact: `${email}, ${phone}`,
    });
    expect(nominated.status).toBe(201);
    usagerId = nominated.body.id as string;
    token = (nominated.body.link as string).split("/confirm/")[1]!;
    const answered = await call("POST", `/api/confirm/${token}`, {
      answer: "accept",
      kind: "individual",
      ageBand: "55plus",
      sex: "female",
      frequency: "regular",
      consent: true,
    });
    expect(answered.status).toBe(200);
  });
  afterAll(async () => {
    await server.stop();
  });

  it("exports what is stored about an agent and about an usager, uncached and without the link's secret", async () => {
    const a = await call("GET", person(agent.aadObjectId));
    expect(a.status).toBe(200);
    expect(a.headers.get("cache-control")).toBe("no-store");
    expect(a.body.person).toMatchObject({
      campaignId,
      personId: agent.aadObjectId,
      volunteer: { name: "Julien Roth", status: "volunteered", profile: { ageBand: "30to44", category: "C" } },
    });

    const u = await call("GET", person(usagerId));
    expect(u.status).toBe(200);
    expect(u.body.person).toMatchObject({
      usager: {
        name: "Jeanne Martin",
        contact: `${email}, ${phone}`,
        status: "accepted",
        profile: { ageBand: "55plus" },
        nominatedBy: "local-user",
      },
    });
    expect(JSON.stringify(u.body)).not.toContain("tokenHash");

    // The nominating agent's export lists the nomination (the usager's id, not their data).
    const nominator = await call("GET", person("local-user"));
    expect(nominator.body.person).toEqual({
      campaignId,
      personId: "local-user",
      staff: { role: "coordinator", name: "Utilisateur local" },
      nominations: [{ usagerId, createdAt: expect.any(String) }],
    });
  });

  it("answers 404 with a localised message when nothing is stored, and for an unknown campaign", async () => {
    const fr = await call("GET", person("00000000-0000-4000-8000-00000000ffff"));
    expect(fr.status).toBe(404);
    expect(fr.body.error).toEqual({ code: "privacy.notFound", message: translate("fr", "domain.privacy.notFound") });
    const en = await call("DELETE", person("00000000-0000-4000-8000-00000000ffff"), undefined, "en-GB");
    expect(en.status).toBe(404);
    expect(en.body.error).toEqual({ code: "privacy.notFound", message: translate("en", "domain.privacy.notFound") });
    const unknown = await call("GET", `/api/campaigns/no-such-campaign/people/${usagerId}`);
    expect(unknown.status).toBe(404);
    expect((unknown.body.error as { code: string }).code).toBe("campaign.notFound");
  });

  it("refuses export and erasure to someone who does not coordinate the campaign", async () => {
    // Created by another local identity: they coordinate it, « local-user » does not.
    const created = await call(
      "POST",
      "/api/campaigns",
      { name: "Voirie — 2027", approach: "thematic", services: ["Voirie"], panelSize: 4 },
      "fr-FR",
      "local-agent",
    );
    expect(created.status).toBe(201);
    const other = created.body.campaign as { id: string };
    const nominated = await call("POST", `/api/campaigns/${other.id}/usagers`, { name: "M. Roth" });
    const path = `/api/campaigns/${other.id}/people/${nominated.body.id as string}`;
    const get = await call("GET", path);
    expect(get.status).toBe(403);
    expect(get.body.error).toEqual({ code: "privacy.forbidden", message: translate("fr", "domain.privacy.forbidden") });
    const del = await call("DELETE", path, undefined, "en-GB");
    expect(del.status).toBe(403);
    expect(del.body.error).toEqual({ code: "privacy.forbidden", message: translate("en", "domain.privacy.forbidden") });
    expect(JSON.stringify(get.body)).not.toContain("M. Roth");
  });

  it("erases a coordinator's trace as nominator, once another coordinator is named, but keeps the usager they proposed", async () => {
    // The only coordinator: refused, and nothing is erased.
    const refused = await call("DELETE", person("local-user"));
    expect(refused.status).toBe(422);
    expect((refused.body.error as { code: string }).code).toBe("privacy.lastCoordinator");
    expect((await call("GET", person(usagerId))).body.person).toMatchObject({ usager: { nominatedBy: "local-user" } });

    expect(
      (
        await call("POST", `/api/campaigns/${campaignId}/roles`, {
          person: "local-manager",
          name: "Co-coordinatrice",
          role: "coordinator",
        })
      ).status,
    ).toBe(200);
    const n = await call("DELETE", person("local-user"), undefined, "fr-FR", "local-manager");
    expect(n.body.erased).toEqual({
      volunteer: false,
      agentPanel: false,
      mixedPanel: false,
      nominations: 1,
      usager: false,
      ...NOTHING_ELSE,
      staffRole: 1,
      staffName: 1,
      history: 1,
    });
    expect((await call("GET", person(usagerId), undefined, "fr-FR", "local-manager")).body.person).toMatchObject({
      usager: { name: "Jeanne Martin", nominatedBy: "" },
    });
    expect((await call("GET", person("local-user"), undefined, "fr-FR", "local-manager")).status).toBe(404);
    // Named again by the other coordinator, for the tests that follow.
    expect(
      (
        await call(
          "POST",
          `/api/campaigns/${campaignId}/roles`,
          { person: "local-user", name: "Utilisateur local", role: "coordinator" },
          "fr-FR",
          "local-manager",
        )
      ).status,
    ).toBe(200);
  });

  it("erases an usager (record and link) and an agent, and a second erase finds nothing", async () => {
    const u = await call("DELETE", person(usagerId));
    expect(u.status).toBe(200);
    expect(u.body.erased).toEqual({
      volunteer: false,
      agentPanel: false,
      mixedPanel: false,
      nominations: 0,
      usager: true,
      ...NOTHING_ELSE,
    });
    expect((await call("GET", person(usagerId))).status).toBe(404);
    expect((await call("GET", `/api/confirm/${token}`)).status).toBe(404);

    const a = await call("DELETE", person(agent.aadObjectId));
    expect(a.body.erased).toEqual({
      volunteer: true,
      agentPanel: false,
      mixedPanel: false,
      nominations: 0,
      usager: false,
      ...NOTHING_ELSE,
    });
    expect((await call("GET", person(agent.aadObjectId))).status).toBe(404);
    expect((await call("DELETE", person(agent.aadObjectId))).status).toBe(404);
    // The people page no longer lists them.
    const people = JSON.stringify((await call("GET", `/api/campaigns/${campaignId}/people`)).body);
    expect(people).not.toContain(agent.aadObjectId);
    expect(people).not.toContain("Julien Roth");
  });

  it("never wrote the usager's e-mail address or phone number to the logs", () => {
    const logs = JSON.stringify(server.logs);
    expect(server.logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(email);
    expect(logs).not.toContain("jeanne.martin");
    expect(logs).not.toContain(phone);
    expect(logs).not.toContain("0611223344");
    expect(logs).toContain("person data erased");
  });
});
