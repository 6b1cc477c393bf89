import { translate } from "../../../bot/src/i18n/translate";
import { MethodJourney } from "../../support/methodJourney";
import { answeredCard } from "../../support/recruitmentActivities";
import { FUNERAL_POSTER, personalChatId, personalExecute } from "../../support/posterActivities";
import { TabSession, type ApiAnswer, type Json } from "../../support/tabApi";
import { TEAM_ID, user, type TeamsUser } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

/**
 * The steering committee and the roadmap, on a campaign taken through the doors people have
 * (tests/support/methodJourney.ts) to its poster's validation; the coordinator then edits the poster
 * to the funeral-service pilot's wording on the poster page, so the commitments are known here.
 */
jest.setTimeout(60_000);
let server: TestServer;
let journey: MethodJourney;
const coordinator = user(1, "Claire Coordinatrice");
const manager = user(50, "Marc Manager");
const reader = user(51, "Rita Lectrice");
/** The commitments of the edited poster, by what they say. */
let ids: Record<"time" | "explain" | "rules" | "polite", string>;

beforeAll(async () => {
  server = await startTestServer({ env: { OUTBOX_POLL_MS: "50" } });
  journey = new MethodJourney(server, coordinator);
  // The team as Teams knows it: the roster the campaign page's people picker is fed from.
  server.connector.members.set(
    TEAM_ID,
    [coordinator, ...journey.volunteers, manager, reader].map((u) => ({
      id: u.id,
      name: u.name,
      aadObjectId: u.aadObjectId,
    })),
  );
  await journey.installForEveryone();
  await journey.toPosterValidation();
  // The coordinator rewords the poster on the poster page before asking for its validation.
  const poster = await journey.tab.get(journey.path("/poster"));
  expect(poster.status).toBe(200);
  const edited = await journey.tab.put(journey.path("/poster"), {
    version: poster.body.poster.version,
    ...FUNERAL_POSTER,
  });
  expect(edited.status).toBe(200);
  const c = edited.body.poster.commitments;
  ids = { time: c.agents[0].id, explain: c.agents[1].id, rules: c.usagers[0].id, polite: c.both[0].id };
}, 90_000);

afterAll(async () => {
  await server?.stop();
});

afterEach(() => {
  expect(server.connector.cardProblems).toEqual([]);
});

let validation: Promise<void> | undefined;
/** The poster's validation asked, approved in Teams and closed: once, for the tests that start at the committee. */
function validated(): Promise<void> {
  validation ??= journey.validatePosterAndClose();
  return validation;
}

function decide(body: Record<string, unknown>, as: TabSession = journey.tab): Promise<ApiAnswer> {
  return as.post(journey.path("/committee/decisions"), body);
}

async function state(): Promise<string> {
  return (await journey.progress()).campaign.state as string;
}

function noticesTo(u: TeamsUser): string[] {
  return server.connector
    .cardsSentTo(personalChatId(u))
    .map((c) => JSON.stringify(c))
    .filter((c) => c.includes("roadmap.notify.off"));
}

describe("steering committee and roadmap", () => {
  it("refuses committee decisions before the poster is validated", async () => {
    expect(await state()).toBe("posterValidation");
    const res = await decide({ commitmentId: ids.time, decision: "adopted", level: "service" });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("campaign.posterNotFinal");
  });

  it("records decisions, turns adopted and adapted commitments into roadmap actions, and notifies participants of status changes", async () => {
    await validated();
    expect(await state()).toBe("steeringCommittee");
    // Those who took part in Teams (asked to validate the poster in their 1:1 chat): each hears of a
    // status change, until they turn notices off. The poster page counts them too.
    const participants = journey.mixedAgents.filter((a) =>
      server.connector.cardsSentTo(personalChatId(a)).some((c) => JSON.stringify(c).includes('"poster.approve"')),
    );
    expect(participants.length).toBeGreaterThanOrEqual(2);
    expect((await journey.tab.get(journey.path("/poster"))).body.participants.teams).toBe(participants.length);
    const [alice, bruno] = participants as [TeamsUser, TeamsUser];

    expect((await decide({ commitmentId: ids.time, decision: "adopted", level: "service" })).status).toBe(200);
    const adapted = await decide({
      commitmentId: ids.explain,
      decision: "adapted",
      level: "department",
      reason: "Les délais dépendent des pompes funèbres",
      adaptedText: "remettre une fiche des démarches et délais",
    });
    expect(adapted.status).toBe(200);
    const noReason = await decide({ commitmentId: ids.rules, decision: "rejected", level: "executive" });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toMatchObject({ code: "committee.reasonRequired", params: { decision: "rejected" } });
    const rejected = await decide({
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

    expect(await state()).toBe("steeringCommittee");
    await decide({ commitmentId: ids.polite, decision: "adopted", level: "service" });
    // Every commitment decided: the campaign's roadmap is in progress.
    expect(await state()).toBe("roadmapInProgress");
    const roadmap = await journey.tab.get(journey.path("/roadmap"));
    expect(roadmap.body.canEdit).toBe(true);
    expect(roadmap.body.actions.map((a: { title: string }) => a.title)).toEqual([
      "prendre plus de temps pour accompagner l'usager",
      "remettre une fiche des démarches et délais",
      "plus de politesse, de part et d'autre",
    ]);
    const actionId = roadmap.body.actions[0].id as string;
    const action = journey.path(`/roadmap/${encodeURIComponent(actionId)}`);

    // Plan, then a progress update that starts the action: participants get a short card.
    const plan = await journey.tab.patch(action, { owner: "Responsable accueil", dueDate: "2027-03-31" });
    expect(plan.body.action).toMatchObject({ owner: "Responsable accueil", dueDate: "2027-03-31" });
    expect(plan.body.notices).toBeUndefined();
    const started = await journey.tab.post(`${action}/updates`, {
      progress: 30,
      comment: "Créneaux de 30 minutes testés",
    });
    expect(started.status).toBe(200);
    expect(started.body.action).toMatchObject({ status: "inProgress", progress: 30 });
    expect(started.body.notices).toEqual({ sent: participants.length, optedOut: 0, unreachable: 0 });
    for (const p of participants) expect(noticesTo(p).at(-1)).toContain(translate("fr", "roadmap.status.inProgress"));

    // Alice turns notices off from the card; the next change reaches everyone else.
    const off = await server.postActivity(
      personalExecute({ serviceUrl: server.connector.url, from: alice, verb: "roadmap.notify.off" }),
    );
    expect(answeredCard(off.body).json).toContain(translate("fr", "roadmap.card.offDone"));
    const done = await journey.tab.post(`${action}/updates`, {
      status: "done",
      comment: "En place depuis janvier",
    });
    expect(done.body.action).toMatchObject({ status: "done", progress: 100 });
    expect(done.body.notices).toEqual({ sent: participants.length - 1, optedOut: 1, unreachable: 0 });
    expect(noticesTo(alice)).toHaveLength(1);
    expect(noticesTo(bruno).at(-1)).toContain(translate("fr", "roadmap.status.done"));

    // Bad updates are refused whole.
    const inEnglish = new TabSession(server.url, coordinator.aadObjectId, "en-GB");
    const bad = await inEnglish.post(`${action}/updates`, { status: "dropped" });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toEqual({
      code: "roadmap.droppedNeedsComment",
      message: translate("en", "domain.roadmap.droppedNeedsComment"),
    });
    const history = await journey.tab.get(journey.path("/roadmap"));
    expect(history.body.actions[0].updates).toHaveLength(2);
    expect(history.body.summary).toMatchObject({
      total: 3,
      byStatus: { toStart: 2, inProgress: 0, done: 1, dropped: 0 },
    });
  });

  it("lets a manager edit the roadmap but not decide for the committee; a reader can only read", async () => {
    await validated();
    await decide({ commitmentId: ids.polite, decision: "adopted", level: "service" });
    // The coordinator names a manager from the team's roster on the campaign page.
    const named = await journey.tab.post(journey.path("/roles"), {
      person: manager.aadObjectId,
      name: manager.name,
      role: "manager",
    });
    expect(named.status).toBe(200);
    expect(named.body.staff).toContainEqual({ id: manager.aadObjectId, name: manager.name, role: "manager" });
    const asManager = journey.as(manager);
    const refused = await decide({ commitmentId: ids.time, decision: "adopted", level: "service" }, asManager);
    expect(refused.status).toBe(403);
    const polite = ((await asManager.get(journey.path("/roadmap"))).body.actions as Json[]).find(
      (a) => a.title === "plus de politesse, de part et d'autre",
    );
    expect(polite).toBeDefined();
    const updates = journey.path(`/roadmap/${encodeURIComponent(polite!.id as string)}/updates`);
    expect((await asManager.post(updates, { progress: 10 })).status).toBe(200);
    // Someone with no role on the campaign only reads its roadmap.
    const asReader = journey.as(reader);
    const read = await asReader.get(journey.path("/roadmap"));
    expect(read.status).toBe(200);
    expect(read.body.canEdit).toBe(false);
    expect((await asReader.post(updates, { progress: 20 })).status).toBe(403);
  });
});
