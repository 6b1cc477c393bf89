import { translate } from "../../../bot/src/i18n/translate";
import { LOCAL_IDENTITY_COOKIE } from "../../../bot/src/transport/http/identity";
import { MethodJourney } from "../../support/methodJourney";
import { answeredCard } from "../../support/recruitmentActivities";
import { FUNERAL_POSTER, personalChatId, personalExecute } from "../../support/posterActivities";
import { user, type TeamsUser } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

/**
 * Poster validation on campaigns taken through the doors people have (tests/support/methodJourney.ts)
 * to workshop 3, which is then run on paper (each on its own server: one team per server): the coordinator types the poster in the tab, naming who
 * validates it. Two campaigns: one followed to its validation, one closed by the coordinator.
 */
jest.setTimeout(120_000);
/** The server of the campaign under test (each campaign has its own Teams team, so its own server). */
let server: TestServer;
const coordinator = user(1, "Claire Coordinatrice");
const alice = user(11, "Alice Agent");
const bruno = user(12, "Bruno Agent");
const outsider = user(13, "Olga Outsider");
/** Campaigns at workshop 3 with no poster yet: the first for the rounds, the second for the coordinator's close. */
let first: MethodJourney;
let second: MethodJourney;

beforeAll(async () => {
  const [one, two] = await Promise.all([
    startTestServer({ env: { OUTBOX_POLL_MS: "50" } }),
    startTestServer({ env: { OUTBOX_POLL_MS: "50" } }),
  ]);
  first = new MethodJourney(one, coordinator);
  second = new MethodJourney(two, coordinator);
  await Promise.all(
    [first, second].map(async (j) => {
      await j.installForEveryone([alice, bruno, outsider]);
      await j.toWorkshop3();
    }),
  );
  server = one;
});

afterAll(async () => {
  await Promise.all([first?.server.stop(), second?.server.stop()]);
});

afterEach(() => {
  expect(first.server.connector.cardProblems).toEqual([]);
  expect(second.server.connector.cardProblems).toEqual([]);
});

// Response bodies are checked by the expectations below, not by types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** The tab's API as the poster page calls it, as `who` (the coordinator unless told). */
async function api(method: string, path: string, body?: unknown, locale = "fr-FR", who: TeamsUser = coordinator) {
  const res = await fetch(server.url + path, {
    method,
    headers: {
      "content-type": "application/json",
      "accept-language": locale,
      cookie: `${LOCAL_IDENTITY_COOKIE}=${encodeURIComponent(who.aadObjectId)}`,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const type = res.headers.get("content-type") ?? "";
  return {
    status: res.status,
    body: type.includes("json") ? ((await res.json()) as Json) : undefined,
    bytes: type.includes("pdf") ? Buffer.from(await res.arrayBuffer()) : undefined,
  };
}

/** What a person sees in a public page: no identity. */
async function publicApi(method: string, path: string, body?: unknown) {
  const res = await fetch(server.url + path, {
    method,
    headers: { "content-type": "application/json", "accept-language": "fr-FR" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

function participants(teams: TeamsUser[], usagers = 1) {
  return {
    teams: teams.map((u) => ({ aadObjectId: u.aadObjectId, name: u.name })),
    usagers: Array.from({ length: usagers }, (_, i) => ({ name: `Usager ${i + 1}` })),
  };
}

async function click(u: TeamsUser, verb: string, data: Record<string, unknown>) {
  const res = await server.postActivity(
    personalExecute({ serviceUrl: server.connector.url, from: u, verb, data, locale: "fr-FR" }),
  );
  expect(res.status).toBe(200);
  return res.body;
}

describe("poster validation rounds (HTTP + Teams cards)", () => {
  it("refuses a participant who is not a coordinator, bad bodies and unknown campaigns with localised errors", async () => {
    // Runs before the rounds below: the first campaign has no poster yet. Alice takes part, she does not coordinate.
    const path = first.path("/poster");
    const forbidden = await api(
      "POST",
      path,
      { content: FUNERAL_POSTER, participants: participants([alice]) },
      "fr-FR",
      alice,
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.body?.error).toEqual({
      code: "poster.forbidden",
      message: translate("fr", "domain.poster.forbidden"),
    });
    const bad = await api(
      "POST",
      path,
      { content: { qualities: [], commitments: [] }, participants: participants([]) },
      "en-GB",
    );
    expect(bad.status).toBe(422);
    expect(bad.body?.error).toEqual({
      code: "poster.noQualities",
      message: translate("en", "domain.poster.noQualities"),
    });
    const junk = await api("POST", path, { content: { qualities: "x" } });
    expect(junk.status).toBe(400);
    expect(junk.body?.error.code).toBe("invalidBody");
    expect((await api("GET", path)).body?.error.code).toBe("poster.notFound");
    const unknown = await api("GET", `/api/campaigns/nope/poster`);
    expect(unknown.status).toBe(404);
    expect(unknown.body?.error).toEqual({
      code: "campaign.notFound",
      message: translate("fr", "domain.campaign.notFound"),
    });
    expect((await first.progress()).campaign.state).toBe("workshop3");
    // Workshop 3 has not run: the poster cannot come from it yet.
    const fromWorkshop = await api("POST", path, { fromWorkshop: true });
    expect(fromWorkshop.status).toBe(422);
    expect(fromWorkshop.body?.error.code).toBe("poster.noWorkshopOutcome");
  });

  it("creates a poster, sends each Teams participant a card, records answers per version until everyone approved", async () => {
    server = first.server;
    const campaign = { id: first.campaignId };
    const path = first.path("/poster");
    const created = await api("POST", path, { content: FUNERAL_POSTER, participants: participants([alice, bruno]) });
    expect(created.status).toBe(201);
    expect(created.body?.poster.version).toBe(1);
    expect(created.body?.poster.qualities.map((q: { text: string }) => q.text)).toEqual([
      "Respect",
      "Écoute",
      "Qualité de l'accueil",
      "Dialogue",
    ]);
    expect(created.body?.status).toMatchObject({ state: "awaitingValidation", approvals: 0, total: 3 });
    expect(created.body?.usagerLinks).toHaveLength(1);

    const sent = await api("POST", `${path}/request-validation`);
    expect(sent.body).toMatchObject({ version: 1, sent: 2, unreachable: 0 });
    const aliceCard = JSON.stringify(server.connector.cardsSentTo(personalChatId(alice)).at(-1));
    expect(aliceCard).toContain("Les agents s'engagent à prendre plus de temps pour accompagner l'usager.");
    expect(aliceCard).toContain('"verb":"poster.approve"');
    expect(JSON.stringify(server.connector.cardsSentTo(personalChatId(outsider)))).not.toContain("poster.approve");

    // Alice approves version 1; Bruno asks for a change, which needs a comment.
    expect(answeredCard(await click(alice, "poster.approve", { campaignId: campaign.id, version: 1 })).json).toContain(
      translate("fr", "poster.card.thanksApproved", { version: 1 }),
    );
    expect(
      answeredCard(await click(bruno, "poster.requestChange", { campaignId: campaign.id, version: 1, comment: "" }))
        .json,
    ).toContain(translate("fr", "domain.poster.commentRequired"));
    expect(
      answeredCard(
        await click(bruno, "poster.requestChange", {
          campaignId: campaign.id,
          version: 1,
          comment: "Dire « politesse » plutôt",
        }),
      ).json,
    ).toContain(translate("fr", "poster.card.thanksChange", { version: 1 }));
    // Teams resends the same click: still one answer.
    await click(alice, "poster.approve", { campaignId: campaign.id, version: 1 });
    const afterRound1 = await api("GET", path);
    expect(afterRound1.body?.status).toMatchObject({
      state: "awaitingValidation",
      version: 1,
      approvals: 1,
      objections: 1,
      total: 3,
    });
    expect(afterRound1.body?.answers.find((a: { key: string }) => a.key === `aad:${bruno.aadObjectId}`).comment).toBe(
      "Dire « politesse » plutôt",
    );

    // An outsider's click is refused.
    expect(
      answeredCard(await click(outsider, "poster.approve", { campaignId: campaign.id, version: 1 })).json,
    ).toContain(translate("fr", "poster.card.notParticipant"));

    // The coordinator rewords and reorders: version 2; a stale edit is refused.
    const commitments = created.body?.poster.commitments;
    const edit = {
      version: 1,
      qualities: [
        { id: "q2", text: "Écoute" },
        { id: "q1", text: "Respect" },
        { id: "q3", text: "Qualité de l'accueil" },
        { id: "q4", text: "Dialogue" },
      ],
      commitments: [
        ...commitments.agents.map((c: { id: string; text: string }) => ({ id: c.id, party: "agents", text: c.text })),
        ...commitments.usagers.map((c: { id: string; text: string }) => ({ id: c.id, party: "usagers", text: c.text })),
        { id: commitments.both[0].id, party: "both", text: "plus de politesse" },
      ],
    };
    const edited = await api("PUT", path, edit);
    expect(edited.status).toBe(200);
    expect(edited.body?.poster.version).toBe(2);
    expect(edited.body?.poster.qualities[0].text).toBe("Écoute");
    expect(edited.body?.status).toMatchObject({ version: 2, approvals: 0 });
    const stale = await api("PUT", path, edit);
    expect(stale.status).toBe(409);
    expect(stale.body?.error).toMatchObject({ code: "poster.staleVersion", params: { given: 1, current: 2 } });

    // An answer on version 1 after the edit gets the new version's card.
    expect(answeredCard(await click(alice, "poster.approve", { campaignId: campaign.id, version: 1 })).json).toContain(
      "voici la version 2",
    );

    // Round 2: both Teams participants on their card, the usager through their link.
    await click(alice, "poster.approve", { campaignId: campaign.id, version: 2 });
    await click(bruno, "poster.approve", { campaignId: campaign.id, version: 2 });
    const token = new URL(created.body?.usagerLinks[0].url).pathname.split("/").at(-1)!;
    const publicView = await publicApi("GET", `/api/follow/${token}`);
    expect(publicView.status).toBe(200);
    expect(JSON.stringify(publicView.body)).not.toContain(alice.aadObjectId);
    const byLink = await publicApi("POST", `/api/follow/${token}/answer`, { version: 2, approved: true });
    expect(byLink.status).toBe(200);
    expect(byLink.body?.status).toEqual({ state: "validated", version: 2, approvals: 3, total: 3 });
    // The campaign moves on to its steering committee, as the campaign page shows it.
    expect((await first.progress()).campaign.state).toBe("steeringCommittee");
    expect((await api("PUT", path, { ...edit, version: 2 })).status).toBe(422);
  });

  it("lets the coordinator close validation with the count shown on the PDF (A4 and A3)", async () => {
    server = second.server;
    const campaign = { id: second.campaignId };
    const path = second.path("/poster");
    await api("POST", path, { content: FUNERAL_POSTER, participants: participants([alice, bruno], 2) });
    const tooEarly = await api("POST", `${path}/close`);
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body?.error).toEqual({
      code: "poster.noApproval",
      message: translate("fr", "domain.poster.noApproval"),
    });
    await click(alice, "poster.approve", { campaignId: campaign.id, version: 1 });
    const closed = await api("POST", `${path}/close`);
    expect(closed.body?.status).toEqual({ state: "closedByCoordinator", version: 1, approvals: 1, total: 4 });
    // Closed: answers and edits are refused.
    expect(answeredCard(await click(bruno, "poster.approve", { campaignId: campaign.id, version: 1 })).json).toContain(
      "terminée",
    );

    const a4 = await api("GET", `${path}/pdf?size=A4&lang=fr`);
    expect(a4.status).toBe(200);
    expect(a4.bytes?.subarray(0, 5).toString()).toBe("%PDF-");
    const a3 = await api("GET", `${path}/pdf?size=A3&lang=en`);
    expect(a3.status).toBe(200);
    expect(a3.bytes!.length).toBeGreaterThan(1000);
  });
});
