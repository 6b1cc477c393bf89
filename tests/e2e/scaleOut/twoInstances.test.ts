import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { eventually } from "../../support/eventually";
import { freePort } from "../../support/freePort";
import { LocalConnector } from "../../support/localConnector";
import { MethodJourney } from "../../support/methodJourney";
import { executeInvoke } from "../../support/recruitmentActivities";
import { RoundRobinProxy } from "../../support/roundRobinProxy";
import { channelMessage, TEAM_ID, user } from "../../support/teamsActivities";
import { TabSession } from "../../support/tabApi";
import { startTestServer, type TestServer } from "../../support/testServer";
import { testConnectionString, uniqueTablePrefix } from "../../support/testStorage";
import { JoinDevice, requestIdOf, stageState, WorkshopHarness } from "../../support/workshopHarness";

/**
 * Two instances on one storage behind a round-robin balancer behave as one: a workshop run across
 * both gives exactly the counts of a run on one, and a recruitment broadcast sends each invitation
 * once although both instances run the outbox worker. Then the instance holding the outbox lease
 * is killed (SIGKILL, a real process) mid-broadcast and the other takes over.
 */
const TEAM_SIZE = 60;
const ENV = {
  OUTBOX_APP_PER_SECOND: "100",
  OUTBOX_POLL_MS: "100",
  OUTBOX_LEASE_MS: "1500",
  OUTBOX_BACKOFF_BASE_MS: "50",
  OUTBOX_PROGRESS_EVERY_MS: "500",
  OUTBOX_CONCURRENCY: "4",
};
const coordinator = user(1, "Claire Coordinatrice");
const root = join(__dirname, "..", "..", "..");

function viaProxy(server: TestServer, proxy: RoundRobinProxy): TestServer {
  return {
    ...server,
    url: proxy.url,
    async postActivity(activity: object) {
      const res = await fetch(`${proxy.url}/api/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
  };
}

async function startTeam(post: (a: object) => Promise<{ status: number; body: unknown }>, connector: LocalConnector) {
  const campaignId = `c0ffee00-0000-4000-8000-${Math.floor(Math.random() * 1e12)
    .toString()
    .padStart(12, "0")}`;
  connector.members.set(
    TEAM_ID,
    [coordinator, ...Array.from({ length: TEAM_SIZE - 1 }, (_, i) => user(2000 + i))].map((m) => ({
      id: m.id,
      name: m.name,
      aadObjectId: m.aadObjectId,
    })),
  );
  await post(
    executeInvoke({
      serviceUrl: connector.url,
      from: coordinator,
      verb: "recruitment.createCampaign",
      data: { formId: campaignId, name: "Médiathèque", approach: "thematic", services: "Médiathèque" },
      locale: "fr-FR",
    }),
  );
  const message = channelMessage({ serviceUrl: connector.url, from: coordinator, text: "inviter", locale: "fr-FR" });
  await post(message);
  const controls = connector.sentTo(message.conversation.id)[1]!;
  const formId = (controls.activity.attachments?.[0]?.content as { actions: { data: { formId: string } }[] })
    .actions[0]!.data.formId;
  const invite = () =>
    post(
      executeInvoke({
        serviceUrl: connector.url,
        from: coordinator,
        verb: "recruitment.inviteAll",
        data: { campaignId, formId },
        locale: "fr-FR",
        replyToId: controls.id,
        conversationId: message.conversation.id,
      }),
    );
  return { invite, campaignId };
}

/** Waits until the coordinator's outbox view shows nothing pending: no send is left to go out twice. */
async function outboxDrained(baseUrl: string, campaignId: string): Promise<void> {
  const tab = new TabSession(baseUrl, coordinator.aadObjectId);
  await eventually(async () => {
    const { status, body } = await tab.get(`/api/campaigns/${campaignId}/outbox`);
    const jobs = body.jobs as { counts: { pending: number } }[] | undefined;
    return status === 200 && jobs !== undefined && jobs.length > 0 && jobs.every((j) => j.counts.pending === 0);
  }, 30_000);
}

/**
 * The messages posted in 1:1 chats; with `campaignId`, only those about that campaign (its invitations),
 * leaving out what an earlier campaign on the same connector sent (welcome messages, panel news).
 */
function personalSends(connector: LocalConnector, campaignId?: string) {
  return connector.activities.filter(
    (a) =>
      a.conversationId.startsWith("a:personal-") &&
      a.method === "POST" &&
      (campaignId === undefined || JSON.stringify(a.activity).includes(campaignId)),
  );
}

function sendsPerMember(connector: LocalConnector, campaignId?: string): number[] {
  const counts = new Map<string, number>();
  for (const a of personalSends(connector, campaignId))
    counts.set(a.conversationId, (counts.get(a.conversationId) ?? 0) + 1);
  return [...counts.values()];
}

describe("two instances behind a round-robin balancer", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
  });

  it("run one workshop and one broadcast as a single instance would", async () => {
    const tablePrefix = uniqueTablePrefix();
    const a = await startTestServer({ tablePrefix, env: ENV });
    cleanup.push(() => a.stop());
    const b = await startTestServer({ tablePrefix, env: ENV });
    cleanup.push(() => b.stop());
    const proxy = new RoundRobinProxy([a.url, b.url]);
    await proxy.start();
    cleanup.push(() => proxy.stop());
    const front = viaProxy(a, proxy);

    // A workshop: every call alternates between the instances, and every invoke is sent twice.
    // The campaign reaches workshop 1 (not yet opened) through Teams and the tab, every step through the balancer.
    const journey = new MethodJourney(front, coordinator);
    await journey.installForEveryone();
    await journey.createAndInvite();
    await journey.volunteerAll();
    await journey.confirmAgentPanel();
    await journey.move("recruitingAgents", "workshop1");
    const campaign = { id: journey.campaignId };
    const asCoordinator = { as: coordinator.aadObjectId };
    const w = new WorkshopHarness(front, campaign.id, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const agents = Array.from({ length: 12 }, (_, i) => user(500 + i));
    for (const [i, agent] of agents.entries()) {
      const card = await w.card(agent, "workshop.refresh", { view: "participant" });
      const data = { stepId: "ideal", text: `Écoute ${i}`, requestId: requestIdOf(card, "workshop.contribute") };
      await w.card(agent, "workshop.contribute", data);
      await w.card(agent, "workshop.contribute", data);
    }
    const join = (await stageState(proxy.url, campaign.id, asCoordinator)).join.code;
    const phone = new JoinDevice(proxy.url, join);
    await phone.register();
    const phoneCard = await phone.card();
    expect(
      (
        await phone.act("workshop.contribute", {
          stepId: "ideal",
          text: "Sourire",
          requestId: requestIdOf(phoneCard, "workshop.contribute"),
        })
      ).status,
    ).toBe(200);

    const seenByA = JSON.stringify((await stageState(a.url, campaign.id, asCoordinator)).results);
    const seenByB = JSON.stringify((await stageState(b.url, campaign.id, asCoordinator)).results);
    expect(seenByA).toBe(seenByB);
    for (let i = 0; i < agents.length; i++) expect(seenByA).toContain(`Écoute ${i}`);
    expect(seenByA).toContain("Sourire");
    expect(seenByA.match(/Écoute \d+/g)).toHaveLength(agents.length);
    expect(Math.min(...proxy.hits)).toBeGreaterThan(5);

    // A broadcast: both instances run the outbox worker; the lease lets one send at a time.
    const { invite, campaignId } = await startTeam((x) => front.postActivity(x), a.connector);
    await Promise.all([invite(), invite()]);
    await a.connector.waitFor(() => personalSends(a.connector, campaignId).length >= TEAM_SIZE, 30_000);
    await outboxDrained(a.url, campaignId);
    const counts = sendsPerMember(a.connector, campaignId);
    expect(counts).toHaveLength(TEAM_SIZE);
    expect(counts.every((n) => n === 1)).toBe(true);
    // The members who are only in the team heard of nothing but this invitation, once each.
    const teamOnly = new Set(Array.from({ length: TEAM_SIZE - 1 }, (_, i) => `a:personal-${user(2000 + i).id}`));
    expect(personalSends(a.connector).filter((s) => teamOnly.has(s.conversationId))).toHaveLength(TEAM_SIZE - 1);
    expect(a.connector.cardProblems).toEqual([]);

    // Nothing private reached the logs of either instance: no contribution text, no token.
    const logs = JSON.stringify([...a.logs, ...b.logs]);
    expect(logs).not.toContain("Écoute");
    expect(logs).not.toContain("Sourire");
    expect(logs).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
  }, 120_000);

  it("finishes the broadcast when the instance holding the outbox lease is killed mid-way", async () => {
    const startJs = join(root, "dist", "bot", "start.js");
    if (!existsSync(startJs))
      throw new Error("dist/bot/start.js is missing: run `npm run build` first (npm test does)");
    const tablePrefix = uniqueTablePrefix();
    const connector = new LocalConnector();
    await connector.start();
    cleanup.push(() => connector.stop());

    // Instance A is a real process, so it can be killed without any chance to clean up.
    const port = await freePort();
    let output = "";
    const child: ChildProcess = spawn(process.execPath, [startJs], {
      cwd: root,
      env: {
        ...process.env,
        ...ENV,
        PORT: String(port),
        STORAGE_CONNECTION_STRING: testConnectionString(),
        TABLE_PREFIX: tablePrefix,
        MicrosoftAppId: "",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
    cleanup.push(async () => {
      if (child.exitCode === null) child.kill("SIGKILL");
    });
    const deadline = Date.now() + 60_000;
    while (!output.includes("prêt / ready")) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`instance A did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const aUrl = `http://127.0.0.1:${port}`;
    const post = async (activity: object) => {
      const res = await fetch(`${aUrl}/api/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    };

    // A starts the broadcast alone, so its worker holds the lease; B joins and stands by.
    const { invite, campaignId } = await startTeam(post, connector);
    await invite();
    await connector.waitFor(() => personalSends(connector).length >= 10, 30_000);
    const b = await startTestServer({ tablePrefix, env: ENV });
    cleanup.push(() => b.stop());
    await connector.waitFor(() => personalSends(connector).length >= 20, 30_000);
    child.kill("SIGKILL");
    await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
    const sentWhenKilled = personalSends(connector).length;
    expect(sentWhenKilled).toBeLessThan(TEAM_SIZE);

    // B takes the lease once it expires and sends the rest.
    await connector.waitFor(
      () => new Set(personalSends(connector).map((s) => s.conversationId)).size >= TEAM_SIZE,
      30_000,
    );
    await outboxDrained(b.url, campaignId);
    const counts = sendsPerMember(connector);
    expect(counts).toHaveLength(TEAM_SIZE);
    // At-least-once across a kill: only the sends on the wire at that instant (≤ OUTBOX_CONCURRENCY) may repeat.
    const repeats = counts.reduce((sum, n) => sum + (n - 1), 0);
    expect(repeats).toBeLessThanOrEqual(Number(ENV.OUTBOX_CONCURRENCY));
  }, 120_000);
});
