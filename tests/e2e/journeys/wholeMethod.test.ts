import { translate } from "../../../bot/src/i18n/translate";
import { answeredCard, executeInvoke } from "../../support/recruitmentActivities";
import { personalChatId, personalExecute } from "../../support/posterActivities";
import { publicCall, TabSession, tokenOf, type Json } from "../../support/tabApi";
import { channelMessage, installPersonal, TEAM_ID, user, type TeamsUser } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import {
  allActions,
  findAction,
  JoinDevice,
  requestIdOf,
  stageState,
  textOf,
  voteDataFor,
  WorkshopHarness,
  type CardJson,
  type FoundAction,
} from "../../support/workshopHarness";

/**
 * The whole method, from an empty store to a roadmap in progress, only through the doors people
 * have: Teams activities on /api/messages, the tab's API as its pages call it (the local identity
 * cookie says who is calling), the usagers' public pages and the join page. Nothing is written to
 * storage by the test, and nothing is read from it: every check is on what a person would see.
 */
describe("the whole method through the doors people have", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");
  const volunteers = Array.from({ length: 10 }, (_, i) => user(200 + i, `Agent ${i}`));
  const manager = user(50, "Marc Manager");
  const reader = user(51, "Rita Lectrice");
  const dates = { workshop1: "2027-03-02", workshop2: "2027-03-23", workshop3: "2027-04-13" };

  let campaignId: string;
  let thread: string;
  let invitationId: string;
  let tab: TabSession;
  let panel: TeamsUser[];
  let mixedAgents: TeamsUser[];
  const usagers: { name: string; token: string; answer?: Record<string, string> }[] = [];

  beforeAll(async () => {
    server = await startTestServer({ env: { OUTBOX_POLL_MS: "50" } });
    tab = new TabSession(server.url, coordinator.aadObjectId);
    // The team as Teams knows it: the roster the people picker is fed from.
    server.connector.members.set(
      TEAM_ID,
      [coordinator, ...volunteers, manager, reader].map((u) => ({
        id: u.id,
        name: u.name,
        aadObjectId: u.aadObjectId,
      })),
    );
    // Everyone has the app in their 1:1 chat (installed by the organisation with the team's app).
    for (const u of [coordinator, ...volunteers])
      expect(
        (await server.postActivity(installPersonal({ serviceUrl: server.connector.url, from: u, locale: "fr-FR" })))
          .status,
      ).toBe(200);
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  const as = (u: TeamsUser) => new TabSession(server.url, u.aadObjectId);
  const path = (suffix = "") => `/api/campaigns/${encodeURIComponent(campaignId)}${suffix}`;
  const progress = async (session = tab) => {
    const res = await session.get(path("/progress"));
    expect(res.status).toBe(200);
    return res.body;
  };
  const forward = (view: Json) => (view.moves as Json[]).find((m) => m.kind === "forward")!;
  const move = (from: string, to: string, session = tab) => session.post(path("/moves"), { from, to });
  const movesInHistory = (view: Json) => (view.history as Json[]).filter((e) => e.kind === "move").reverse();

  function channelInvoke(from: TeamsUser, verb: string, data: Record<string, unknown>) {
    return server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from,
        verb,
        data: { campaignId, ...data },
        locale: "fr-FR",
        replyToId: invitationId,
        conversationId: thread,
      }),
    );
  }
  function lastCard(conversationId: string): CardJson {
    const cards = server.connector.cardsSentTo(conversationId);
    expect(cards.length).toBeGreaterThan(0);
    return cards[cards.length - 1] as CardJson;
  }
  function actionOf(card: unknown, verb: string, match: Record<string, unknown> = {}): FoundAction {
    const found = findAction(
      card,
      (a) => a.verb === verb && Object.entries(match).every(([k, v]) => a.data?.[k] === v),
    );
    if (!found) throw new Error(`no ${verb} ${JSON.stringify(match)} on ${JSON.stringify(card).slice(0, 500)}`);
    return found;
  }
  const cardOf = (body: unknown) => answeredCard(body).card as unknown as CardJson;
  /** The one card the bot answered a meeting message with. */
  function onlyCardAnswering(w: WorkshopHarness, messageId: string): CardJson {
    const replies = w.replies(messageId);
    expect(replies).toHaveLength(1);
    const card = replies[0]!.activity.attachments?.[0]?.content;
    expect(card).toBeDefined();
    return card as CardJson;
  }

  it("the coordinator creates the campaign from the team channel and invites the team", async () => {
    const ask = channelMessage({
      serviceUrl: server.connector.url,
      from: coordinator,
      text: "nouvelle campagne",
      locale: "fr-FR",
    });
    expect((await server.postActivity(ask)).status).toBe(200);
    const form = lastCard(ask.conversation.id);
    const submit = actionOf(form, "recruitment.createCampaign");
    campaignId = submit.data!["formId"] as string;
    expect(JSON.stringify(form)).toContain('"type":"Input.Date"');

    const created = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: coordinator,
        verb: "recruitment.createCampaign",
        data: {
          formId: campaignId,
          name: "Service funéraire — 2027",
          approach: "thematic",
          services: "Service funéraire",
          ...dates,
          panelSize: "8",
        },
        locale: "fr-FR",
        conversationId: ask.conversation.id,
      }),
    );
    expect(created.status).toBe(200);
    cardOf(created.body);

    const draft = await progress();
    expect(draft.campaign).toMatchObject({ id: campaignId, state: "draft", name: "Service funéraire — 2027" });
    expect(draft.can).toEqual({ move: true, manageRoles: true, edit: true });
    expect(draft.workshops.map((w: Json) => [w.number, w.plannedAt?.slice(0, 10), w.progress])).toEqual([
      [1, dates.workshop1, "notStarted"],
      [2, dates.workshop2, "notStarted"],
      [3, dates.workshop3, "notStarted"],
    ]);

    const invite = channelMessage({
      serviceUrl: server.connector.url,
      from: coordinator,
      text: "inviter",
      locale: "fr-FR",
    });
    await server.postActivity(invite);
    thread = invite.conversation.id;
    const sent = server.connector.sentTo(thread);
    invitationId = sent[0]!.id;
    actionOf(sent[0]!.activity.attachments?.[0]?.content, "recruitment.volunteer");
    expect((await progress()).campaign.state).toBe("recruitingAgents");
  });

  it("ten agents volunteer from the invitation; workshop 1 stays blocked until the coordinator confirms the proposed panel", async () => {
    const blocked = await move("recruitingAgents", "workshop1");
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe("campaign.moveBlocked");
    expect(blocked.body.error.causes).toEqual([
      { code: "campaign.agentPanelNotConfirmed", message: translate("fr", "domain.campaign.agentPanelNotConfirmed") },
    ]);

    const ages = ["under30", "30to44", "45to54", "55plus"];
    for (const [i, agent] of volunteers.entries()) {
      const form = cardOf((await channelInvoke(agent, "recruitment.volunteer", {})).body);
      actionOf(form, "recruitment.saveProfile");
      const profile = {
        ageBand: ages[i % 4]!,
        sex: i % 2 === 0 ? "female" : "male",
        category: ["A", "B", "C", "C"][i % 4]!,
        staffKind: i % 3 === 0 ? "administrative" : "technical",
        consent: "true",
      };
      const saved = cardOf((await channelInvoke(agent, "recruitment.saveProfile", profile)).body);
      // The agent's own view: their status, with the door to nominate usagers later.
      actionOf(saved, "recruitment.nominateForm");
    }

    const view = await tab.get(path("/recruitment"));
    expect(view.status).toBe(200);
    expect(view.body.canSelect).toBe(true);
    expect(view.body.volunteers).toHaveLength(10);
    const proposed: string[] = view.body.proposal.selectedIds;
    expect(proposed).toHaveLength(8);
    panel = proposed.map((id) => volunteers.find((v) => v.aadObjectId === id)!);

    const before = new Map(
      volunteers.map((v) => [v.aadObjectId, server.connector.cardsSentTo(personalChatId(v)).length]),
    );
    const confirmed = await tab.post(path("/panel/confirm"), { selectedIds: proposed });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ notified: true, queued: 10 });
    // Every volunteer hears the outcome in their 1:1 chat, selected or not.
    await server.connector.waitFor(
      () =>
        volunteers.every((v) => server.connector.cardsSentTo(personalChatId(v)).length > before.get(v.aadObjectId)!),
      10_000,
    );

    const ready = await progress();
    expect(forward(ready)).toEqual({ to: "workshop1", kind: "forward", blockers: [] });
    // Someone who does not coordinate sees the steps but may not move them.
    const agentView = await progress(as(panel[0]!));
    expect(agentView.can.move).toBe(false);
    const refused = await move("recruitingAgents", "workshop1", as(panel[0]!));
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("campaign.forbidden");
  });

  it("the coordinator moves to workshop 1 from the steps card in Teams; a resent move changes nothing", async () => {
    const ask = channelMessage({
      serviceUrl: server.connector.url,
      from: coordinator,
      text: "étapes",
      locale: "fr-FR",
    });
    await server.postActivity(ask);
    const steps = lastCard(ask.conversation.id);
    const button = actionOf(steps, "campaign.move", { from: "recruitingAgents", to: "workshop1" });
    const clicked = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: coordinator,
        verb: "campaign.move",
        data: button.data!,
        locale: "fr-FR",
        conversationId: ask.conversation.id,
        replyToId: server.connector.sentTo(ask.conversation.id).at(-1)!.id,
      }),
    );
    const after = cardOf(clicked.body);
    // Workshop 1 has not been held: the card shows no button for the next step yet.
    expect(allActions(after).filter((a) => a.verb === "campaign.move")).toEqual([]);
    expect((await progress()).campaign.state).toBe("workshop1");

    // The same click arriving again (Teams resends), then the page's stale button: one move only.
    const again = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: coordinator,
        verb: "campaign.move",
        data: button.data!,
        locale: "fr-FR",
        conversationId: ask.conversation.id,
      }),
    );
    cardOf(again.body);
    const resent = await move("recruitingAgents", "workshop1");
    expect(resent.status).toBe(200);
    expect(resent.body.campaign.state).toBe("workshop1");
    expect(movesInHistory(resent.body).filter((m: Json) => m.to === "workshop1")).toHaveLength(1);
  });

  it("runs workshop 1 in the meeting chat with the eight agents of the panel, merging duplicates", async () => {
    const w = new WorkshopHarness(server, campaignId, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const ideal = ["Respect", "respect", "Respect !", "Écoute", "Écoute", "Patience", "Patience", "Respect"];
    for (const [i, a] of panel.entries()) await contribute(w, a, "ideal", ideal[i]!);
    const stage = await stageState(server.url, campaignId, { as: coordinator.aadObjectId });
    const items = (stage.results as { items: { id: string; text: string }[] }).items;
    // Every agent's word is on the stage.
    expect(items.map((i) => i.text).sort()).toEqual([...ideal].sort());
    const respect = items.filter((i) => /respect/i.test(i.text)).map((i) => i.id);
    expect(respect).toHaveLength(4);
    const merged = await w.card(coordinator, "workshop.merge", {
      stepId: "ideal",
      keepId: respect[0],
      mergeIds: respect.slice(1).join(","),
    });
    expect(textOf(merged)).toContain("× 4");
    await w.command(coordinator, "next"); // chaotic
    await w.command(coordinator, "next"); // scale
    await w.command(coordinator, "openInput");
    for (const [i, a] of panel.entries()) {
      const card = await w.card(a, "workshop.refresh", { view: "participant" });
      await w.card(a, "workshop.scale", {
        value: String(4 + (i % 3)),
        comment: "",
        requestId: requestIdOf(card, "workshop.scale"),
      });
    }
    await w.command(coordinator, "reveal");
    const scale = await stageState(server.url, campaignId, { as: coordinator.aadObjectId });
    expect((scale.results as { summary: { histogram: number[] } }).summary.histogram.slice(4, 7)).toEqual([3, 3, 2]);
    await w.command(coordinator, "next"); // actions
    await w.command(coordinator, "openInput");
    await contribute(w, panel[0]!, "actions", "Prendre plus de temps pour accompagner l'usager", "agents");
    await contribute(w, panel[1]!, "actions", "Respecter le règlement", "usagers");
    await contribute(w, panel[2]!, "actions", "Plus de politesse", "both");
    // Not ended by the facilitator: the move on to recruiting usagers ends it.
    expect((await progress()).workshops[0].progress).toBe("running");
  });

  it("the move to recruiting usagers ends the running workshop 1; « atelier » then shows the steps, not the old card", async () => {
    const moved = await move("workshop1", "recruitingUsagers");
    expect(moved.status).toBe(200);
    expect(moved.body.campaign.state).toBe("recruitingUsagers");
    expect(moved.body.workshops[0].progress).toBe("ended");
    expect((await stageState(server.url, campaignId, { as: coordinator.aadObjectId, kind: 1 })).pointer).toMatchObject({
      phase: "ended",
    });

    const w = new WorkshopHarness(server, campaignId, 1);
    const answer = onlyCardAnswering(w, await w.say(coordinator, "atelier"));
    expect(allActions(answer).filter((a) => a.verb?.startsWith("workshop."))).toEqual([]);
    actionOf(answer, "campaign.roles", { campaignId });
    // The next step is named with what it still needs, in the same words as the campaign page.
    const next = forward(moved.body);
    expect(next.to).toBe("workshop2");
    expect(next.blockers.map((b: Json) => b.code)).toEqual(["campaign.usagerPanelNotConfirmed"]);
    for (const b of next.blockers) expect(textOf(answer)).toContain(b.message);
  });

  it("agents nominate usagers (from their card and from the tab), who answer on their personal link", async () => {
    const byCard = [
      { name: "Mme Klein", answer: { kind: "individual", ageBand: "55plus", sex: "female", frequency: "regular" } },
      { name: "M. Roth", answer: { kind: "business", ageBand: "30to44", sex: "male", frequency: "occasional" } },
      { name: "Asso du quartier" },
    ];
    for (const [i, u] of byCard.entries()) {
      const agent = panel[i]!;
      const form = cardOf((await channelInvoke(agent, "recruitment.nominateForm", {})).body);
      actionOf(form, "recruitment.nominateUsager");
      const linked = cardOf(
        (
          await channelInvoke(agent, "recruitment.nominateUsager", {
            name: u.name,
            contact: "",
            kind: "",
            ageBand: "",
            frequency: "",
          })
        ).body,
      );
      usagers.push({
        name: u.name,
        token: tokenOf(textOf(linked), "confirm"),
        ...(u.answer ? { answer: u.answer } : {}),
      });
    }
    const byTab = [
      { name: "Mme Meyer", answer: { kind: "individual", ageBand: "under30", sex: "female", frequency: "firstTime" } },
      { name: "M. Weber", answer: { kind: "association", ageBand: "45to54", sex: "male", frequency: "regular" } },
      {
        name: "Mme Schmitt",
        answer: { kind: "individual", ageBand: "30to44", sex: "female", frequency: "occasional" },
      },
    ];
    for (const [i, u] of byTab.entries()) {
      const res = await as(panel[3 + i]!).post(path("/usagers"), { name: u.name, contact: "06 00 00 00 0" + i });
      expect(res.status).toBe(201);
      usagers.push({ name: u.name, token: tokenOf(res.body.link, "confirm"), answer: u.answer });
    }

    for (const u of usagers) {
      const seen = await publicCall(server.url, "GET", `/api/confirm/${u.token}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ name: u.name, status: "nominated", campaignName: "Service funéraire — 2027" });
      const answered = await publicCall(
        server.url,
        "POST",
        `/api/confirm/${u.token}`,
        u.answer ? { answer: "accept", ...u.answer, consent: true } : { answer: "decline" },
      );
      expect(answered.status).toBe(200);
      expect(answered.body.status).toBe(u.answer ? "accepted" : "declined");
    }
  });

  it("the coordinator confirms the usager panel, each usager learns it on their link, and the campaign moves to workshop 2", async () => {
    const blocked = await move("recruitingUsagers", "workshop2");
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.causes.map((b: Json) => b.code)).toEqual(["campaign.usagerPanelNotConfirmed"]);

    const view = await tab.get(path("/usagers"));
    expect(view.body).toMatchObject({ canConfirm: true, acceptedCount: 5 });
    const proposed: string[] = view.body.proposal.selectedIds;
    expect(proposed).toHaveLength(5);
    expect((await tab.post(path("/usagers/panel/confirm"), { selectedIds: proposed })).status).toBe(200);
    for (const u of usagers) {
      const seen = await publicCall(server.url, "GET", `/api/confirm/${u.token}`);
      if (u.answer)
        expect(seen.body.selection).toMatchObject({
          selected: true,
          workshopAt: expect.stringContaining(dates.workshop2),
        });
      else expect(seen.body.status).toBe("declined");
    }

    const moved = await move("recruitingUsagers", "workshop2");
    expect(moved.status).toBe(200);
    expect(moved.body.campaign.state).toBe("workshop2");
  });

  it("runs workshop 2 with usagers on the join page; once ended, « atelier » offers the next step", async () => {
    const w = new WorkshopHarness(server, campaignId, 2);
    await w.say(coordinator, "atelier");
    const code = (await stageState(server.url, campaignId, { as: coordinator.aadObjectId })).join.code;
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const devices = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const d = new JoinDevice(server.url, code);
        await d.register();
        return d;
      }),
    );
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const ideal = ["respect", "Accueil chaleureux", "Accueil chaleureux", "Écoute."];
    for (const [i, d] of devices.entries()) {
      const card = await d.card();
      expect(
        (
          await d.act("workshop.contribute", {
            stepId: "ideal",
            text: ideal[i],
            requestId: requestIdOf(card, "workshop.contribute"),
          })
        ).status,
      ).toBe(200);
    }
    // A made-up device token is refused.
    const intruder = await fetch(`${server.url}/api/join/${code}/actions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Device-Token": "abcdefghijkl.forged" },
      body: JSON.stringify({ verb: "workshop.contribute", data: { stepId: "ideal", text: "x", requestId: "abcdef" } }),
    });
    expect(intruder.status).toBe(403);
    expect(((await intruder.json()) as Json).error.code).toBe("joinDevice.forbidden");
    await w.command(coordinator, "next");
    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    for (const [i, d] of devices.entries()) expect((await d.act("workshop.scale", { value: 2 + i })).status).toBe(200);
    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    const actions: [string, string][] = [
      ["Respecter le règlement", "usagers"],
      ["Plus de politesse", "both"],
      ["Afficher les horaires", "agents"],
    ];
    for (const [i, [text, tag]] of actions.entries()) {
      const d = devices[i]!;
      const card = await d.card();
      expect(
        (
          await d.act("workshop.contribute", {
            stepId: "actions",
            text,
            tag,
            requestId: requestIdOf(card, "workshop.contribute"),
          })
        ).status,
      ).toBe(200);
    }
    await w.command(coordinator, "end");
    // The code dies with the workshop.
    const dead = (await (await fetch(`${server.url}/api/join/${code}/card`)).json()) as { error?: { code?: string } };
    expect(dead.error?.code).toBe("joinCode.expired");

    const answer = onlyCardAnswering(w, await w.say(coordinator, "atelier"));
    expect(allActions(answer).filter((a) => a.verb?.startsWith("workshop."))).toEqual([]);
    const button = actionOf(answer, "campaign.move", { campaignId, from: "workshop2", to: "mixedPanel" });
    const moved = await move(button.data!["from"] as string, button.data!["to"] as string);
    expect(moved.status).toBe(200);
    expect(moved.body.campaign.state).toBe("mixedPanel");
  });

  it("the mixed panel: agents answer their 1:1 card, usagers their link, the coordinator confirms half and half", async () => {
    const opened = await tab.post(path("/mixed/open"));
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ agents: 8, usagers: 5, notified: true });
    const mixedCard = (u: TeamsUser) =>
      server.connector
        .cardsSentTo(personalChatId(u))
        .find((c) => allActions(c).some((a) => a.verb === "recruitment.mixedAnswer"));
    await server.connector.waitFor(() => panel.every((a) => mixedCard(a) !== undefined), 10_000);
    // Five say yes, one no, two do not answer.
    const answers = ["yes", "yes", "no", "yes", "yes", "yes"];
    for (const [i, answer] of answers.entries()) {
      const agent = panel[i]!;
      const button = actionOf(mixedCard(agent), "recruitment.mixedAnswer", { answer });
      const res = await server.postActivity(
        executeInvoke({
          serviceUrl: server.connector.url,
          from: agent,
          verb: "recruitment.mixedAnswer",
          data: button.data!,
          locale: "fr-FR",
          where: "personal",
        }),
      );
      cardOf(res.body);
    }
    const accepted = usagers.filter((u) => u.answer);
    for (const [i, u] of accepted.entries()) {
      expect((await publicCall(server.url, "GET", `/api/confirm/${u.token}`)).body.mixed).toEqual({ closed: false });
      const res = await publicCall(server.url, "POST", `/api/confirm/${u.token}/mixed`, {
        answer: i < 4 ? "yes" : "no",
      });
      expect(res.status).toBe(200);
    }

    const blocked = await move("mixedPanel", "workshop3");
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.causes.map((b: Json) => b.code)).toEqual(["campaign.mixedPanelNotConfirmed"]);

    const view = await tab.get(path("/mixed"));
    expect(view.body).toMatchObject({ opened: true, canConfirm: true });
    expect(view.body.agents.proposedIds).toHaveLength(4);
    expect(view.body.usagers.proposedIds).toHaveLength(4);
    const yes = new Set(answers.flatMap((a, i) => (a === "yes" ? [panel[i]!.aadObjectId] : [])));
    expect(view.body.agents.proposedIds.every((id: string) => yes.has(id))).toBe(true);
    const confirmed = await tab.post(path("/mixed/confirm"), {
      agentIds: view.body.agents.proposedIds,
      usagerIds: view.body.usagers.proposedIds,
    });
    expect(confirmed.status).toBe(200);
    mixedAgents = (view.body.agents.proposedIds as string[]).map((id) => panel.find((a) => a.aadObjectId === id)!);

    const moved = await move("mixedPanel", "workshop3");
    expect(moved.status).toBe(200);
    expect(moved.body.campaign.state).toBe("workshop3");
  });

  it("runs workshop 3: qualities ballot with origins, dot votes within budget, commitments", async () => {
    const w = new WorkshopHarness(server, campaignId, 3);
    await w.say(coordinator, "atelier");
    const code = (await stageState(server.url, campaignId, { as: coordinator.aadObjectId })).join.code;
    const devices = [new JoinDevice(server.url, code), new JoinDevice(server.url, code)];
    for (const d of devices) await d.register();
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    // Four agents of the mixed panel in Teams, and an usager on the join page.
    const plan: string[][] = [
      ["Respect", "Accueil chaleureux", "Écoute"],
      ["Respect", "Accueil chaleureux", "Écoute"],
      ["Respect", "Accueil chaleureux"],
      ["Respect", "Accueil chaleureux"],
    ];
    for (const [i, v] of mixedAgents.entries()) {
      for (const text of plan[i]!) {
        const card = await w.card(v, "workshop.refresh", { view: "participant" });
        const answer = await w.card(v, "workshop.vote", voteDataFor(card, text));
        expect(answer.body.length).toBeGreaterThan(0);
      }
    }
    expect((await devices[0]!.act("workshop.vote", voteDataFor(await devices[0]!.card(), "Respect"))).status).toBe(200);
    // A fourth dot is refused: the budget is 3 (the count below stays at 0 for « Patience »).
    const full = await w.card(mixedAgents[0]!, "workshop.refresh", { view: "participant" });
    await w.card(mixedAgents[0]!, "workshop.vote", voteDataFor(full, "Patience"));
    const stage = await stageState(server.url, campaignId, { as: coordinator.aadObjectId });
    const lines = (stage.results as { lines: { text: string; origin: string; count: number }[] }).lines;
    expect(lines.map((l) => [l.text, l.origin, l.count])).toEqual([
      ["Accueil chaleureux", "usagers", 4],
      ["Écoute", "both", 2],
      ["Patience", "agents", 0],
      ["Respect", "both", 5],
    ]);
    // Where agents (workshop 1) and usagers (workshop 2) placed the relation, side by side.
    const sides = stage["sides"] as { agents: { count: number }; usagers: { count: number } };
    expect([sides.agents.count, sides.usagers.count]).toEqual([8, 4]);

    await w.command(coordinator, "next"); // prioritiesVote
    await w.command(coordinator, "openInput");
    const priorities: string[][] = [
      ["Plus de politesse", "Prendre plus de temps pour accompagner l'usager", "Respecter le règlement"],
      ["Plus de politesse", "Prendre plus de temps pour accompagner l'usager", "Respecter le règlement"],
      ["Plus de politesse", "Prendre plus de temps pour accompagner l'usager"],
      ["Plus de politesse"],
    ];
    for (const [i, texts] of priorities.entries()) {
      for (const text of texts) {
        const card = await w.card(mixedAgents[i]!, "workshop.refresh", { view: "participant" });
        await w.card(mixedAgents[i]!, "workshop.vote", voteDataFor(card, text));
      }
    }
    expect(
      (await devices[1]!.act("workshop.vote", voteDataFor(await devices[1]!.card(), "Plus de politesse"))).status,
    ).toBe(200);
    await w.command(coordinator, "next"); // commitments
    const state = await stageState(server.url, campaignId, { as: coordinator.aadObjectId });
    const kept = (state.results as { priorities: { id: string; text: string }[] }).priorities;
    expect(kept.map((p) => p.text)).toEqual([
      "Plus de politesse",
      "Prendre plus de temps pour accompagner l'usager",
      "Respecter le règlement",
    ]);
    const rewrites: [string, string][] = [
      ["both", "être plus polis"],
      ["agents", "prendre plus de temps pour accompagner l'usager"],
      ["usagers", "respecter le règlement"],
    ];
    for (const [i, [party, text]] of rewrites.entries()) {
      const n = i + 1;
      const answer = await w.card(coordinator, "workshop.commit", {
        sourceItemId: kept[i]!.id,
        n,
        [`commitParty-${n}`]: party,
        [`commitText-${n}`]: text,
      });
      expect(textOf(answer)).toContain(text);
    }
    // No poster before the workshop has ended.
    expect((await tab.get(path("/poster"))).status).toBe(404);
    await w.command(coordinator, "end");
    expect((await progress()).workshops[2].progress).toBe("ended");
  });

  it("the move to poster validation makes the poster from workshop 3; every participant validates it", async () => {
    const moved = await move("workshop3", "posterValidation");
    expect(moved.status).toBe(200);
    expect(moved.body.campaign.state).toBe("posterValidation");

    const poster = await tab.get(path("/poster"));
    expect(poster.status).toBe(200);
    expect(poster.body.source).toBe("workshop");
    expect(poster.body.poster.qualities.map((q: Json) => q.text)).toEqual(["Respect", "Accueil chaleureux", "Écoute"]);
    const commitments = poster.body.poster.commitments;
    expect(
      [commitments.both, commitments.agents, commitments.usagers].map((list: Json[]) => list.map((c) => c.text)),
    ).toEqual([["être plus polis"], ["prendre plus de temps pour accompagner l'usager"], ["respecter le règlement"]]);
    // Who is asked: the four agents who took part in Teams, and the four usagers of the confirmed mixed panel.
    expect(poster.body.participants).toEqual({ total: 8, teams: 4, usagers: 4 });
    expect(
      poster.body.answers
        .filter((a: Json) => a.kind === "teams")
        .map((a: Json) => a.key)
        .sort(),
    ).toEqual(mixedAgents.map((a) => `aad:${a.aadObjectId}`).sort());

    const requested = await tab.post(path("/poster/request-validation"));
    expect(requested.body).toMatchObject({ version: 1, sent: 4, unreachable: 0 });
    for (const agent of mixedAgents) {
      const card = server.connector
        .cardsSentTo(personalChatId(agent))
        .find((c) => allActions(c).some((a) => a.verb === "poster.approve"));
      const approve = actionOf(card, "poster.approve", { campaignId, version: 1 });
      const res = await server.postActivity(
        personalExecute({
          serviceUrl: server.connector.url,
          from: agent,
          verb: "poster.approve",
          data: approve.data!,
          locale: "fr-FR",
        }),
      );
      cardOf(res.body);
    }
    expect((await progress()).campaign.state).toBe("posterValidation");
    // Each usager of the mixed panel finds the poster on their own confirmation page: nobody forwards links by hand.
    const links: string[] = [];
    for (const u of usagers) {
      const seen = await publicCall(server.url, "GET", `/api/confirm/${u.token}`);
      if (seen.body.posterUrl) links.push(seen.body.posterUrl as string);
    }
    expect(links).toHaveLength(4);
    expect((requested.body.usagerLinks as { url: string }[]).map((l) => l.url).sort()).toEqual([...links].sort());
    let last: Json = {};
    for (const link of links) {
      const token = tokenOf(link, "follow");
      const view = await publicCall(server.url, "GET", `/api/follow/${token}`);
      expect(view.status).toBe(200);
      expect(JSON.stringify(view.body)).not.toContain(mixedAgents[0]!.aadObjectId);
      const answered = await publicCall(server.url, "POST", `/api/follow/${token}/answer`, {
        version: view.body.poster.version,
        approved: true,
      });
      expect(answered.status).toBe(200);
      last = answered.body;
    }
    expect(last.status).toEqual({ state: "validated", version: 1, approvals: 8, total: 8 });
    expect((await progress()).campaign.state).toBe("steeringCommittee");
  });

  it("the steering committee decides every commitment on the roadmap page: the roadmap is in progress", async () => {
    const committee = await tab.get(path("/committee"));
    expect(committee.body.canDecide).toBe(true);
    const ids = (committee.body.commitments as Json[]).map((c) => c.id as string);
    expect(ids).toHaveLength(3);
    const decisions = [
      { commitmentId: ids[0], decision: "adopted", level: "service" },
      {
        commitmentId: ids[1],
        decision: "adapted",
        level: "department",
        reason: "Selon les effectifs",
        adaptedText: "prendre le temps d'expliquer chaque démarche",
      },
      { commitmentId: ids[2], decision: "adopted", level: "service" },
    ];
    for (const d of decisions) expect((await tab.post(path("/committee/decisions"), d)).status).toBe(200);
    expect((await progress()).campaign.state).toBe("roadmapInProgress");
    const roadmap = await tab.get(path("/roadmap"));
    expect(roadmap.body.actions).toHaveLength(3);
  });

  it("a manager named from the team's roster edits a roadmap action; a reader cannot", async () => {
    for (const [person, role, q] of [
      [manager, "manager", "marc"],
      [reader, "reader", "rita"],
    ] as const) {
      const found = await tab.get(`${path("/roster")}?q=${q}&refresh=1`);
      expect(found.status).toBe(200);
      const member = (found.body.members as Json[]).find((m) => m.id === person.aadObjectId);
      expect(member).toEqual({ id: person.aadObjectId, name: person.name });
      const named = await tab.post(path("/roles"), { person: member!.id, name: member!.name, role });
      expect(named.status).toBe(200);
      expect(named.body.staff).toContainEqual({ id: person.aadObjectId, name: person.name, role });
    }

    const asManager = as(manager);
    const roadmap = await asManager.get(path("/roadmap"));
    expect(roadmap.body.canEdit).toBe(true);
    const actionId = roadmap.body.actions[0].id as string;
    const planned = await asManager.patch(path(`/roadmap/${encodeURIComponent(actionId)}`), {
      owner: "Responsable accueil",
      dueDate: "2027-06-30",
    });
    expect(planned.status).toBe(200);
    expect(planned.body.action).toMatchObject({ owner: "Responsable accueil", dueDate: "2027-06-30" });
    const started = await asManager.post(path(`/roadmap/${encodeURIComponent(actionId)}/updates`), {
      progress: 30,
      comment: "Créneaux testés",
    });
    expect(started.status).toBe(200);
    expect(started.body.action).toMatchObject({ status: "inProgress", progress: 30 });
    // Managers follow and edit the roadmap; moving the campaign stays the coordination's.
    expect((await move("roadmapInProgress", "closed", asManager)).status).toBe(403);

    const asReader = as(reader);
    const read = await asReader.get(path("/roadmap"));
    expect(read.status).toBe(200);
    expect(read.body.canEdit).toBe(false);
    expect(
      (await asReader.patch(path(`/roadmap/${encodeURIComponent(actionId)}`), { owner: "Quelqu'un" })).status,
    ).toBe(403);
    expect(
      (await asReader.post(path(`/roadmap/${encodeURIComponent(actionId)}/updates`), { progress: 50 })).status,
    ).toBe(403);
    expect((await asManager.get(path("/roadmap"))).body.actions[0]).toMatchObject({
      owner: "Responsable accueil",
      progress: 30,
    });
  });

  it("the campaign's history lists every move with who made it, and every role given", async () => {
    const view = await progress();
    expect(view.campaign.state).toBe("roadmapInProgress");
    expect(
      view.steps.every((s: Json) => (s.state === "roadmapInProgress" ? s.status === "current" : s.status === "done")),
    ).toBe(true);
    expect(movesInHistory(view).map((m: Json) => [m.from, m.to, m.byName])).toEqual([
      ["draft", "recruitingAgents", coordinator.name],
      ["recruitingAgents", "workshop1", coordinator.name],
      ["workshop1", "recruitingUsagers", coordinator.name],
      ["recruitingUsagers", "workshop2", coordinator.name],
      ["workshop2", "mixedPanel", coordinator.name],
      ["mixedPanel", "workshop3", coordinator.name],
      ["workshop3", "posterValidation", coordinator.name],
      // The last usager's approval completed the validation: nobody clicked a move.
      ["posterValidation", "steeringCommittee", translate("fr", "campaign.who.auto")],
      ["steeringCommittee", "roadmapInProgress", coordinator.name],
    ]);
    const roles = (view.history as Json[]).filter((e) => e.kind === "roleAdded").reverse();
    expect(roles.map((r) => [r.personName, r.role, r.byName])).toEqual([
      [manager.name, "manager", coordinator.name],
      [reader.name, "reader", coordinator.name],
    ]);
  });

  async function contribute(w: WorkshopHarness, who: TeamsUser, stepId: string, text: string, tag?: string) {
    const card = await w.card(who, "workshop.refresh", { view: "participant" });
    const answer = await w.card(who, "workshop.contribute", {
      stepId,
      text,
      ...(tag ? { tag } : {}),
      requestId: requestIdOf(card, "workshop.contribute"),
    });
    expect(answer.body.length).toBeGreaterThan(0);
  }
});
