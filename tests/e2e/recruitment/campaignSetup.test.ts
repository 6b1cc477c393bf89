import { expectValidCard } from "../../support/cardValidator";
import { answeredCard, answeredMessage, executeInvoke } from "../../support/recruitmentActivities";
import { channelMessage, user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

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

  async function openForm(locale = "fr-FR") {
    const message = channelMessage({ serviceUrl: server.connector.url, from: coordinator, text: "nouvelle campagne", locale });
    await server.postActivity(message);
    const sent = server.connector.sentTo(message.conversation.id);
    const card = sent[sent.length - 1]!.activity.attachments?.[0]?.content as { actions: { verb: string; data: { formId: string } }[] };
    return { formId: card.actions[0]!.data.formId, json: JSON.stringify(card) };
  }

  function submit(formId: string, data: Record<string, unknown>, from = coordinator, locale = "fr-FR") {
    return server.postActivity(executeInvoke({ serviceUrl: server.connector.url, from, verb: "recruitment.createCampaign", data: { formId, ...data }, locale }));
  }

  it("answers « nouvelle campagne » with a form, then a valid submit stores the campaign with the caller as coordinator", async () => {
    const { formId, json } = await openForm();
    expect(json).toContain("Nouvelle campagne");
    expect(json).toContain("Input.Date");
    const res = await submit(formId, { name: "Service funéraire — 2027", approach: "thematic", services: "Service funéraire", workshop1: "2027-03-02", workshop2: "2027-03-23", panelSize: "8" });
    expect(res.status).toBe(200);
    const { json: summary, card } = answeredCard(res.body);
    expectValidCard(card);
    expect(summary).toContain("Campagne créée");
    expect(summary).not.toContain("Attention");
    const stored = await server.app.repos.campaigns.get(formId);
    expect(stored?.value).toMatchObject({ name: "Service funéraire — 2027", approach: "thematic", services: ["Service funéraire"], coordinatorIds: [coordinator.aadObjectId], panelSize: 8, state: "draft" });
    expect(stored?.value.workshops[2].plannedAt).toBe("2027-03-23T08:00:00.000Z");
  });

  it("shows the spacing rule as a warning without refusing the campaign", async () => {
    const { formId } = await openForm();
    const res = await submit(formId, { name: "Maison de Hautepierre", approach: "territorial", services: "Centre de santé, Mairie de quartier", site: "Maison de Hautepierre", workshop1: "2027-03-02", workshop2: "2027-03-09" });
    const { json } = answeredCard(res.body);
    expect(json).toContain("7 jours seulement");
    expect((await server.app.repos.campaigns.get(formId))?.value.site).toBe("Maison de Hautepierre");
  });

  it("stores one campaign when the same submit arrives twice (double click, Teams resend)", async () => {
    const { formId } = await openForm();
    const data = { name: "Médiathèque", approach: "thematic", services: "Médiathèque" };
    const before = (await server.app.repos.campaigns.list()).length;
    const [a, b] = await Promise.all([submit(formId, data), submit(formId, data)]);
    expect(answeredCard(a.body).json).toContain("Médiathèque");
    expect(answeredCard(b.body).json).toContain("Médiathèque");
    expect((await server.app.repos.campaigns.list()).length).toBe(before + 1);
  });

  it("gives the form back with a localised error and stores nothing when a rule is broken", async () => {
    const { formId } = await openForm("en-US");
    const res = await submit(formId, { name: "Funeral", approach: "thematic", services: "A, B" }, coordinator, "en-US");
    const { json, card } = answeredCard(res.body);
    expectValidCard(card);
    expect(json).toContain("A thematic approach covers a single service");
    expect(json).toContain("New « Vivre ensemble » campaign");
    expect(await server.app.repos.campaigns.get(formId)).toBeUndefined();
    const badDate = await submit(formId, { name: "Funeral service", approach: "thematic", services: "A", workshop1: "2027-02-30" }, coordinator, "en-US");
    expect(answeredCard(badDate.body).json).toContain("The date « 2027-02-30 » is not valid");
    expect(await server.app.repos.campaigns.get(formId)).toBeUndefined();
  });

  it("refuses a second person resubmitting someone else's form: only coordinators change a campaign", async () => {
    const { formId } = await openForm();
    await submit(formId, { name: "Piscine", approach: "thematic", services: "Piscine" });
    const res = await submit(formId, { name: "Piscine bis", approach: "thematic", services: "Piscine" }, other);
    expect(answeredMessage(res.body)).toContain("Seules les personnes qui coordonnent");
    expect((await server.app.repos.campaigns.get(formId))?.value.name).toBe("Piscine");
  });
});
