import { translate } from "../../../bot/src/i18n/translate";
import type { Campaign } from "../../../bot/src/domain/campaign";
import { answeredCard } from "../../support/recruitmentActivities";
import { FUNERAL_POSTER, personalChatId, personalExecute } from "../../support/posterActivities";
import { installPersonal, user, type TeamsUser } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

let server: TestServer;
const alice = user(21, "Alice Agent");
const bruno = user(22, "Bruno Agent");

beforeAll(async () => {
  server = await startTestServer();
  for (const u of [alice, bruno])
    await server.postActivity(installPersonal({ serviceUrl: server.connector.url, from: u, locale: "fr-FR" }));
});

afterAll(async () => {
  await server?.stop();
});

afterEach(() => {
  expect(server.connector.cardProblems).toEqual([]);
});

// Response bodies are checked by the expectations below, not by types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function api(method: string, path: string, body?: unknown, locale = "fr-FR") {
  const res = await fetch(server.url + path, {
    method,
    headers: { "content-type": "application/json", "accept-language": locale },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

function noticesTo(u: TeamsUser): string[] {
  return server.connector
    .cardsSentTo(personalChatId(u))
    .map((c) => JSON.stringify(c))
    .filter((c) => c.includes("roadmap.notify.off"));
}

/** A campaign whose poster every participant validated. */
async function validatedCampaign(
  partial: Partial<Campaign> = {},
): Promise<{ campaign: Campaign; ids: Record<string, string> }> {
  const campaign = await server.seedCampaign({
    state: "steeringCommittee",
    coordinatorIds: ["local-user"],
    ...partial,
  });
  const path = `/api/campaigns/${campaign.id}/poster`;
  const created = await api("POST", path, {
    content: FUNERAL_POSTER,
    participants: { teams: [alice, bruno].map((u) => ({ aadObjectId: u.aadObjectId })), usagers: [] },
  });
  for (const u of [alice, bruno]) {
    await server.postActivity(
      personalExecute({
        serviceUrl: server.connector.url,
        from: u,
        verb: "poster.approve",
        data: { campaignId: campaign.id, version: 1 },
      }),
    );
  }
  const c = created.body.poster.commitments;
  return {
    campaign,
    ids: { time: c.agents[0].id, explain: c.agents[1].id, rules: c.usagers[0].id, polite: c.both[0].id },
  };
}

describe("steering committee and roadmap", () => {
  it("records decisions, turns adopted and adapted commitments into roadmap actions, and notifies participants of status changes", async () => {
    const { campaign, ids } = await validatedCampaign();
    const base = `/api/campaigns/${campaign.id}`;
    expect(
      (
        await api("POST", `${base}/committee/decisions`, {
          commitmentId: ids.time,
          decision: "adopted",
          level: "service",
        })
      ).status,
    ).toBe(200);
    const adapted = await api("POST", `${base}/committee/decisions`, {
      commitmentId: ids.explain,
      decision: "adapted",
      level: "department",
      reason: "Les délais dépendent des pompes funèbres",
      adaptedText: "remettre une fiche des démarches et délais",
    });
    expect(adapted.status).toBe(200);
    const noReason = await api("POST", `${base}/committee/decisions`, {
      commitmentId: ids.rules,
      decision: "rejected",
      level: "executive",
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toMatchObject({ code: "committee.reasonRequired", params: { decision: "rejected" } });
    const rejected = await api("POST", `${base}/committee/decisions`, {
      commitmentId: ids.rules,
      decision: "rejected",
      level: "executive",
      reason: "Déjà affiché à l'entrée",
    });
    expect(rejected.body.outcome).toMatchObject({
      adopted: [ids.time],
      adapted: [ids.explain],
      rejected: [ids.rules],
      undecided: [ids.polite],
      complete: false,
    });

    expect((await server.app.repos.campaigns.get(campaign.id))?.value.state).toBe("steeringCommittee");
    await api("POST", `${base}/committee/decisions`, {
      commitmentId: ids.polite,
      decision: "adopted",
      level: "service",
    });
    // Every commitment decided: the campaign's roadmap is in progress.
    expect((await server.app.repos.campaigns.get(campaign.id))?.value.state).toBe("roadmapInProgress");
    const roadmap = await api("GET", `${base}/roadmap`);
    expect(roadmap.body.canEdit).toBe(true);
    expect(roadmap.body.actions.map((a: { title: string }) => a.title)).toEqual([
      "prendre plus de temps pour accompagner l'usager",
      "remettre une fiche des démarches et délais",
      "plus de politesse, de part et d'autre",
    ]);
    const actionId = roadmap.body.actions[0].id;

    // Plan, then a progress update that starts the action: participants get a short card.
    const plan = await api("PATCH", `${base}/roadmap/${actionId}`, {
      owner: "Responsable accueil",
      dueDate: "2027-03-31",
    });
    expect(plan.body.action).toMatchObject({ owner: "Responsable accueil", dueDate: "2027-03-31" });
    expect(plan.body.notices).toBeUndefined();
    const started = await api("POST", `${base}/roadmap/${actionId}/updates`, {
      progress: 30,
      comment: "Créneaux de 30 minutes testés",
    });
    expect(started.status).toBe(200);
    expect(started.body.action).toMatchObject({ status: "inProgress", progress: 30 });
    expect(started.body.notices).toEqual({ sent: 2, optedOut: 0, unreachable: 0 });
    expect(noticesTo(alice).at(-1)).toContain(translate("fr", "roadmap.status.inProgress"));

    // Alice turns notices off from the card; the next change reaches only Bruno.
    const off = await server.postActivity(
      personalExecute({ serviceUrl: server.connector.url, from: alice, verb: "roadmap.notify.off" }),
    );
    expect(answeredCard(off.body).json).toContain(translate("fr", "roadmap.card.offDone"));
    const done = await api("POST", `${base}/roadmap/${actionId}/updates`, {
      status: "done",
      comment: "En place depuis janvier",
    });
    expect(done.body.action).toMatchObject({ status: "done", progress: 100 });
    expect(done.body.notices).toEqual({ sent: 1, optedOut: 1, unreachable: 0 });
    expect(noticesTo(alice)).toHaveLength(1);
    expect(noticesTo(bruno).at(-1)).toContain(translate("fr", "roadmap.status.done"));

    // Bad updates are refused whole.
    const bad = await api("POST", `${base}/roadmap/${actionId}/updates`, { status: "dropped" }, "en-GB");
    expect(bad.status).toBe(422);
    expect(bad.body.error).toEqual({
      code: "roadmap.droppedNeedsComment",
      message: translate("en", "domain.roadmap.droppedNeedsComment"),
    });
    const history = await api("GET", `${base}/roadmap`);
    expect(history.body.actions[0].updates).toHaveLength(2);
    expect(history.body.summary).toMatchObject({
      total: 3,
      byStatus: { toStart: 2, inProgress: 0, done: 1, dropped: 0 },
    });
  });

  it("lets a manager edit the roadmap but not decide for the committee; a reader can only read", async () => {
    const { campaign, ids } = await validatedCampaign({ coordinatorIds: ["local-user"] });
    const base = `/api/campaigns/${campaign.id}`;
    await api("POST", `${base}/committee/decisions`, {
      commitmentId: ids.polite,
      decision: "adopted",
      level: "service",
    });
    await server.app.repos.campaigns.update(campaign.id, (c) => ({
      ...c,
      coordinatorIds: [],
      managerIds: ["local-user"],
    }));
    const refused = await api("POST", `${base}/committee/decisions`, {
      commitmentId: ids.time,
      decision: "adopted",
      level: "service",
    });
    expect(refused.status).toBe(403);
    const actionId = (await api("GET", `${base}/roadmap`)).body.actions[0].id;
    expect((await api("POST", `${base}/roadmap/${actionId}/updates`, { progress: 10 })).status).toBe(200);
    await server.app.repos.campaigns.update(campaign.id, (c) => ({ ...c, managerIds: [] }));
    const reader = await api("GET", `${base}/roadmap`);
    expect(reader.status).toBe(200);
    expect(reader.body.canEdit).toBe(false);
    expect((await api("POST", `${base}/roadmap/${actionId}/updates`, { progress: 20 })).status).toBe(403);
  });

  it("refuses committee decisions before the poster is validated", async () => {
    const campaign = await server.seedCampaign({ coordinatorIds: ["local-user"] });
    const created = await api("POST", `/api/campaigns/${campaign.id}/poster`, {
      content: FUNERAL_POSTER,
      participants: { teams: [{ aadObjectId: alice.aadObjectId }], usagers: [] },
    });
    const res = await api("POST", `/api/campaigns/${campaign.id}/committee/decisions`, {
      commitmentId: created.body.poster.commitments.agents[0].id,
      decision: "adopted",
      level: "service",
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("campaign.posterNotFinal");
  });
});
