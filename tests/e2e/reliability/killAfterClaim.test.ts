import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { FaultyStorageProxy, type ProxiedRequest } from "../../support/faultyStorageProxy";
import { freePort } from "../../support/freePort";
import { LocalConnector } from "../../support/localConnector";
import { answeredCard, executeInvoke } from "../../support/recruitmentActivities";
import { deliver } from "../../support/resendingClient";
import { personalMessage, user } from "../../support/teamsActivities";
import { testConnectionString, uniqueTablePrefix } from "../../support/testStorage";
import { translate } from "../../../bot/src/i18n/translate";

const root = join(__dirname, "..", "..", "..");
const mainJs = join(root, "dist", "bot", "main.js");

interface Child {
  readonly url: string;
  readonly process: ChildProcess;
  readonly exited: Promise<unknown>;
  readonly output: () => string;
}

/** The production entry point as a real process, on the given storage and table prefix. */
async function startServer(connectionString: string, tablePrefix: string): Promise<Child> {
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "warn",
    MicrosoftAppId: "",
    STORAGE_CONNECTION_STRING: connectionString,
    TABLE_PREFIX: tablePrefix,
  };
  const child = spawn(process.execPath, [mainJs], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited during start-up:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { url, process: child, exited, output: () => output };
    if (Date.now() > deadline) throw new Error(`server not ready within 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The server dies (kill -9) after it claimed an activity and before it answered; Teams, getting no
 * answer, delivers the same activity again to the restarted server. It must be answered, once.
 */
describe("a server killed between its claim and its answer", () => {
  const proxy = FaultyStorageProxy.forConnectionString(testConnectionString());
  const connector = new LocalConnector();
  const tablePrefix = uniqueTablePrefix();
  const running: Child[] = [];
  let storage: string;

  beforeAll(async () => {
    if (!existsSync(mainJs)) throw new Error("dist/bot/main.js is missing: run `npm run build` first (npm test does)");
    await proxy.start();
    await connector.start();
    storage = proxy.connectionString(testConnectionString());
  });
  afterEach(() => proxy.restore());
  afterAll(async () => {
    for (const child of running) child.process.kill("SIGKILL");
    await Promise.all(running.map((c) => c.exited));
    await connector.stop();
    await proxy.stop();
  });

  async function start(): Promise<Child> {
    const child = await startServer(storage, tablePrefix);
    running.push(child);
    return child;
  }

  /** Freezes storage once a write matching `after` went through, sends the activity, and kills the server there. */
  async function killAfter(server: Child, after: (r: ProxiedRequest) => boolean, activity: object): Promise<void> {
    const stuck = proxy.outage("hold", { after });
    const first = deliver(server.url, activity, { maxDeliveries: 1, timeoutMs: 20_000 });
    await stuck;
    server.process.kill("SIGKILL");
    await server.exited;
    expect((await first).status).toBeUndefined();
    proxy.restore();
  }

  const repliesTo = (id: string) => connector.activities.filter((a) => a.activity["replyToId"] === id);

  it("answers Teams' resend of a typed message, once, after the lease of the dead claim runs out", async () => {
    const message = personalMessage({
      serviceUrl: connector.url,
      from: user(1, "Camille Martin"),
      text: "campagnes",
      locale: "fr-FR",
    });
    await killAfter(
      await start(),
      (r) => r.method === "POST" && r.path.includes("processedActivities") && (r.status ?? 500) < 300,
      message,
    );
    expect(repliesTo(message.id)).toEqual([]);

    const restarted = await start();
    const resent = await deliver(restarted.url, message);
    expect(resent.status).toBe(200);
    const replies = repliesTo(message.id);
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]!.activity.attachments)).toContain("Campagnes");
    // Delivered once more: already answered.
    expect((await deliver(restarted.url, message)).status).toBe(200);
    expect(repliesTo(message.id)).toHaveLength(1);
    expect(connector.cardProblems).toEqual([]);
  }, 60_000);

  it("does a card action killed after its first write once, when Teams delivers it again", async () => {
    const formId = randomUUID();
    const click = executeInvoke({
      serviceUrl: connector.url,
      from: user(2, "Claire Coordinatrice"),
      verb: "recruitment.createCampaign",
      data: { formId, name: "État civil", approach: "thematic", services: "État civil" },
      locale: "fr-FR",
    });
    const server = running.find((c) => c.process.exitCode === null && c.process.signalCode === null) ?? (await start());
    await killAfter(
      server,
      (r) => r.method === "POST" && r.path.includes("campaigns") && (r.status ?? 500) < 300,
      click,
    );

    const restarted = await start();
    const resent = await deliver(restarted.url, click, { timeoutMs: 5000 });
    expect(answeredCard(resent.body).json).toContain(translate("fr", "recruitment.summary.title"));
    const listed = ((await (await fetch(`${restarted.url}/api/campaigns`)).json()) as { campaigns: { id: string }[] })
      .campaigns;
    expect(listed.filter((c) => c.id === formId)).toHaveLength(1);
  }, 60_000);
});
