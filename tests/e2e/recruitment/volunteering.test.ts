import { expectValidCard } from "../../support/cardValidator";
import { answeredCard, answeredMessage, executeInvoke } from "../../support/recruitmentActivities";
import { TabSession, type Json } from "../../support/tabApi";
import { channelMessage, user, type TeamsUser } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

describe("inviting and volunteering (HTTP, as Teams calls it)", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");
  const agent = user(21, "Julien Roth");
  const outsider = user(22, "Nadia Benali");
  let campaignId: string;
  let invitationId: string;
  let thread: string;
  /** The coordinator in the tab: the campaign and its volunteers are read as its pages read them. */
  let tab: TabSession;

  beforeAll(async () => {
    server = await startTestServer();
    tab = new TabSession(server.url, coordinator.aadObjectId);
    // Created from the team's channel, as a coordinator would: `inviter` there then means this campaign.
    campaignId = "5f0c2a5e-1d1b-4c53-9b0e-000000000001";
    const res = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: coordinator,
        verb: "recruitment.createCampaign",
        data: {
          formId: campaignId,
          name: "Service funéraire",
          approach: "thematic",
          services: "Service funéraire",
          workshop1: "2027-03-02",
        },
        locale: "fr-FR",
      }),
    );
    expect(answeredCard(res.body).json).toContain("Campagne créée");
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  function invoke(from: TeamsUser, verb: string, data: Record<string, unknown> = {}, locale = "fr-FR") {
    return server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from,
        verb,
        data: { campaignId, ...data },
        locale,
        replyToId: invitationId,
        conversationId: thread,
      }),
    );
  }
  /** The recruitment page's view: the campaign's state and its active volunteers (names and profiles for the coordinator). */
  async function recruitment(): Promise<Json> {
    const res = await tab.get(`/api/campaigns/${campaignId}/recruitment`);
    expect(res.status).toBe(200);
    return res.body;
  }
  /** Everything the app stores about one person in the campaign, as the coordinator exports it (privacy page). */
  function personData(u: TeamsUser) {
    return tab.get(`/api/campaigns/${campaignId}/people/${u.aadObjectId}`);
  }
  const goodProfile = { ageBand: "30to44", sex: "female", category: "C", staffKind: "technical", consent: "true" };

  it("refuses « inviter » to someone who does not coordinate the campaign", async () => {
    const message = channelMessage({
      serviceUrl: server.connector.url,
      from: outsider,
      text: "inviter",
      locale: "fr-FR",
    });
    await server.postActivity(message);
    const sent = server.connector.sentTo(message.conversation.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.activity.text).toContain("Seules les personnes qui coordonnent");
    expect((await recruitment()).campaign.state).toBe("draft");
  });

  it("posts the invitation card in the channel for the coordinator and opens recruitment", async () => {
    const message = channelMessage({
      serviceUrl: server.connector.url,
      from: coordinator,
      text: "inviter",
      locale: "fr-FR",
    });
    await server.postActivity(message);
    const sent = server.connector.sentTo(message.conversation.id);
    expect(sent).toHaveLength(2);
    invitationId = sent[0]!.id;
    thread = message.conversation.id;
    const invitation = JSON.stringify(sent[0]!.activity.attachments?.[0]?.content);
    expect(invitation).toContain("Je me porte volontaire");
    expect(invitation).toContain("recruitment.volunteer");
    expect(JSON.stringify(sent[1]!.activity.attachments?.[0]?.content)).toContain("recruitment.inviteAll");
    expect((await recruitment()).campaign.state).toBe("recruitingAgents");
  });

  it("opens the profile form with the consent text when an agent volunteers", async () => {
    const res = await invoke(agent, "recruitment.volunteer");
    const { json, card } = answeredCard(res.body);
    expectValidCard(card);
    expect(json).toContain("Pourquoi ces questions");
    expect(json).toContain("je préfère ne pas le dire");
    expect(json).toContain("recruitment.saveProfile");
  });

  it("refuses bad values with a localised error card and stores nothing", async () => {
    const res = await invoke(agent, "recruitment.saveProfile", { ...goodProfile, ageBand: "42" });
    const { json, card } = answeredCard(res.body);
    expectValidCard(card);
    expect(json).toContain("Container");
    expect(json).toContain("attention");
    expect(json).not.toContain('ageBandInvalid"');
    expect((await recruitment()).volunteerCount).toBe(0);
    // Nothing at all is stored about the agent: the coordinator's export finds no one.
    const nothing = await personData(agent);
    expect(nothing.status).toBe(404);
    expect(nothing.body.error.code).toBe("privacy.notFound");
    const noConsent = await invoke(agent, "recruitment.saveProfile", { ...goodProfile, consent: "false" });
    expect(answeredCard(noConsent.body).json).toContain("Merci de cocher la case de consentement");
  });

  it("saves the profile once even when the click is sent twice at the same time, and shows the agent their own status", async () => {
    const [a, b] = await Promise.all([
      invoke(agent, "recruitment.saveProfile", goodProfile),
      invoke(agent, "recruitment.saveProfile", goodProfile),
    ]);
    for (const res of [a, b]) {
      const { json, card } = answeredCard(res.body);
      expectValidCard(card);
      expect(json).toContain("vous êtes volontaire");
      expect(json).toContain("catégorie C");
      expect(card.refresh?.userIds).toContain(agent.id);
    }
    const view = await recruitment();
    expect(view.volunteerCount).toBe(1);
    expect(view.volunteers).toEqual([expect.objectContaining({ id: agent.aadObjectId, name: agent.name })]);
    // One row per agent: the export shows it with the answers, which the withdrawal below must remove.
    const stored = await personData(agent);
    expect(stored.status).toBe(200);
    expect(stored.body.person.volunteer).toMatchObject({ status: "volunteered", profile: { ageBand: "30to44" } });
    // The shared card now refreshes the agent's own view automatically.
    const update = server.connector.activities.find((x) => x.method === "PUT" && x.targetActivityId === invitationId);
    expect(JSON.stringify(update?.activity.attachments?.[0]?.content)).toContain(agent.id);
  });

  it("lets the agent change answers, and the refresh shows the saved ones", async () => {
    const form = await invoke(agent, "recruitment.volunteer");
    expect(answeredCard(form.body).json).toContain('"value":"technical"');
    await invoke(agent, "recruitment.saveProfile", { ...goodProfile, category: "B" });
    const status = await invoke(agent, "recruitment.myStatus", {}, "en-US");
    expect(answeredCard(status.body).json).toContain("category B");
  });

  it("withdrawal deletes the answers and can be undone by volunteering again", async () => {
    const res = await invoke(agent, "recruitment.withdraw");
    const { json, card } = answeredCard(res.body);
    expectValidCard(card);
    expect(json).toContain("Vous vous êtes retiré·e");
    // The coordinator's export shows everything stored: one volunteer row, withdrawn, without the answers.
    const view = await recruitment();
    expect(view.volunteerCount).toBe(0);
    expect(view.volunteers).toEqual([]);
    const stored = await personData(agent);
    expect(stored.status).toBe(200);
    expect(stored.body.person.volunteer.status).toBe("withdrawn");
    expect(JSON.stringify(stored.body.person.volunteer)).not.toContain("ageBand");
    expect(JSON.stringify(stored.body)).not.toContain("30to44");
  });

  it("refuses the coordinator's controls to others", async () => {
    const res = await invoke(outsider, "recruitment.inviteAll", { formId: "abcdefgh-1234" });
    expect(answeredMessage(res.body)).toContain("Seules les personnes qui coordonnent");
  });

  it("lets an agent nominate an usager from a card and gives back the personal link to hand over", async () => {
    const form = await invoke(agent, "recruitment.nominateForm");
    expectValidCard(answeredCard(form.body).card);
    expect(answeredCard(form.body).json).toContain("Proposer un usager");
    const empty = await invoke(agent, "recruitment.nominateUsager", { name: "  " });
    expect(answeredCard(empty.body).json).toContain("Le formulaire est incomplet");
    const res = await invoke(agent, "recruitment.nominateUsager", {
      name: "M. [Roth](https://evil.example)",
      contact: "",
      kind: "individual",
      ageBand: "",
      frequency: "regular",
    });
    const { json, card } = answeredCard(res.body);
    expectValidCard(card);
    const link = /\/confirm\/([A-Za-z0-9_-]+)/.exec(json)?.[1];
    expect(link).toBeDefined();
    // The name typed by the agent stays text (a TextRun), never a markdown link.
    expect(JSON.stringify(card.body)).toContain(
      '"type":"TextRun","text":"Merci ! Donnez ce lien personnel à M. [Roth](https://evil.example)',
    );
    const view = await fetch(`${server.url}/api/confirm/${link}`).then(
      (r) => r.json() as Promise<{ status: string; hint: Record<string, string> }>,
    );
    expect(view).toMatchObject({ status: "nominated", hint: { kind: "individual", frequency: "regular" } });
  });
});
