/**
 * The method's steps as the people outside the tab take them, for journey tests that walk a campaign
 * through the doors people have: Teams activities on /api/messages (the coordinator's channel
 * messages, agents' cards, the workshop meeting), the usagers' public pages and join devices, and
 * the tab's API as its pages call it. Nothing here reads or writes storage.
 *
 * A browser journey takes the coordinator's own clicks in Chromium and lets this class play
 * everyone else; each step checks only what it needs to go on (the e2e journey,
 * tests/e2e/journeys/wholeMethod.test.ts, checks every answer on the way).
 */
import { executeInvoke } from "./recruitmentActivities";
import { personalChatId, personalExecute } from "./posterActivities";
import { publicCall, TabSession, tokenOf, type ApiAnswer, type Json } from "./tabApi";
import { channelMessage, installPersonal, user, type TeamsUser } from "./teamsActivities";
import { startTestServer, type TestServer } from "./testServer";
import {
  allActions,
  findAction,
  JoinDevice,
  requestIdOf,
  stageState,
  voteDataFor,
  WorkshopHarness,
  type CardJson,
  type FoundAction,
} from "./workshopHarness";

export const JOURNEY_DATES = { workshop1: "2027-03-02", workshop2: "2027-03-23", workshop3: "2027-04-13" } as const;

function must(answer: ApiAnswer, status: number, what: string): Json {
  if (answer.status !== status)
    throw new Error(
      `${what} answered ${answer.status} (expected ${status}): ${JSON.stringify(answer.body).slice(0, 400)}`,
    );
  return answer.body;
}

function actionOf(card: unknown, verb: string, match: Record<string, unknown> = {}): FoundAction {
  const found = findAction(card, (a) => a.verb === verb && Object.entries(match).every(([k, v]) => a.data?.[k] === v));
  if (!found) throw new Error(`no ${verb} ${JSON.stringify(match)} on ${JSON.stringify(card).slice(0, 400)}`);
  return found;
}

function invokeCard(res: { status: number; body: unknown }, what: string): unknown {
  const body = res.body as { type?: string; value?: unknown };
  if (res.status !== 200 || body?.type !== "application/vnd.microsoft.card.adaptive")
    throw new Error(`${what}: expected a card, got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return body.value;
}

/**
 * A join device's card once it offers `verb` (and, for a vote, the line `text`). The join page polls
 * its card every 2 s, and an instance may answer from a copy up to WORKSHOP_FRESH_MS old: a phone
 * sees the facilitator's step a moment later, so the device waits for it as the page would.
 */
async function deviceCardWith(
  device: JoinDevice,
  verb: string,
  match: { readonly text?: string; readonly stepId?: string } = {},
  timeoutMs = 5000,
): Promise<CardJson> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const card = await device.card();
    const action = findAction(
      card,
      (a) => a.verb === verb && (match.stepId === undefined || a.data?.["stepId"] === match.stepId),
    );
    if (
      action &&
      (match.text === undefined ||
        JSON.stringify(card).includes(`"type":"TextRun","text":${JSON.stringify(match.text)}`))
    )
      return card;
    if (Date.now() > until)
      throw new Error(
        `the join device's card offered no ${verb} ${JSON.stringify(match)} within ${timeoutMs} ms: ${JSON.stringify(card).slice(0, 300)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export class MethodJourney {
  readonly tab: TabSession;
  readonly volunteers: TeamsUser[];
  campaignId = "";
  /** The agents of the confirmed panel (set by `learnAgentPanel`). */
  panel: TeamsUser[] = [];
  /** The agents of the confirmed mixed panel. */
  mixedAgents: TeamsUser[] = [];
  /** The usagers nominated by the panel, with the token of their personal link. */
  readonly usagers: { name: string; token: string }[] = [];
  private thread = "";
  private invitationId = "";

  constructor(
    readonly server: TestServer,
    readonly coordinator: TeamsUser,
    readonly campaignName = "Service funéraire — 2027",
    volunteerCount = 10,
  ) {
    this.tab = new TabSession(server.url, coordinator.aadObjectId);
    this.volunteers = Array.from({ length: volunteerCount }, (_, i) => user(200 + i, `Agent ${i}`));
  }

  as(u: TeamsUser): TabSession {
    return new TabSession(this.server.url, u.aadObjectId);
  }

  path(suffix = ""): string {
    return `/api/campaigns/${encodeURIComponent(this.campaignId)}${suffix}`;
  }

  async progress(): Promise<Json> {
    return must(await this.tab.get(this.path("/progress")), 200, "progress");
  }

  /** The coordinator's move through the tab's API (what the campaign page's button sends). */
  async move(from: string, to: string): Promise<Json> {
    return must(await this.tab.post(this.path("/moves"), { from, to }), 200, `move ${from} → ${to}`);
  }

  /** Everyone has the app in their 1:1 chat, as the organisation installs it with the team's app. */
  async installForEveryone(others: readonly TeamsUser[] = []): Promise<void> {
    for (const u of [this.coordinator, ...this.volunteers, ...others]) {
      const res = await this.server.postActivity(
        installPersonal({ serviceUrl: this.server.connector.url, from: u, locale: "fr-FR" }),
      );
      if (res.status !== 200) throw new Error(`install for ${u.name} answered ${res.status}`);
    }
  }

  /** « nouvelle campagne » in the team channel, the form filled in, then « inviter »: the campaign recruits agents. */
  async createAndInvite(dates: Record<string, string> = JOURNEY_DATES): Promise<string> {
    const ask = channelMessage({
      serviceUrl: this.server.connector.url,
      from: this.coordinator,
      text: "nouvelle campagne",
      locale: "fr-FR",
    });
    if ((await this.server.postActivity(ask)).status !== 200) throw new Error("« nouvelle campagne » refused");
    const form = this.server.connector.cardsSentTo(ask.conversation.id).at(-1);
    this.campaignId = actionOf(form, "recruitment.createCampaign").data!["formId"] as string;
    invokeCard(
      await this.server.postActivity(
        executeInvoke({
          serviceUrl: this.server.connector.url,
          from: this.coordinator,
          verb: "recruitment.createCampaign",
          data: {
            formId: this.campaignId,
            name: this.campaignName,
            approach: "thematic",
            services: "Service funéraire",
            ...dates,
            panelSize: "8",
          },
          locale: "fr-FR",
          conversationId: ask.conversation.id,
        }),
      ),
      "create the campaign",
    );
    const invite = channelMessage({
      serviceUrl: this.server.connector.url,
      from: this.coordinator,
      text: "inviter",
      locale: "fr-FR",
    });
    await this.server.postActivity(invite);
    this.thread = invite.conversation.id;
    const sent = this.server.connector.sentTo(this.thread);
    if (!sent[0]) throw new Error("« inviter » posted nothing");
    this.invitationId = sent[0].id;
    return this.campaignId;
  }

  private channelInvoke(from: TeamsUser, verb: string, data: Record<string, unknown>) {
    return this.server.postActivity(
      executeInvoke({
        serviceUrl: this.server.connector.url,
        from,
        verb,
        data: { campaignId: this.campaignId, ...data },
        locale: "fr-FR",
        replyToId: this.invitationId,
        conversationId: this.thread,
      }),
    );
  }

  /** Every agent volunteers from the invitation card and fills in their profile (in bands). */
  async volunteerAll(): Promise<void> {
    const ages = ["under30", "30to44", "45to54", "55plus"];
    for (const [i, agent] of this.volunteers.entries()) {
      invokeCard(await this.channelInvoke(agent, "recruitment.volunteer", {}), `${agent.name} volunteers`);
      const profile = {
        ageBand: ages[i % 4]!,
        sex: i % 2 === 0 ? "female" : "male",
        category: ["A", "B", "C", "C"][i % 4]!,
        staffKind: i % 3 === 0 ? "administrative" : "technical",
        consent: "true",
      };
      invokeCard(await this.channelInvoke(agent, "recruitment.saveProfile", profile), `${agent.name} saves a profile`);
    }
  }

  /** The coordinator confirms the proposed agent panel through the tab's API (the recruitment page's button). */
  async confirmAgentPanel(): Promise<void> {
    const view = must(await this.tab.get(this.path("/recruitment")), 200, "recruitment view");
    must(
      await this.tab.post(this.path("/panel/confirm"), { selectedIds: view.proposal.selectedIds }),
      200,
      "confirm the agent panel",
    );
    await this.learnAgentPanel();
  }

  /** Who is on the confirmed agent panel, as the recruitment page shows it. */
  async learnAgentPanel(): Promise<TeamsUser[]> {
    const view = must(await this.tab.get(this.path("/recruitment")), 200, "recruitment view");
    const ids: string[] = view.confirmedIds ?? [];
    if (ids.length === 0) throw new Error("no confirmed agent panel");
    this.panel = ids.map((id) => this.volunteers.find((v) => v.aadObjectId === id)!);
    return this.panel;
  }

  private async contribute(
    w: WorkshopHarness,
    who: TeamsUser,
    stepId: string,
    text: string,
    tag?: string,
  ): Promise<void> {
    const card = await w.card(who, "workshop.refresh", { view: "participant" });
    await w.card(who, "workshop.contribute", {
      stepId,
      text,
      ...(tag ? { tag } : {}),
      requestId: requestIdOf(card, "workshop.contribute"),
    });
  }

  /** From an empty store to workshop 1 running with its last step open, as the coordinator and the agents would. */
  async toWorkshop1Running(): Promise<void> {
    await this.installForEveryone();
    await this.createAndInvite();
    await this.volunteerAll();
    await this.confirmAgentPanel();
    await this.move("recruitingAgents", "workshop1");
    await this.runWorkshop1();
  }

  /** Workshop 1 in the meeting chat: « atelier », started, the ideal relation and actions from the panel. Left running. */
  async runWorkshop1(): Promise<void> {
    const w = new WorkshopHarness(this.server, this.campaignId, 1);
    await w.say(this.coordinator, "atelier");
    await w.command(this.coordinator, "start");
    await w.command(this.coordinator, "openInput");
    const ideal = ["Respect", "Écoute", "Patience", "Respect"];
    for (const [i, text] of ideal.entries()) await this.contribute(w, this.panel[i]!, "ideal", text);
    await w.command(this.coordinator, "next"); // chaotic
    await w.command(this.coordinator, "next"); // scale
    await w.command(this.coordinator, "next"); // actions
    await w.command(this.coordinator, "openInput");
    await this.contribute(w, this.panel[0]!, "actions", "Prendre plus de temps pour accompagner l'usager", "agents");
    await this.contribute(w, this.panel[1]!, "actions", "Respecter le règlement", "usagers");
    await this.contribute(w, this.panel[2]!, "actions", "Plus de politesse", "both");
  }

  /** Four agents of the panel nominate an usager each (tab API); each accepts on their personal link. */
  async nominateUsagers(): Promise<void> {
    const people = [
      { name: "Mme Klein", answer: { kind: "individual", ageBand: "55plus", sex: "female", frequency: "regular" } },
      { name: "M. Roth", answer: { kind: "business", ageBand: "30to44", sex: "male", frequency: "occasional" } },
      { name: "Mme Meyer", answer: { kind: "individual", ageBand: "under30", sex: "female", frequency: "firstTime" } },
      { name: "M. Weber", answer: { kind: "association", ageBand: "45to54", sex: "male", frequency: "regular" } },
    ];
    for (const [i, u] of people.entries()) {
      const nominated = must(
        await this.as(this.panel[i]!).post(this.path("/usagers"), { name: u.name, contact: `06 00 00 00 0${i}` }),
        201,
        `nominate ${u.name}`,
      );
      const token = tokenOf(nominated.link, "confirm");
      must(
        await publicCall(this.server.url, "POST", `/api/confirm/${token}`, {
          answer: "accept",
          ...u.answer,
          consent: true,
        }),
        200,
        `${u.name} accepts`,
      );
      this.usagers.push({ name: u.name, token });
    }
  }

  /** The coordinator confirms the proposed usager panel through the tab's API. */
  async confirmUsagerPanel(): Promise<void> {
    const view = must(await this.tab.get(this.path("/usagers")), 200, "usagers view");
    must(
      await this.tab.post(this.path("/usagers/panel/confirm"), { selectedIds: view.proposal.selectedIds }),
      200,
      "confirm the usager panel",
    );
  }

  /** Workshop 2 on the usagers' join devices: « atelier », started, the ideal relation and actions. Left running. */
  async runWorkshop2(): Promise<void> {
    const w = new WorkshopHarness(this.server, this.campaignId, 2);
    await w.say(this.coordinator, "atelier");
    const code = (await stageState(this.server.url, this.campaignId, { as: this.coordinator.aadObjectId })).join.code;
    const devices = [
      new JoinDevice(this.server.url, code),
      new JoinDevice(this.server.url, code),
      new JoinDevice(this.server.url, code),
    ];
    for (const d of devices) await d.register();
    await w.command(this.coordinator, "start");
    await w.command(this.coordinator, "openInput");
    for (const [i, text] of ["respect", "Accueil chaleureux", "Accueil chaleureux"].entries()) {
      const d = devices[i]!;
      const res = await d.act("workshop.contribute", {
        stepId: "ideal",
        text,
        requestId: requestIdOf(
          await deviceCardWith(d, "workshop.contribute", { stepId: "ideal" }),
          "workshop.contribute",
        ),
      });
      if (res.status !== 200) throw new Error(`join device contribution answered ${res.status}`);
    }
    await w.command(this.coordinator, "next");
    await w.command(this.coordinator, "next");
    await w.command(this.coordinator, "next");
    await w.command(this.coordinator, "openInput");
    const d = devices[0]!;
    const actionsCard = await deviceCardWith(d, "workshop.contribute", { stepId: "actions" });
    const res = await d.act("workshop.contribute", {
      stepId: "actions",
      text: "Afficher les horaires",
      tag: "agents",
      requestId: requestIdOf(actionsCard, "workshop.contribute"),
    });
    if (res.status !== 200) throw new Error(`join device action answered ${res.status}`);
  }

  /** The mixed panel: opened by the coordinator, answered by agents (1:1 cards) and usagers (their link), confirmed as proposed. */
  async formMixedPanel(): Promise<void> {
    must(await this.tab.post(this.path("/mixed/open")), 200, "open the mixed panel");
    const mixedCard = (u: TeamsUser) =>
      this.server.connector
        .cardsSentTo(personalChatId(u))
        .find((c) => allActions(c).some((a) => a.verb === "recruitment.mixedAnswer"));
    await this.server.connector.waitFor(() => this.panel.every((a) => mixedCard(a) !== undefined), 10_000);
    for (const agent of this.panel.slice(0, 5)) {
      const button = actionOf(mixedCard(agent), "recruitment.mixedAnswer", { answer: "yes" });
      invokeCard(
        await this.server.postActivity(
          executeInvoke({
            serviceUrl: this.server.connector.url,
            from: agent,
            verb: "recruitment.mixedAnswer",
            data: button.data!,
            locale: "fr-FR",
            where: "personal",
          }),
        ),
        `${agent.name} answers the mixed panel`,
      );
    }
    for (const u of this.usagers)
      must(
        await publicCall(this.server.url, "POST", `/api/confirm/${u.token}/mixed`, { answer: "yes" }),
        200,
        `${u.name} answers the mixed panel`,
      );
    const view = must(await this.tab.get(this.path("/mixed")), 200, "mixed view");
    must(
      await this.tab.post(this.path("/mixed/confirm"), {
        agentIds: view.agents.proposedIds,
        usagerIds: view.usagers.proposedIds,
      }),
      200,
      "confirm the mixed panel",
    );
    this.mixedAgents = (view.agents.proposedIds as string[]).map((id) => this.panel.find((a) => a.aadObjectId === id)!);
  }

  /** Workshop 3: qualities and priorities voted in Teams and on a join device, a commitment per priority. Left running. */
  async runWorkshop3(): Promise<void> {
    const w = new WorkshopHarness(this.server, this.campaignId, 3);
    await w.say(this.coordinator, "atelier");
    const code = (await stageState(this.server.url, this.campaignId, { as: this.coordinator.aadObjectId })).join.code;
    const device = new JoinDevice(this.server.url, code);
    await device.register();
    await w.command(this.coordinator, "start");
    await w.command(this.coordinator, "openInput");
    const vote = async (who: TeamsUser, text: string) => {
      const card = await w.card(who, "workshop.refresh", { view: "participant" });
      await w.card(who, "workshop.vote", voteDataFor(card, text));
    };
    const voters = this.mixedAgents.slice(0, 2);
    for (const v of voters) for (const text of ["Respect", "Accueil chaleureux", "Écoute"]) await vote(v, text);
    if (
      (
        await device.act(
          "workshop.vote",
          voteDataFor(await deviceCardWith(device, "workshop.vote", { text: "Respect" }), "Respect"),
        )
      ).status !== 200
    )
      throw new Error("join device vote refused");
    await w.command(this.coordinator, "next"); // prioritiesVote
    await w.command(this.coordinator, "openInput");
    for (const v of voters)
      for (const text of [
        "Plus de politesse",
        "Prendre plus de temps pour accompagner l'usager",
        "Respecter le règlement",
      ])
        await vote(v, text);
    await w.command(this.coordinator, "next"); // commitments
    const state = await stageState(this.server.url, this.campaignId, { as: this.coordinator.aadObjectId });
    const kept = (state.results as { priorities: { id: string; text: string }[] }).priorities;
    const rewrites: [string, string][] = [
      ["both", "être plus polis"],
      ["agents", "prendre plus de temps pour accompagner l'usager"],
      ["usagers", "respecter le règlement"],
    ];
    for (const [i, p] of kept.slice(0, 3).entries()) {
      const n = i + 1;
      const [party, text] = rewrites[i]!;
      await w.card(this.coordinator, "workshop.commit", {
        sourceItemId: p.id,
        n,
        [`commitParty-${n}`]: party,
        [`commitText-${n}`]: text,
      });
    }
  }

  /**
   * Poster validation asked of everyone who took part in workshop 3; those in Teams approve on their 1:1 card; the
   * coordinator then stops waiting (the usagers have not answered yet), which brings the committee.
   */
  async validatePosterAndClose(): Promise<void> {
    const requested = must(
      await this.tab.post(this.path("/poster/request-validation")),
      200,
      "request the poster's validation",
    );
    const asked = (agent: TeamsUser) =>
      this.server.connector
        .cardsSentTo(personalChatId(agent))
        .find((c) => allActions(c).some((a) => a.verb === "poster.approve"));
    const participants = this.mixedAgents.filter((a) => asked(a) !== undefined);
    if (participants.length === 0) throw new Error("no Teams participant was asked to validate the poster");
    for (const agent of participants) {
      const card = asked(agent);
      const approve = actionOf(card, "poster.approve", { campaignId: this.campaignId, version: requested.version });
      invokeCard(
        await this.server.postActivity(
          personalExecute({
            serviceUrl: this.server.connector.url,
            from: agent,
            verb: "poster.approve",
            data: approve.data!,
            locale: "fr-FR",
          }),
        ),
        `${agent.name} approves the poster`,
      );
    }
    must(await this.tab.post(this.path("/poster/close")), 200, "close the poster's validation");
  }

  /** The steering committee adopts every commitment on the roadmap page: the roadmap is in progress. */
  async decideCommittee(): Promise<void> {
    const committee = must(await this.tab.get(this.path("/committee")), 200, "committee view");
    for (const c of committee.commitments as Json[])
      must(
        await this.tab.post(this.path("/committee/decisions"), {
          commitmentId: c.id,
          decision: "adopted",
          level: "service",
        }),
        200,
        "a committee decision",
      );
  }

  /** From a campaign's creation to workshop 3 opened with its mixed panel, every move by the coordinator through the tab's API. */
  async toWorkshop3(): Promise<void> {
    await this.createAndInvite();
    await this.volunteerAll();
    await this.confirmAgentPanel();
    await this.move("recruitingAgents", "workshop1");
    await this.runWorkshop1();
    await this.move("workshop1", "recruitingUsagers");
    await this.nominateUsagers();
    await this.confirmUsagerPanel();
    await this.move("recruitingUsagers", "workshop2");
    await this.runWorkshop2();
    await this.move("workshop2", "mixedPanel");
    await this.formMixedPanel();
    await this.move("mixedPanel", "workshop3");
  }

  /** On to the poster in validation: workshop 3 held in the meeting, the campaign moved on. */
  async toPosterValidation(): Promise<void> {
    await this.toWorkshop3();
    await this.runWorkshop3();
    await this.move("workshop3", "posterValidation");
  }

  /** From an empty store to a roadmap in progress, every move by the coordinator through the tab's API. */
  async toRoadmapInProgress(): Promise<void> {
    await this.toPosterValidation();
    await this.validatePosterAndClose();
    await this.decideCommittee();
    const state = (await this.progress()).campaign.state;
    if (state !== "roadmapInProgress") throw new Error(`the journey ended at ${state}, not roadmapInProgress`);
  }
}

/**
 * For a test file that starts from a running workshop 1: one server (the outbox polled every 50 ms)
 * and a journey taken there through Teams and the tab before the file's tests; the server stopped
 * after them. Read `server` and `journey` inside tests and hooks, once they are set.
 */
export function fromWorkshop1Running(coordinator: TeamsUser): { server: TestServer; journey: MethodJourney } {
  const env = {} as { server: TestServer; journey: MethodJourney };
  beforeAll(async () => {
    env.server = await startTestServer({ env: { OUTBOX_POLL_MS: "50" } });
    env.journey = new MethodJourney(env.server, coordinator);
    await env.journey.toWorkshop1Running();
  });
  afterAll(async () => {
    await env.server?.stop();
  });
  return env;
}
