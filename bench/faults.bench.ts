import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { azuriteConnectionString } from "../bot/src/config/config";
import { startAzurite } from "../bot/src/dev/azurite";
import { mulberry32, seededShuffle } from "../bot/src/domain/prng";
import { translate } from "../bot/src/i18n/translate";
import { createRepositories } from "../bot/src/storage/repositories";
import { TableClients } from "../bot/src/storage/tableClients";
import { campaignFixture } from "../tests/support/campaignFixture";
import { FaultyStorageProxy } from "../tests/support/faultyStorageProxy";
import { freePort } from "../tests/support/freePort";
import { deliver } from "../tests/support/resendingClient";
import { personalMessage, user, type TeamsUser } from "../tests/support/teamsActivities";
import { cardInvoke, meetingMessage } from "../tests/support/workshopActivities";
import { printTable, summarise } from "./stats";

/**
 * The fault bench: N workshop contributions and M typed messages sent to /api/messages as Teams
 * sends them, to the real server (dist/bot/main.js, a child process) whose storage is behind a
 * proxy that spoils a share of the requests (503, 3–10 s delays, connections cut before or after
 * the write). Three runs: 0% faults, 20% faults, and 0% with the server killed (SIGKILL) mid-burst
 * and restarted on the same port.
 *
 * The clients behave like Teams and its users: a delivery that gets no HTTP answer (refused or cut
 * connection) is delivered again, same activity; an answer « did not go through, try again » is
 * tried again by the user (a new activity, same card data or text). Counted per run:
 * - acknowledged: actions answered « Merci, c'est noté ! », messages answered for real;
 * - stored: acknowledged contributions found on the stage (GET /api/workshops/<campaign>);
 * - lost: acknowledged but not stored, or a message answered 200 and never replied to;
 * - duplicated: a contribution stored twice, a message replied to twice;
 * - unclear: an answer that is neither a success nor a clear « try again » (5xx, empty 501, the
 *   generic error text, a refusal, no answer within Teams' 5 s for an invoke).
 * Lost, duplicated and unclear must be 0, and stored must equal acknowledged: the bench exits 1
 * otherwise. One exception is shown apart (marked *): a reply that was on its way to the connector
 * at the very instant of the SIGKILL is sent again when Teams resends the message (at least once,
 * rather than at most once).
 * BENCH_ACTIONS (200), BENCH_MESSAGES (100) and BENCH_IN_FLIGHT (16) change the load; BENCH_RUNS
 * (e.g. `kill` or `0%,20%`) picks runs by the start of their name.
 */
const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 200);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 16);
const PER_PARTICIPANT = 2;
const MAX_TRIES = 20;
const TEAMS_INVOKE_TIMEOUT_MS = 5000;
const TEAMS_MESSAGE_TIMEOUT_MS = 15_000;

const root = join(__dirname, "..", "..");
const mainJs = join(root, "dist", "bot", "main.js");

const THANKS = translate("fr", "workshop.thanks");
const ACTION_TRY_AGAIN = translate("fr", "error.actionTryAgain");
const MESSAGE_TRY_AGAIN = translate("fr", "error.messageTryAgain");

interface Scenario {
  readonly name: string;
  readonly rate: number;
  readonly kill: boolean;
}

interface Tally {
  acknowledged: number;
  stored: number;
  lost: number;
  duplicated: number;
  unclear: number;
  tryAgain: number;
  resent: number;
  doubledByKill: number;
  samples: number[];
  notes: string[];
}

const newTally = (): Tally => ({
  acknowledged: 0,
  stored: 0,
  lost: 0,
  duplicated: 0,
  unclear: 0,
  tryAgain: 0,
  resent: 0,
  doubledByKill: 0,
  samples: [],
  notes: [],
});

/** A Bot Connector stand-in that acknowledges every send and keeps, per activity replied to, what was sent. */
interface Reply {
  readonly text?: string;
  readonly card: boolean;
  /** When the connector received it (performance.now()). */
  readonly at: number;
}

async function recordingConnector(): Promise<{ url: string; replies: Map<string, Reply[]>; stop: () => void }> {
  const replies = new Map<string, Reply[]>();
  let n = 0;
  const server = createServer((req: IncomingMessage, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      try {
        const activity = raw ? (JSON.parse(raw) as { replyToId?: string; text?: string; attachments?: unknown[] }) : {};
        if (req.method === "POST" && activity.replyToId) {
          const list = replies.get(activity.replyToId) ?? [];
          list.push({
            ...(activity.text !== undefined ? { text: activity.text } : {}),
            card: (activity.attachments ?? []).length > 0,
            at: performance.now(),
          });
          replies.set(activity.replyToId, list);
        }
      } catch {
        /* not an activity */
      }
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ id: `activity-${++n}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, replies, stop: () => server.close() };
}

interface Child {
  readonly process: ChildProcess;
  readonly exited: Promise<unknown>;
  errors: number;
}

async function startServer(port: number, storage: string, tablePrefix: string): Promise<Child> {
  const env = {
    ...process.env,
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "warn",
    MicrosoftAppId: "",
    STORAGE_CONNECTION_STRING: storage,
    TABLE_PREFIX: tablePrefix,
  };
  const proc = spawn(process.execPath, [mainJs], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const child: Child = { process: proc, exited: new Promise((resolve) => proc.once("exit", resolve)), errors: 0 };
  const count = (c: Buffer) => (child.errors += (c.toString().match(/"level":50/g) ?? []).length);
  proc.stdout!.on("data", count);
  proc.stderr!.on("data", count);
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (proc.exitCode !== null || Date.now() > deadline) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

async function pool(tasks: (() => Promise<void>)[], limit: number, onProgress?: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        await tasks[next++]!();
        onProgress?.(++done);
      }
    }),
  );
}

async function run(
  scenario: Scenario,
  azuritePort: number,
): Promise<{ actions: Tally; messages: Tally; faults: number; serverErrors: number }> {
  const direct = azuriteConnectionString(azuritePort);
  const proxy = FaultyStorageProxy.forConnectionString(direct, { seed: 2027 });
  await proxy.start();
  const connector = await recordingConnector();
  const tablePrefix = `faults${randomBytes(4).toString("hex")}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  // The campaign is set up directly in storage; everything after goes through /api/messages.
  const repos = createRepositories(
    TableClients.fromConfig({ kind: "connectionString", connectionString: direct, tablePrefix }),
  );
  const coordinator = user(1, "Claire Coordinatrice");
  const campaignId = "faults-campaign";
  await repos.campaigns.create(
    campaignFixture({
      id: campaignId,
      name: "Fault bench",
      services: ["S"],
      state: "workshop1",
      coordinatorIds: [coordinator.aadObjectId],
    }),
  );

  const storage = proxy.connectionString(direct);
  let server = await startServer(port, storage, tablePrefix);
  let serverErrors = 0;
  const invoke = (from: TeamsUser, verb: string, data: Record<string, unknown>) =>
    cardInvoke({ serviceUrl: connector.url, from, verb, data: { campaignId, kind: 1, ...data } });
  await deliver(url, meetingMessage({ serviceUrl: connector.url, from: coordinator, text: "atelier" }));
  await deliver(url, invoke(coordinator, "workshop.start", { revision: 0 }));
  await deliver(url, invoke(coordinator, "workshop.openInput", { revision: 1 }));

  const actions = newTally();
  const messages = newTally();
  const acknowledgedTexts: string[] = [];
  const sentMessageIds: string[] = [];

  const contribute = (participant: TeamsUser, text: string, requestId: string) => async () => {
    for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
      const answer = await deliver(
        url,
        invoke(participant, "workshop.contribute", { stepId: "ideal", text, requestId }),
        { timeoutMs: TEAMS_INVOKE_TIMEOUT_MS, maxDeliveries: 200 },
      );
      actions.resent += answer.deliveries - 1;
      // No answer within 5 s while the server was up: Teams shows the user an error.
      if (answer.timeouts > 0) actions.unclear++;
      if (answer.status === undefined) continue;
      actions.samples.push(answer.lastMs);
      const body = answer.body as { type?: string; value?: unknown } | undefined;
      const json = JSON.stringify(body?.value ?? "");
      if (answer.status === 200 && body?.type === "application/vnd.microsoft.card.adaptive" && json.includes(THANKS)) {
        actions.acknowledged++;
        acknowledgedTexts.push(text);
        return;
      }
      if (
        answer.status === 200 &&
        body?.type === "application/vnd.microsoft.activity.message" &&
        body.value === ACTION_TRY_AGAIN
      ) {
        actions.tryAgain++;
        continue;
      }
      actions.unclear++;
      actions.notes.push(`${answer.status} ${json.slice(0, 160)}`);
    }
    actions.notes.push(`gave up on « ${text} » after ${MAX_TRIES} tries`);
  };

  const type = (from: TeamsUser, text: string, key: string) => async () => {
    for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
      const message = personalMessage({
        serviceUrl: connector.url,
        from,
        text,
        locale: "fr-FR",
        id: `${key}-${attempt}`,
      });
      sentMessageIds.push(message.id);
      const answer = await deliver(url, message, { timeoutMs: TEAMS_MESSAGE_TIMEOUT_MS, maxDeliveries: 200 });
      messages.resent += answer.deliveries - 1;
      if (answer.status === undefined) continue;
      messages.samples.push(answer.lastMs);
      if (answer.status !== 200) {
        messages.unclear++;
        messages.notes.push(`HTTP ${answer.status}`);
        continue;
      }
      const replies = connector.replies.get(message.id) ?? [];
      if (replies.length === 1 && replies[0]!.text === MESSAGE_TRY_AGAIN) {
        messages.tryAgain++;
        continue;
      }
      // Lost or doubled replies are counted at the end, over every message sent.
      return;
    }
    messages.notes.push(`gave up on « ${text} » after ${MAX_TRIES} tries`);
  };

  const participants = Array.from({ length: Math.ceil(ACTIONS / PER_PARTICIPANT) }, (_, i) => user(1000 + i));
  const actionTasks = Array.from({ length: ACTIONS }, (_, i) =>
    contribute(participants[Math.floor(i / PER_PARTICIPANT)]!, `idée ${i}`, `req-${i}`),
  );
  const messageTasks = Array.from({ length: MESSAGES }, (_, j) =>
    type(user(5000 + j), j % 2 ? "aide" : "campagnes", `${tablePrefix}-m${j}`),
  );
  const tasks = seededShuffle([...actionTasks, ...messageTasks], 42);

  proxy.configure({ rate: scenario.rate });
  let killing: Promise<void> | undefined;
  let killedAt = Number.POSITIVE_INFINITY;
  let restartedAt = Number.POSITIVE_INFINITY;
  const killAt = Math.floor(tasks.length * 0.4);
  const random = mulberry32(7);
  await pool(tasks, IN_FLIGHT, (done) => {
    if (!scenario.kill || done !== killAt) return;
    killing = (async () => {
      // A few milliseconds more, so the kill lands in the middle of some turns.
      await new Promise((r) => setTimeout(r, random() * 50));
      killedAt = performance.now();
      server.process.kill("SIGKILL");
      await server.exited;
      serverErrors += server.errors;
      restartedAt = performance.now();
      server = await startServer(port, storage, tablePrefix);
    })();
  });
  await killing;
  const faults = proxy.faultCount;
  proxy.configure({ rate: 0 });
  await new Promise((r) => setTimeout(r, 500));

  // Stored: the stage lists each contribution once, with a weight (identical texts are one line).
  const stage = (await (await fetch(`${url}/api/workshops/${campaignId}`)).json()) as {
    results?: { items?: { text: string; weight: number }[] };
  };
  const onStage = new Map((stage.results?.items ?? []).map((i) => [i.text, i.weight]));
  for (const text of acknowledgedTexts) {
    const weight = onStage.get(text) ?? 0;
    if (weight === 0) actions.lost++;
    else actions.stored++;
    if (weight > 1) actions.duplicated += weight - 1;
  }
  for (const id of sentMessageIds) {
    const replies = connector.replies.get(id) ?? [];
    if (replies.length === 0) messages.lost++;
    if (replies.length > 1) {
      // A reply on its way to the connector when the server was killed (it arrived before the new
      // server was even started): the server never heard it arrive, so Teams' resend is answered again.
      const inFlight = replies.length === 2 && replies[0]!.at < restartedAt && replies[1]!.at > restartedAt;
      if (inFlight) messages.doubledByKill++;
      else {
        messages.duplicated += replies.length - 1;
        messages.notes.push(
          `${id} replied ${replies.length} times, at ${replies.map((r) => `${(r.at - killedAt).toFixed(0)} ms${r.card ? " (card)" : ` « ${r.text ?? ""} »`}`).join(", ")} from the kill`,
        );
      }
    }
    // « aide » and « campagnes » are answered with a card; any text but « send it again » is unclear.
    if (replies.some((r) => !r.card && r.text !== MESSAGE_TRY_AGAIN)) messages.unclear++;
    if (replies.some((r) => r.card)) messages.acknowledged++;
  }

  server.process.kill("SIGTERM");
  await server.exited;
  serverErrors += server.errors;
  connector.stop();
  await proxy.stop();
  return { actions, messages, faults, serverErrors };
}

async function main(): Promise<void> {
  const azurite = await startAzurite({ port: await freePort(), inMemory: true, startTimeoutMs: 60_000 });
  const only = (process.env.BENCH_RUNS ?? "").split(",").filter(Boolean);
  const scenarios: Scenario[] = [
    { name: "0% storage faults", rate: 0, kill: false },
    { name: "20% storage faults", rate: 0.2, kill: false },
    { name: "kill -9 mid-burst", rate: 0, kill: true },
  ].filter((s) => only.length === 0 || only.some((o) => s.name.startsWith(o)));
  let failed = false;
  try {
    console.log(
      `Fault bench: ${ACTIONS} workshop contributions and ${MESSAGES} typed messages, ${IN_FLIGHT} in flight, per run.`,
    );
    console.log("Faults: 503, a 3–10 s delay, or a connection cut before or after the write, drawn evenly.\n");
    const header =
      "  run                  kind       acknowledged  stored  lost  duplicated  unclear   try again  resent";
    const rows: string[] = [];
    const latencies = [];
    let inFlight = 0;
    for (const scenario of scenarios) {
      const started = performance.now();
      const result = await run(scenario, azurite.port);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      for (const [kind, t] of [
        ["actions", result.actions],
        ["messages", result.messages],
      ] as const) {
        const stored = kind === "actions" ? String(t.stored) : "–";
        const duplicated = `${t.duplicated + t.doubledByKill}${t.doubledByKill ? "*" : ""}`;
        rows.push(
          `  ${scenario.name.padEnd(20)} ${kind.padEnd(10)} ${String(t.acknowledged).padStart(12)} ${stored.padStart(7)} ${String(t.lost).padStart(5)} ${duplicated.padStart(11)} ${String(t.unclear).padStart(8)} ${String(t.tryAgain).padStart(11)} ${String(t.resent).padStart(7)}`,
        );
        latencies.push(summarise(`${scenario.name.slice(0, 14)} ${kind}`, t.samples));
        const expected = kind === "actions" ? ACTIONS : MESSAGES;
        if (
          t.lost + t.duplicated + t.unclear > 0 ||
          t.acknowledged !== expected ||
          (kind === "actions" && t.stored !== t.acknowledged)
        )
          failed = true;
        inFlight += t.doubledByKill;
        for (const note of t.notes.slice(0, 5)) console.log(`  note (${scenario.name}, ${kind}): ${note}`);
      }
      console.log(
        `  ${scenario.name}: ${result.faults} storage requests spoilt, ${result.serverErrors} error lines logged by the server, ${seconds} s`,
      );
    }
    console.log(`\n${header}`);
    for (const row of rows) console.log(row);
    if (inFlight > 0) {
      console.log(
        `  * ${inFlight} reply sent twice: it was on its way to the connector when the server was killed, so the server never\n` +
          "    learnt it had arrived and Teams' resend was answered again. Any server that answers at least once has this window\n" +
          "    (the Bot Connector takes no idempotency key); the other way round, the message would be lost.",
      );
    }
    console.log("");
    printTable("Answer times (ms), per delivery that got an answer", latencies);
    console.log(
      failed
        ? "\nFAILED: something was lost, doubled or answered unclearly."
        : "\nNothing lost, stored twice or answered unclearly.",
    );
  } finally {
    await azurite.stop();
  }
  process.exit(failed ? 1 : 0);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
