import { eventually } from "../../support/eventually";
import { answeredCard, executeInvoke } from "../../support/recruitmentActivities";
import { TabSession } from "../../support/tabApi";
import { channelMessage, TEAM_ID, user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import { LocalConnector } from "../../support/localConnector";
import { ThrottlingConnector } from "../../support/throttlingConnector";
import { uniqueTablePrefix } from "../../support/testStorage";

/**
 * 1:1 invitations to a whole team through the persistent outbox, against a connector enforcing
 * Teams' limits. The per-app ceiling is raised (Teams: 50/s) so the test stays short; the
 * per-conversation limits are Teams' own.
 */
const APP_PER_SECOND = 100;
const TEAM_SIZE = 300;

const ENV = {
  OUTBOX_APP_PER_SECOND: String(APP_PER_SECOND),
  OUTBOX_POLL_MS: "100",
  OUTBOX_LEASE_MS: "2000",
  OUTBOX_BACKOFF_BASE_MS: "50",
  OUTBOX_PROGRESS_EVERY_MS: "500",
  // The outbox's default share (98% of the ceiling): the test asserts zero violations on a shared CI
  // machine, where arrival times jitter far more than in production, and a request holds its slot
  // until a window after its answer, which bounds what arrives whatever the jitter.
};

describe("inviting a 300-member team 1:1 through the outbox", () => {
  const coordinator = user(1, "Claire Coordinatrice");
  let connector: ThrottlingConnector<LocalConnector>;
  const servers: TestServer[] = [];

  beforeEach(async () => {
    // Every 97th request is throttled anyway, as Teams does under load: each Retry-After must be honoured.
    connector = new ThrottlingConnector(new LocalConnector(), {
      perApp: [{ limit: APP_PER_SECOND, windowMs: 1000 }],
      retryAfterMs: 300,
      injectThrottleEvery: 97,
    });
    await connector.start();
    const members = [coordinator, ...Array.from({ length: TEAM_SIZE - 1 }, (_, i) => user(1000 + i))];
    connector.inner.members.set(
      TEAM_ID,
      members.map((m) => ({ id: m.id, name: m.name, aadObjectId: m.aadObjectId })),
    );
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop().catch(() => undefined)));
    await connector.stop();
  });

  async function setUp(server: TestServer) {
    const campaignId = "9a1d7c2e-0000-4000-8000-00000000c0de";
    await server.postActivity(
      executeInvoke({
        serviceUrl: connector.url,
        from: coordinator,
        verb: "recruitment.createCampaign",
        data: { formId: campaignId, name: "Service funéraire", approach: "thematic", services: "Service funéraire" },
        locale: "fr-FR",
      }),
    );
    const message = channelMessage({ serviceUrl: connector.url, from: coordinator, text: "inviter", locale: "fr-FR" });
    await server.postActivity(message);
    const controls = connector.inner.sentTo(message.conversation.id)[1]!;
    const formId = (controls.activity.attachments?.[0]?.content as { actions: { data: { formId: string } }[] })
      .actions[0]!.data.formId;
    return { campaignId, thread: message.conversation.id, controlsId: controls.id, formId };
  }

  /** The coordinator in the tab (local mode: their Entra object id, as the campaign created in Teams knows them). */
  const coordinatorTab = (server: TestServer) => new TabSession(server.url, coordinator.aadObjectId);

  /**
   * The invitation batch as the coordinator's outbox section shows it: one batch holding the whole team,
   * every invitation recorded as sent, nothing left pending.
   */
  async function invitationsSettled(server: TestServer, campaignId: string): Promise<boolean> {
    const res = await coordinatorTab(server).get(`/api/campaigns/${campaignId}/outbox`);
    expect(res.status).toBe(200);
    const jobs = (res.body.jobs as { kind: string; counts: { pending: number; sent: number; total: number } }[]).filter(
      (j) => j.kind === "invitation",
    );
    const counts = jobs.length === 1 ? jobs[0]!.counts : undefined;
    return counts?.pending === 0 && counts.total === TEAM_SIZE && counts.sent === TEAM_SIZE;
  }

  function personalSends() {
    return connector.inner.activities.filter((a) => a.conversationId.startsWith("a:personal-") && a.method === "POST");
  }

  function expectExactlyOncePerMember() {
    const perConversation = new Map<string, number>();
    for (const a of personalSends())
      perConversation.set(a.conversationId, (perConversation.get(a.conversationId) ?? 0) + 1);
    expect(perConversation.size).toBe(TEAM_SIZE);
    expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
  }

  function expectLimitsRespected() {
    expect(connector.violations).toEqual([]);
    expect(connector.throttled.filter((t) => !t.injected)).toEqual([]);
    expect(connector.throttled.length).toBeGreaterThan(0);
    expect(connector.inner.cardProblems).toEqual([]);
  }

  it("sends exactly 300 invitations, never over the limits, honouring every Retry-After, and reports progress", async () => {
    const server = await startTestServer({ env: ENV });
    servers.push(server);
    const { campaignId, thread, controlsId, formId } = await setUp(server);
    const invite = () =>
      server.postActivity(
        executeInvoke({
          serviceUrl: connector.url,
          from: coordinator,
          verb: "recruitment.inviteAll",
          data: { campaignId, formId },
          locale: "fr-FR",
          replyToId: controlsId,
          conversationId: thread,
        }),
      );
    // A double click: the second queues nobody.
    const [first, second] = await Promise.all([invite(), invite()]);
    expect(answeredCard(first.body).json).toContain("Invitations individuelles");
    expect(answeredCard(second.body).json).toContain("Invitations individuelles");
    await connector.inner
      .waitFor(() => personalSends().length >= TEAM_SIZE, 30_000)
      .catch(async (e: unknown) => {
        // What the coordinator's outbox section shows: counts per batch and who was not reached.
        const progress = (await coordinatorTab(server).get(`/api/campaigns/${campaignId}/outbox`)).body;
        console.log(
          JSON.stringify(progress.jobs),
          JSON.stringify((progress.failures as unknown[] | undefined)?.slice(0, 5)),
          personalSends().length,
          JSON.stringify(connector.throttled.slice(0, 5)),
          connector.violations.length,
          JSON.stringify(server.logs.filter((l) => (l.level as number) >= 40).slice(0, 5)),
        );
        throw e;
      });
    // Once every item is recorded as sent nothing is left pending, so no duplicate can still be on its way.
    await eventually(async () => await invitationsSettled(server, campaignId));
    expectExactlyOncePerMember();
    expectLimitsRespected();

    const res = await fetch(`${server.url}/api/campaigns/${campaignId}/outbox`, {
      headers: { "Accept-Language": "fr-FR" },
    });
    expect(res.status).toBe(403);
    // The coordinator's card was rewritten with the counts as sending went on.
    await connector.inner.waitFor(
      () =>
        connector.inner.activities.some(
          (a) =>
            a.method === "PUT" &&
            a.targetActivityId === controlsId &&
            JSON.stringify(a.activity).includes(`${TEAM_SIZE} envoyée(s)`),
        ),
      5000,
    );
    // And it links to the tab's page where the coordinator sees who was not reached.
    const updated = connector.inner.activities
      .filter((a) => a.method === "PUT" && a.targetActivityId === controlsId)
      .at(-1)!;
    const card = updated.activity.attachments?.[0]?.content as {
      actions: { type: string; title: string; url?: string }[];
    };
    expect(card.actions).toContainEqual({
      type: "Action.OpenUrl",
      title: "Suivre dans l'onglet",
      url: `${server.url}/recruitment/${campaignId}?section=messages`,
    });
  }, 60_000);

  it("still sends each invitation exactly once when the server is stopped mid-way and another one resumes", async () => {
    const prefix = uniqueTablePrefix();
    const first = await startTestServer({ tablePrefix: prefix, env: ENV });
    servers.push(first);
    const { campaignId, thread, controlsId, formId } = await setUp(first);
    await first.postActivity(
      executeInvoke({
        serviceUrl: connector.url,
        from: coordinator,
        verb: "recruitment.inviteAll",
        data: { campaignId, formId },
        locale: "fr-FR",
        replyToId: controlsId,
        conversationId: thread,
      }),
    );
    await connector.inner.waitFor(() => personalSends().length >= 80, 30_000);
    await first.stop();
    servers.splice(servers.indexOf(first), 1);
    const sentBeforeRestart = personalSends().length;
    expect(sentBeforeRestart).toBeLessThan(TEAM_SIZE);

    // A new instance on the same storage: nobody asks it to, its worker resumes at start-up.
    const second = await startTestServer({ tablePrefix: prefix, env: ENV });
    servers.push(second);
    await connector.inner.waitFor(() => personalSends().length >= TEAM_SIZE, 30_000);
    await eventually(async () => await invitationsSettled(second, campaignId));
    expectExactlyOncePerMember();
    expectLimitsRespected();
  }, 60_000);
});
