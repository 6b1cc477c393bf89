import { expectValidCard } from "../../support/cardValidator";
import { answeredCard, answeredMessage, executeInvoke } from "../../support/recruitmentActivities";
import { TabSession, type ApiAnswer } from "../../support/tabApi";
import { channelMessage, user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import { translate } from "../../../bot/src/i18n/translate";

describe("campaign set-up from the bot (HTTP, as Teams calls it)", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");
  const other = user(2, "Agent Lambda");

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  /** What the coordinator's tab shows of a campaign (local mode: their Entra object id is their tab identity). */
  function inTab(id: string): Promise<ApiAnswer> {
    return new TabSession(server.url, coordinator.aadObjectId).get(`/api/campaigns/${id}`);
  }
  /** The campaigns list the coordinator's tab shows. */
  async function tabList(): Promise<{ id: string }[]> {
    const list = await new TabSession(server.url, coordinator.aadObjectId).get("/api/campaigns");
    expect(list.status).toBe(200);
    return list.body.campaigns as { id: string }[];
  }

  async function openForm(locale = "fr-FR") {
    const message = channelMessage({
      serviceUrl: server.connector.url,
      from: coordinator,
      text: "nouvelle campagne",
      locale,
    });
    await server.postActivity(message);
    const sent = server.connector.sentTo(message.conversation.id);
    const card = sent[sent.length - 1]!.activity.attachments?.[0]?.content as {
      actions: { verb: string; data: { formId: string } }[];
    };
    return { formId: card.actions[0]!.data.formId, json: JSON.stringify(card) };
  }

  function submit(formId: string, data: Record<string, unknown>, from = coordinator, locale = "fr-FR") {
    return server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from,
        verb: "recruitment.createCampaign",
        data: { formId, ...data },
        locale,
      }),
    );
  }

  it("answers « nouvelle campagne » with a form, then a valid submit stores the campaign with the caller as coordinator", async () => {
    const { formId, json } = await openForm();
    expect(json).toContain("Nouvelle campagne");
    expect(json).toContain("Input.Date");
    const res = await submit(formId, {
      name: "Service funéraire — 2027",
      approach: "thematic",
      services: "Service funéraire",
      workshop1: "2027-03-02",
      workshop2: "2027-03-23",
      panelSize: "8",
    });
    expect(res.status).toBe(200);
    const { json: summary, card } = answeredCard(res.body);
    expectValidCard(card);
    expect(summary).toContain(translate("fr", "recruitment.summary.title"));
    expect(summary).not.toContain("Attention");
    // The caller coordinates it: their tab may change it, another person's tab only reads it.
    const stored = await inTab(formId);
    expect(stored.status).toBe(200);
    expect(stored.body.canEdit).toBe(true);
    expect(stored.body.campaign).toMatchObject({
      name: "Service funéraire — 2027",
      approach: "thematic",
      services: ["Service funéraire"],
      panelSize: 8,
      state: "draft",
    });
    expect(stored.body.campaign.workshops[2].plannedAt).toBe("2027-03-23T08:00:00.000Z");
    // The campaign's people, as the tab's roles page lists them: the caller is its one coordinator.
    const people = await new TabSession(server.url, coordinator.aadObjectId).get(`/api/campaigns/${formId}/people`);
    expect(people.status).toBe(200);
    expect(people.body.staff).toEqual([
      { id: coordinator.aadObjectId, name: "Claire Coordinatrice", role: "coordinator" },
    ]);
    expect((await new TabSession(server.url, other.aadObjectId).get(`/api/campaigns/${formId}`)).body.canEdit).toBe(
      false,
    );
  });

  it("shows the spacing rule as a warning without refusing the campaign", async () => {
    const { formId } = await openForm();
    const res = await submit(formId, {
      name: "Maison de Hautepierre",
      approach: "territorial",
      services: "Centre de santé, Mairie de quartier",
      site: "Maison de Hautepierre",
      workshop1: "2027-03-02",
      workshop2: "2027-03-09",
    });
    const { json } = answeredCard(res.body);
    expect(json).toContain("7 jours seulement");
    expect((await inTab(formId)).body.campaign.site).toBe("Maison de Hautepierre");
  });

  it("stores one campaign when the same submit arrives twice (double click, Teams resend)", async () => {
    const { formId } = await openForm();
    const data = { name: "Médiathèque", approach: "thematic", services: "Médiathèque" };
    const before = (await tabList()).length;
    const [a, b] = await Promise.all([submit(formId, data), submit(formId, data)]);
    expect(answeredCard(a.body).json).toContain("Médiathèque");
    expect(answeredCard(b.body).json).toContain("Médiathèque");
    const after = await tabList();
    expect(after.length).toBe(before + 1);
    expect(after.filter((c) => c.id === formId)).toHaveLength(1);
  });

  it("gives the form back with a localised error and stores nothing when a rule is broken", async () => {
    const { formId } = await openForm("en-US");
    const res = await submit(formId, { name: "Funeral", approach: "thematic", services: "A, B" }, coordinator, "en-US");
    const { json, card } = answeredCard(res.body);
    expectValidCard(card);
    expect(json).toContain("A thematic approach covers a single service");
    expect(json).toContain("New « Vivre ensemble » campaign");
    expect((await inTab(formId)).status).toBe(404);
    const badDate = await submit(
      formId,
      { name: "Funeral service", approach: "thematic", services: "A", workshop1: "2027-02-30" },
      coordinator,
      "en-US",
    );
    expect(answeredCard(badDate.body).json).toContain("The date « 2027-02-30 » is not valid");
    expect((await inTab(formId)).status).toBe(404);
    expect((await tabList()).find((c) => c.id === formId)).toBeUndefined();
  });

  it("refuses a second person resubmitting someone else's form: only coordinators change a campaign", async () => {
    const { formId } = await openForm();
    await submit(formId, { name: "Piscine", approach: "thematic", services: "Piscine" });
    const res = await submit(formId, { name: "Piscine bis", approach: "thematic", services: "Piscine" }, other);
    expect(answeredMessage(res.body)).toContain("Seules les personnes qui coordonnent");
    expect((await inTab(formId)).body.campaign.name).toBe("Piscine");
  });
});

/** The tab's set-up form calls these. Local mode: who calls is the tab's identity cookie. */
describe("campaign set-up from the tab (HTTP API)", () => {
  let server: TestServer;
  const coordinatorId = "tab-coordinator";

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  function call(method: string, path: string, body?: unknown, locale = "fr-FR"): Promise<ApiAnswer> {
    return new TabSession(server.url, coordinatorId, locale).call(method, path, body);
  }

  it("creates nothing when the make-up CSV sent with the create has a bad line, and names that line", async () => {
    const id = "5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    const bad = await call("POST", "/api/campaigns", {
      id,
      name: "Piscine municipale",
      approach: "thematic",
      services: ["Piscine"],
      makeupCsv: "category;count\nA;3\nB;deux\n",
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("makeup.invalidCount");
    expect(bad.body.error.params.line).toBe(3);
    expect(bad.body.error.message).toContain("Ligne 3");
    expect((await call("GET", `/api/campaigns/${id}`)).status).toBe(404);
    const english = await call(
      "POST",
      "/api/campaigns",
      {
        id,
        name: "Swimming pool",
        approach: "thematic",
        services: ["Pool"],
        makeup: [
          { match: { category: "A" }, count: 2 },
          { match: { sex: "x" }, count: 1 },
        ],
      },
      "en-GB",
    );
    expect(english.status).toBe(422);
    expect(english.body.error.message).toContain("3");
    expect((await call("GET", `/api/campaigns/${id}`)).status).toBe(404);
  });

  it("stores the campaign and its make-up together, and a retry with the same id gives the same campaign", async () => {
    const id = "6a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d";
    const body = {
      id,
      name: "Piscine municipale",
      approach: "thematic",
      services: ["Piscine"],
      workshop1: "2027-03-02",
      workshop2: "2027-03-09",
      panelSize: 8,
      makeupCsv: "category;count\nA;3\nB;5\nC;12\n",
    };
    const before = (await call("GET", "/api/campaigns")).body.campaigns.length as number;
    const [a, b] = await Promise.all([call("POST", "/api/campaigns", body), call("POST", "/api/campaigns", body)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.campaign.id).toBe(id);
    expect(b.body.campaign.id).toBe(id);
    expect(a.body.warnings[0].code).toBe("spacing.tooClose");
    expect(a.body.makeup).toHaveLength(3);
    expect((await call("GET", "/api/campaigns")).body.campaigns.length).toBe(before + 1);
    const read = await call("GET", `/api/campaigns/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.canEdit).toBe(true);
    expect(read.body.campaign).toMatchObject({ id, name: "Piscine municipale", panelSize: 8 });
    expect(read.body.campaign.workshops[2].plannedAt).toBe("2027-03-09T08:00:00.000Z");
    expect(read.body.makeup).toEqual([
      { match: { category: "A" }, count: 3 },
      { match: { category: "B" }, count: 5 },
      { match: { category: "C" }, count: 12 },
    ]);
    expect(read.body.warnings[0].code).toBe("spacing.tooClose");
    const list = await call("GET", "/api/campaigns");
    expect(list.body.campaigns.find((c: { id: string }) => c.id === id).canEdit).toBe(true);
  });

  it("shows a non-coordinator a read-only campaign without its make-up, and refuses their changes", async () => {
    // A campaign someone else starts in their own tab.
    const created = await new TabSession(server.url, "someone-else").post("/api/campaigns", {
      name: "Médiathèque Nord",
      approach: "thematic",
      services: ["Médiathèque"],
      makeupCsv: "category;count\nA;3\n",
    });
    expect(created.status).toBe(201);
    const other = { id: created.body.campaign.id as string };
    const read = await call("GET", `/api/campaigns/${other.id}`, undefined, "en-GB");
    expect(read.status).toBe(200);
    expect(read.body.canEdit).toBe(false);
    expect(read.body.makeup).toBeUndefined();
    expect(read.body.campaign.coordinatorIds).toBeUndefined();
    const list = await call("GET", "/api/campaigns");
    expect(list.body.campaigns.find((c: { id: string }) => c.id === other.id).canEdit).toBe(false);
    const patch = await call("PATCH", `/api/campaigns/${other.id}`, { workshop1: "2027-04-01" }, "en-GB");
    expect(patch.status).toBe(403);
    expect(patch.body.error.code).toBe("campaign.forbidden");
    const missing = await call("GET", "/api/campaigns/no-such-campaign", undefined, "en-GB");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("campaign.notFound");
  });
});
