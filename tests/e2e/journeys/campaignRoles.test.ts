import { translate } from "../../../bot/src/i18n/translate";
import { answeredCard, answeredMessage, executeInvoke } from "../../support/recruitmentActivities";
import { TabSession } from "../../support/tabApi";
import { channelMessage, TEAM_ID, user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

/**
 * Roles, the roster picker, the people list and the campaign's Teams cards, through the doors a
 * person has: Teams activities to /api/messages, and the tab's API with the local identity cookie.
 */
describe("campaign roles and steps, as Teams and the tab call them", () => {
  let server: TestServer;
  const coordinator = user(1, "Camille Coordinatrice");
  const manager = user(2, "Marie Responsable");
  const colleague = user(3, "Paul Collègue");
  const outsider = user(9, "Olivier Extérieur");
  let campaignId: string;
  let tab: TabSession;

  beforeAll(async () => {
    server = await startTestServer();
    server.connector.members.set(
      TEAM_ID,
      [coordinator, manager, colleague, ...Array.from({ length: 30 }, (_, i) => user(100 + i, `Agent ${i}`))].map(
        (m) => ({ id: m.id, name: m.name, aadObjectId: m.aadObjectId }),
      ),
    );
    const opened = channelMessage({ serviceUrl: server.connector.url, from: coordinator, text: "nouvelle campagne" });
    await server.postActivity(opened);
    const form = server.connector.sentTo(opened.conversation.id).at(-1)!.activity.attachments?.[0]?.content as {
      actions: { data: { formId: string } }[];
    };
    campaignId = form.actions[0]!.data.formId;
    const created = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: coordinator,
        verb: "recruitment.createCampaign",
        data: {
          formId: campaignId,
          name: "Médiathèque — 2027",
          approach: "thematic",
          services: "Médiathèque",
          workshop1: "2027-03-02",
          workshop2: "2027-03-09",
        },
      }),
    );
    expect(created.status).toBe(200);
    tab = new TabSession(server.url, coordinator.aadObjectId);
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  const invoke = (from: typeof coordinator, verb: string, data: Record<string, unknown>) =>
    server.postActivity(executeInvoke({ serviceUrl: server.connector.url, from, verb, data }));

  it("shows the steps with what blocks the next one, and warns of the spacing rule", async () => {
    const progress = await tab.get(`/api/campaigns/${campaignId}/progress`);
    expect(progress.status).toBe(200);
    expect(progress.body.campaign.state).toBe("draft");
    expect(progress.body.steps.find((s: { status: string }) => s.status === "current").state).toBe("draft");
    expect(progress.body.warnings.map((w: { code: string }) => w.code)).toEqual(["spacing.tooClose"]);
    expect(progress.body.can).toEqual({ move: true, manageRoles: true, edit: true });
    // A reader sees the same steps, without the right to move.
    const reader = await new TabSession(server.url, outsider.aadObjectId).get(`/api/campaigns/${campaignId}/progress`);
    expect(reader.body.can).toEqual({ move: false, manageRoles: false, edit: false });
  });

  it("moves from the Teams steps card, once, and refuses a blocked move with its reasons", async () => {
    const said = channelMessage({ serviceUrl: server.connector.url, from: coordinator, text: "étapes" });
    await server.postActivity(said);
    const card = server.connector.sentTo(said.conversation.id).at(-1)!.activity.attachments?.[0]?.content as {
      actions: { verb?: string; data?: Record<string, unknown> }[];
    };
    const move = card.actions.find((a) => a.verb === "campaign.move")!;
    expect(move.data).toMatchObject({ campaignId, from: "draft", to: "recruitingAgents" });
    const first = answeredCard((await invoke(coordinator, "campaign.move", move.data!)).body);
    expect(first.json).toContain(
      translate("fr", "campaign.steps.moved", { state: translate("fr", "state.recruitingAgents") }),
    );
    const again = answeredCard((await invoke(coordinator, "campaign.move", move.data!)).body);
    expect(again.card.actions?.some((a) => a.verb === "campaign.move")).toBe(false); // workshop 1 is blocked: no button
    const history = (await tab.get(`/api/campaigns/${campaignId}/progress`)).body.history as {
      kind: string;
      byName: string;
      to: string;
    }[];
    expect(history.filter((h) => h.kind === "move")).toEqual([
      expect.objectContaining({ to: "recruitingAgents", byName: "Camille Coordinatrice" }),
    ]);

    const blocked = await tab.post(`/api/campaigns/${campaignId}/moves`, { from: "recruitingAgents", to: "workshop1" });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe("campaign.moveBlocked");
    expect(blocked.body.error.causes).toEqual([
      { code: "campaign.agentPanelNotConfirmed", message: translate("fr", "domain.campaign.agentPanelNotConfirmed") },
    ]);
    const stale = await tab.post(`/api/campaigns/${campaignId}/moves`, { from: "draft", to: "recruitingAgents" });
    expect(stale.status).toBe(200); // the same move again: already done, nothing added
    expect(
      (await tab.get(`/api/campaigns/${campaignId}/progress`)).body.history.filter(
        (h: { kind: string }) => h.kind === "move",
      ),
    ).toHaveLength(1);
    const skip = await tab.post(`/api/campaigns/${campaignId}/moves`, { from: "recruitingAgents", to: "workshop3" });
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe("campaign.invalidTransition");
    const bad = await tab.post(`/api/campaigns/${campaignId}/moves`, { from: "recruitingAgents", to: "somewhere" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalidBody");
    expect(bad.body.error.message).toBe(translate("fr", "campaign.api.invalidBody", bad.body.error.params));
    expect(bad.body.error.params.details).toContain("to");
    const forbidden = await new TabSession(server.url, outsider.aadObjectId).post(
      `/api/campaigns/${campaignId}/moves`,
      { from: "recruitingAgents", to: "closed" },
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe("campaign.forbidden");
  });

  it("reads the team's roster for the picker and names a manager from it", async () => {
    const never = await tab.get(`/api/campaigns/${campaignId}/roster?q=mar`);
    expect(never.body.readAt).toBeUndefined();
    const read = await tab.get(`/api/campaigns/${campaignId}/roster?refresh=1&q=marie`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect(read.body.members).toEqual([{ id: manager.aadObjectId, name: "Marie Responsable" }]);
    const many = await tab.get(`/api/campaigns/${campaignId}/roster?q=agent`);
    expect(many.body.members).toHaveLength(20);
    expect(many.body.truncated).toBe(true);

    const named = await tab.post(`/api/campaigns/${campaignId}/roles`, {
      person: manager.aadObjectId,
      name: "Marie Responsable",
      role: "manager",
    });
    expect(named.status).toBe(200);
    expect(named.body.staff).toEqual(
      expect.arrayContaining([
        { id: coordinator.aadObjectId, name: "Camille Coordinatrice", role: "coordinator" },
        { id: manager.aadObjectId, name: "Marie Responsable", role: "manager" },
      ]),
    );
    // The manager is not a coordinator: no moves, no roles.
    const asManager = new TabSession(server.url, manager.aadObjectId);
    expect(
      (
        await asManager.post(`/api/campaigns/${campaignId}/roles`, {
          person: colleague.aadObjectId,
          name: "x",
          role: "reader",
        })
      ).status,
    ).toBe(403);
    expect((await asManager.get(`/api/campaigns/${campaignId}/people`)).status).toBe(403);
  });

  it("names a co-coordinator from the Teams roles card, and never removes the last coordinator", async () => {
    const rolesCard = answeredCard((await invoke(coordinator, "campaign.roles", { campaignId })).body);
    expect(rolesCard.json).toContain("Paul Collègue");
    const assigned = answeredCard(
      (
        await invoke(coordinator, "campaign.role.assign", {
          campaignId,
          rolePerson: colleague.aadObjectId,
          roleChoice: "coordinator",
        })
      ).body,
    );
    expect(assigned.json).toContain(translate("fr", "campaign.roles.saved"));
    const lastOne = new TabSession(server.url, colleague.aadObjectId);
    expect((await lastOne.call("DELETE", `/api/campaigns/${campaignId}/roles/${coordinator.aadObjectId}`)).status).toBe(
      200,
    );
    const refused = await lastOne.call("DELETE", `/api/campaigns/${campaignId}/roles/${colleague.aadObjectId}`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("campaign.lastCoordinator");
    // Camille is no coordinator any more: her card click is refused in words, not with an error.
    const notAllowed = answeredMessage(
      (
        await invoke(coordinator, "campaign.role.assign", {
          campaignId,
          rolePerson: coordinator.aadObjectId,
          roleChoice: "coordinator",
        })
      ).body,
    );
    expect(notAllowed).toBe(translate("fr", "domain.campaign.forbidden"));
    // Paul gives the coordination back to Camille; the history tells who did what.
    expect(
      (
        await lastOne.post(`/api/campaigns/${campaignId}/roles`, {
          person: coordinator.aadObjectId,
          name: "Camille Coordinatrice",
          role: "coordinator",
        })
      ).status,
    ).toBe(200);
    const history = (await lastOne.get(`/api/campaigns/${campaignId}/progress`)).body.history as {
      kind: string;
      byName: string;
      personName?: string;
    }[];
    expect(history[0]).toMatchObject({
      kind: "roleAdded",
      byName: "Paul Collègue",
      personName: "Camille Coordinatrice",
    });
  });

  it("lists everyone the campaign involves for its coordinators", async () => {
    const people = await tab.get(`/api/campaigns/${campaignId}/people`);
    expect(people.status).toBe(200);
    expect(people.body.people.map((p: { name: string; kind: string }) => [p.name, p.kind])).toEqual(
      expect.arrayContaining([
        ["Camille Coordinatrice", "staff"],
        ["Marie Responsable", "staff"],
      ]),
    );
    expect(people.body.can).toEqual({ manageRoles: true, exportAndErase: true });
  });

  it("answers « étapes » with a message when the caller runs no campaign", async () => {
    const said = channelMessage({ serviceUrl: server.connector.url, from: outsider, text: "steps" });
    await server.postActivity(said);
    const last = server.connector.sentTo(said.conversation.id).at(-1)!.activity;
    expect(last.text).toBe(translate("fr", "campaign.steps.none"));
    expect(answeredMessage((await invoke(outsider, "campaign.move", { campaignId: "nope" })).body)).toBe(
      translate("fr", "card.unknownAction"),
    );
  });
});
