import { expectValidCard } from "../../support/cardValidator";
import { eventually } from "../../support/eventually";
import { answeredCard, answeredMessage, executeInvoke } from "../../support/recruitmentActivities";
import { publicCall, TabSession } from "../../support/tabApi";
import { channelMessage, user, type TeamsUser } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import { translate } from "../../../bot/src/i18n/translate";

interface Side {
  seats: number;
  asked: { id: string; name: string; answer?: string }[];
  proposedIds: string[];
  gaps: unknown[];
}
interface MixedBody {
  opened: boolean;
  canConfirm: boolean;
  agents: Side;
  usagers: Side;
  confirmed?: { agentIds: string[]; usagerIds: string[] };
}

/**
 * Workshop 3: the agent panel asked 1:1, accepted usagers on their link, a half-and-half proposal.
 * The campaign is created in Teams; the coordinator then uses the tab as themselves (local mode: the
 * identity cookie carries their Entra object id), usagers answer on their public links.
 */
describe("mixed panel (workshop 3)", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");
  const agents = [user(31, "Agent Un"), user(32, "Agente Deux"), user(33, "Agent Trois"), user(34, "Agente Quatre")];
  const outsider = user(39, "Pas au panel");
  const someoneElse = user(900, "Dominique Autre");
  const campaignId = "5f0c2a5e-1d1b-4c53-9b0e-0000000000a3";
  let thread: string;
  let controlsId: string;
  const tokens: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: coordinator,
        verb: "recruitment.createCampaign",
        data: {
          formId: campaignId,
          name: "Service funéraire",
          approach: "thematic",
          services: "Service funéraire",
          panelSize: "4",
        },
        locale: "fr-FR",
      }),
    );
    const message = channelMessage({
      serviceUrl: server.connector.url,
      from: coordinator,
      text: "inviter",
      locale: "fr-FR",
    });
    await server.postActivity(message);
    thread = message.conversation.id;
    controlsId = server.connector.sentTo(thread)[1]!.id;
    const profiles = [
      { ageBand: "under30", sex: "female", category: "C", staffKind: "technical" },
      { ageBand: "30to44", sex: "male", category: "B", staffKind: "administrative" },
      { ageBand: "45to54", sex: "female", category: "A", staffKind: "technical" },
      { ageBand: "55plus", sex: "male", category: "C", staffKind: "administrative" },
    ];
    for (const [i, agent] of agents.entries()) {
      const res = await server.postActivity(
        executeInvoke({
          serviceUrl: server.connector.url,
          from: agent,
          verb: "recruitment.saveProfile",
          data: { campaignId, ...profiles[i], consent: "true" },
          locale: "fr-FR",
          conversationId: thread,
        }),
      );
      expect(res.status).toBe(200);
    }
    expect(
      (
        await call("POST", `/api/campaigns/${campaignId}/panel/confirm`, {
          selectedIds: agents.map((a) => a.aadObjectId),
        })
      ).status,
    ).toBe(200);
    const usagers = [
      { kind: "individual", ageBand: "under30", sex: "female", frequency: "regular" },
      { kind: "individual", ageBand: "55plus", sex: "male", frequency: "occasional" },
      { kind: "business", ageBand: "45to54", sex: "female", frequency: "regular" },
      { kind: "association", ageBand: "30to44", sex: "male", frequency: "firstTime" },
    ];
    for (const [i, profile] of usagers.entries()) {
      const link = (await call("POST", `/api/campaigns/${campaignId}/usagers`, { name: `Usager ${i + 1}` })).body
        .link as string;
      const token = link.split("/confirm/")[1]!;
      expect(
        (await call("POST", `/api/confirm/${token}`, { answer: "accept", ...profile, consent: true })).status,
      ).toBe(200);
      tokens.push(token);
    }
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  /** The coordinator in the tab; an usager's phone for the public confirmation pages (no identity). */
  async function call(method: "GET" | "POST", path: string, body?: unknown, locale = "fr-FR") {
    if (path.startsWith("/api/confirm/")) return publicCall(server.url, method, path, body, locale);
    return new TabSession(server.url, coordinator.aadObjectId, locale).call(method, path, body);
  }
  /** A campaign someone else coordinates, created in their tab. */
  async function othersCampaign(name: string): Promise<string> {
    const created = await new TabSession(server.url, someoneElse.aadObjectId).post("/api/campaigns", {
      name,
      approach: "thematic",
      services: [name],
    });
    expect(created.status).toBe(201);
    return created.body.campaign.id as string;
  }
  function answerInvoke(from: TeamsUser, answer: string, id?: string) {
    return executeInvoke({
      serviceUrl: server.connector.url,
      from,
      verb: "recruitment.mixedAnswer",
      data: { campaignId, answer },
      locale: "fr-FR",
      where: "personal",
      ...(id ? { id } : {}),
    });
  }
  const mixedCards = () =>
    server.connector.activities.filter(
      (a) =>
        a.method === "POST" &&
        a.conversationId.startsWith("a:personal-") &&
        JSON.stringify(a.activity).includes("recruitment.mixedAnswer"),
    );

  it("does not ask usagers before the coordinator opens workshop 3", async () => {
    const early = await call("POST", `/api/confirm/${tokens[0]!}/mixed`, { answer: "yes" });
    expect(early.status).toBe(422);
    expect((early.body.error as { code: string }).code).toBe("recruitment.mixedNotAsked");
    expect((await call("GET", `/api/confirm/${tokens[0]!}`)).body.mixed).toBeUndefined();
    const confirm = await call("POST", `/api/campaigns/${campaignId}/mixed/confirm`, { agentIds: [], usagerIds: [] });
    expect(confirm.status).toBe(422);
    expect((confirm.body.error as { code: string }).code).toBe("recruitment.mixedNotOpened");
  });

  it("refuses to open workshop 3 before the agent panel is confirmed", async () => {
    // A second campaign the same coordinator starts in the tab: nobody has volunteered yet.
    const created = await call("POST", "/api/campaigns", {
      name: "Piscine municipale",
      approach: "thematic",
      services: ["Piscine municipale"],
    });
    expect(created.status).toBe(201);
    const res = await call(
      "POST",
      `/api/campaigns/${created.body.campaign.id as string}/mixed/open`,
      undefined,
      "en-GB",
    );
    expect(res.status).toBe(422);
    expect((res.body.error as { code: string }).code).toBe("recruitment.noAgentPanel");
  });

  it("refuses the « Atelier 3 » button to someone who does not coordinate", async () => {
    const res = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: outsider,
        verb: "recruitment.openMixed",
        data: { campaignId },
        locale: "fr-FR",
        replyToId: controlsId,
        conversationId: thread,
      }),
    );
    expect(answeredMessage(res.body)).toContain("Seules les personnes qui coordonnent");
    // Nothing opened: the coordinator's workshop 3 view still shows it closed, nothing confirmed.
    const view = (await call("GET", `/api/campaigns/${campaignId}/mixed`)).body as unknown as MixedBody;
    expect(view.opened).toBe(false);
    expect(view.confirmed).toBeUndefined();
  });

  it("sends each agent of the panel one 1:1 card when the coordinator opens workshop 3, even if opened again", async () => {
    const res = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: coordinator,
        verb: "recruitment.openMixed",
        data: { campaignId },
        locale: "fr-FR",
        replyToId: controlsId,
        conversationId: thread,
      }),
    );
    expect(answeredMessage(res.body)).toContain("4 agent(s) sollicité(s)");
    await server.connector.waitFor(() => mixedCards().length >= agents.length, 10_000);
    const again = await call("POST", `/api/campaigns/${campaignId}/mixed/open`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ queued: 0, agents: 4, usagers: 4, notified: true });
    // Nothing left pending in the outbox: a second card, if one had been queued, would have gone out.
    await eventually(async () => {
      const jobs = (await call("GET", `/api/campaigns/${campaignId}/outbox`)).body.jobs as {
        counts: { pending: number };
      }[];
      return jobs.length > 0 && jobs.every((j) => j.counts.pending === 0);
    });
    expect(new Set(mixedCards().map((a) => a.conversationId)).size).toBe(agents.length);
    expect(mixedCards()).toHaveLength(agents.length);
    const card = mixedCards()[0]!.activity.attachments![0]!.content;
    expectValidCard(card as never);
    expect(JSON.stringify(card)).toContain(translate("fr", "recruitment.mixed.cardTitle"));
  });

  it("records agents' answers from the card, once even when Teams resends the invoke, and refuses agents not on the panel", async () => {
    const resent = answerInvoke(agents[0]!, "yes", "mixed-resent-1");
    const [a, b] = await Promise.all([server.postActivity(resent), server.postActivity(resent)]);
    for (const r of [a, b]) {
      const { json, card } = answeredCard(r.body);
      expectValidCard(card);
      expect(json).toContain("vous êtes volontaire pour l'atelier 3");
    }
    for (const agent of agents.slice(1, 3)) answeredCard((await server.postActivity(answerInvoke(agent, "yes"))).body);
    // A change of mind replaces the first answer.
    answeredCard((await server.postActivity(answerInvoke(agents[3]!, "yes"))).body);
    expect(answeredCard((await server.postActivity(answerInvoke(agents[3]!, "no"))).body).json).toContain(
      "vous ne participerez pas",
    );
    expect(answeredMessage((await server.postActivity(answerInvoke(outsider, "yes"))).body)).toContain(
      "membres du panel des agents",
    );
    const answers = await call("GET", `/api/campaigns/${campaignId}/mixed`);
    const asked = (answers.body as unknown as MixedBody).agents.asked;
    expect(
      asked
        .filter((x) => x.answer === "yes")
        .map((x) => x.id)
        .sort(),
    ).toEqual(
      agents
        .slice(0, 3)
        .map((x) => x.aadObjectId)
        .sort(),
    );
    expect(asked.find((x) => x.id === agents[3]!.aadObjectId)?.answer).toBe("no");
  });

  it("lets accepted usagers answer on their own link, idempotently, in their language", async () => {
    const view = await call("GET", `/api/confirm/${tokens[0]!}`);
    expect(view.body.mixed).toEqual({ closed: false });
    for (const token of tokens.slice(0, 3))
      expect((await call("POST", `/api/confirm/${token}/mixed`, { answer: "yes" })).status).toBe(200);
    const twice = await call("POST", `/api/confirm/${tokens[0]!}/mixed`, { answer: "yes" });
    expect(twice.body.mixed).toEqual({ answer: "yes", closed: false });
    expect((await call("POST", `/api/confirm/${tokens[3]!}/mixed`, { answer: "no" })).body.mixed).toEqual({
      answer: "no",
      closed: false,
    });
    expect((await call("POST", `/api/confirm/${tokens[3]!}/mixed`, { answer: "maybe" })).status).toBe(400);
  });

  it("proposes half agents and half usagers among those who said yes, names gaps, and stores the coordinator's confirmation", async () => {
    const res = await call("GET", `/api/campaigns/${campaignId}/mixed`);
    expect(res.status).toBe(200);
    const view = res.body as unknown as MixedBody;
    expect(view).toMatchObject({ opened: true, canConfirm: true });
    expect(view.agents.seats).toBe(2);
    expect(view.usagers.seats).toBe(2);
    expect(view.agents.proposedIds).toHaveLength(2);
    expect(view.usagers.proposedIds).toHaveLength(2);
    const yesAgents = new Set(agents.slice(0, 3).map((a) => a.aadObjectId));
    expect(view.agents.proposedIds.every((id) => yesAgents.has(id))).toBe(true);
    const yesUsagers = new Set(view.usagers.asked.filter((u) => u.answer === "yes").map((u) => u.id));
    expect(yesUsagers.size).toBe(3);
    expect(view.usagers.proposedIds.every((id) => yesUsagers.has(id))).toBe(true);
    expect(Array.isArray(view.agents.gaps)).toBe(true);
    // Deterministic: the same answers give the same proposal.
    expect(
      ((await call("GET", `/api/campaigns/${campaignId}/mixed`)).body as unknown as MixedBody).agents.proposedIds,
    ).toEqual(view.agents.proposedIds);

    const refused = await call(
      "POST",
      `/api/campaigns/${campaignId}/mixed/confirm`,
      { agentIds: [agents[3]!.aadObjectId], usagerIds: [] },
      "en-GB",
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: "recruitment.unknownMember",
      params: { id: agents[3]!.aadObjectId },
    });

    const body = { agentIds: view.agents.proposedIds, usagerIds: view.usagers.proposedIds };
    const first = await call("POST", `/api/campaigns/${campaignId}/mixed/confirm`, body);
    const second = await call("POST", `/api/campaigns/${campaignId}/mixed/confirm`, body);
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    // The confirmation is kept: the coordinator's view shows it (sorted ids, when it was made) from now on.
    const confirmed = ((await call("GET", `/api/campaigns/${campaignId}/mixed`)).body as unknown as MixedBody)
      .confirmed as { agentIds: string[]; usagerIds: string[]; at?: string } | undefined;
    expect(confirmed).toEqual({
      agentIds: [...view.agents.proposedIds].sort(),
      usagerIds: [...view.usagers.proposedIds].sort(),
      at: expect.any(String),
    });
    expect(Number.isNaN(Date.parse(confirmed!.at!))).toBe(false);
    // Once settled, late answers are turned away politely.
    expect(answeredMessage((await server.postActivity(answerInvoke(agents[2]!, "no"))).body)).toContain(
      "déjà constitué",
    );
    expect((await call("POST", `/api/confirm/${tokens[1]!}/mixed`, { answer: "no" })).status).toBe(422);
  });

  it("lets a manager see the proposal but only a coordinator confirm or open it (403)", async () => {
    // Someone else's campaign, where they name the coordinator of this file a manager in their tab.
    const managed = { id: await othersCampaign("Médiathèque Nord") };
    const named = await new TabSession(server.url, someoneElse.aadObjectId).post(`/api/campaigns/${managed.id}/roles`, {
      person: coordinator.aadObjectId,
      name: coordinator.name,
      role: "manager",
    });
    expect(named.status).toBe(200);
    const seen = await call("GET", `/api/campaigns/${managed.id}/mixed`);
    expect(seen.status).toBe(200);
    expect((seen.body as unknown as MixedBody).canConfirm).toBe(false);
    const confirm = await call(
      "POST",
      `/api/campaigns/${managed.id}/mixed/confirm`,
      { agentIds: [], usagerIds: [] },
      "en-GB",
    );
    expect(confirm.status).toBe(403);
    expect((confirm.body.error as { code: string }).code).toBe("campaign.forbidden");
    expect((await call("POST", `/api/campaigns/${managed.id}/mixed/open`)).status).toBe(403);
    const stranger = { id: await othersCampaign("Centre nautique") };
    expect((await call("GET", `/api/campaigns/${stranger.id}/mixed`)).status).toBe(403);
    expect((await call("GET", `/api/campaigns/nope/mixed`)).status).toBe(404);
  });
});
