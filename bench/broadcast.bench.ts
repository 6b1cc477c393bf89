import { fork, spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { azuriteConnectionString, loadConfig } from "../bot/src/config/config";
import { startAzurite } from "../bot/src/dev/azurite";
import { createLogger } from "../bot/src/logging/logger";
import { enqueue } from "../bot/src/services/outbox/outboxService";
import { outboxSettingsFrom } from "../bot/src/config/outboxSettings";
import { OutboxWorker } from "../bot/src/services/outbox/outboxWorker";
import { ConversationRepository, type StoredConversation } from "../bot/src/storage/conversationRepository";
import { LeaseRepository } from "../bot/src/storage/lease/leaseRepository";
import { OutboxRepository } from "../bot/src/storage/outbox/outboxRepository";
import { TableClients } from "../bot/src/storage/tableClients";
import { createBotAdapter } from "../bot/src/transport/botAdapter";
import { createProactiveSender } from "../bot/src/transport/proactiveSender";
import { freePort } from "../tests/support/freePort";
import { ThrottlingConnector } from "../tests/support/throttlingConnector";

/**
 * 7,000 invitations through the outbox, the real proactive sender (CloudAdapter) and a connector
 * enforcing Teams' limits. Recipients already have a 1:1 conversation with the bot (the app is
 * installed for them), so every request is a message. Ceiling: BENCH_APP_PER_SECOND (default 100;
 * Teams' own is 50, which makes the run take about 2.5 minutes).
 *
 * The connector runs in a child process, as Teams' runs elsewhere: in the sender's process, its
 * arrival times would stall with the sender's garbage collections and bunch up afterwards, and
 * its work would be counted in the sender's memory.
 */
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 7000);
/** Teams' own ceiling and the one the README quotes; BENCH_APP_PER_SECOND runs one of them only. */
const CEILINGS = process.env.BENCH_APP_PER_SECOND ? [Number(process.env.BENCH_APP_PER_SECOND)] : [50, 100];
/**
 * Processes spinning on a core each while the broadcast runs (default: one per core): timers fire
 * late and the connector's arrivals bunch on a busy host, which is when a limiter is found wrong.
 */
const BUSY_CORES = Number(process.env.BENCH_BUSY_CORES ?? availableParallelism());

/** Counts messages per conversation, in process; nothing is parsed, so the bench measures the sender. */
class CountingConnector {
  readonly perConversation = new Map<string, number>();
  readonly url = "in-process";
  firstAt = 0;
  lastAt = 0;
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  respond(_method: string, path: string): { status: number; body: unknown } {
    const parts = path.split("?")[0]!.split("/").filter(Boolean).map(decodeURIComponent);
    if (parts[0] === "v3" && parts[3] === "activities" && parts[2]) {
      const now = Date.now();
      this.firstAt ||= now;
      this.lastAt = now;
      this.perConversation.set(parts[2], (this.perConversation.get(parts[2]) ?? 0) + 1);
    }
    return { status: 200, body: { id: `m${this.lastAt}` } };
  }
}

interface ConnectorReport {
  readonly perConversation: [string, number][];
  readonly firstAt: number;
  readonly lastAt: number;
  readonly violations: number;
  readonly firstViolations: string[];
  readonly throttled: number;
  readonly throttledAt: number[];
}

/** Child process: serves the limit-enforcing connector, reports when asked. */
async function serveConnector(ceiling: number): Promise<void> {
  const connector = new ThrottlingConnector(new CountingConnector(), { perApp: [{ limit: ceiling, windowMs: 1000 }] });
  await connector.start();
  process.on("message", (message) => {
    if (message === "count") process.send?.(connector.inner.perConversation.size);
    if (message === "report") {
      const { perConversation, firstAt, lastAt } = connector.inner;
      const report: ConnectorReport = {
        perConversation: [...perConversation],
        firstAt,
        lastAt,
        violations: connector.violations.length,
        firstViolations: connector.violations
          .slice(0, 5)
          .map((v) => `${v.at - firstAt} ms ${v.kind} ${v.scope} ${v.detail}`),
        throttled: connector.throttled.length,
        throttledAt: connector.throttled.map((x) => x.at - firstAt),
      };
      process.send?.(report);
    }
    if (message === "stop") void connector.stop().then(() => process.exit(0));
  });
  process.send?.(connector.url);
}

/** Parent side: the connector process and a request/answer over IPC. */
async function startConnectorProcess(ceiling: number) {
  const child = fork(__filename, ["connector", String(ceiling)], { stdio: "inherit" });
  const answer = <T>() => new Promise<T>((resolve) => child.once("message", (value) => resolve(value as T)));
  const ask = <T>(question: string) => {
    const answered = answer<T>();
    child.send(question);
    return answered;
  };
  const url = await answer<string>();
  return {
    url,
    count: () => ask<number>("count"),
    report: () => ask<ConnectorReport>("report"),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.send("stop");
      }),
  };
}

/** Keeps `count` cores busy until stopped, in processes of their own (another job on the host). */
function busyCores(count: number): { stop(): void } {
  const children: ChildProcess[] = Array.from({ length: count }, () =>
    spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
  );
  return { stop: () => children.forEach((c) => c.kill("SIGKILL")) };
}

async function main(): Promise<void> {
  const load = busyCores(BUSY_CORES);
  try {
    for (const ceiling of CEILINGS) {
      console.log(`\n--- ceiling ${ceiling}/s, ${BUSY_CORES} core(s) kept busy by other processes ---`);
      await runOnce(ceiling);
    }
  } finally {
    load.stop();
  }
}

async function runOnce(CEILING: number): Promise<void> {
  const port = await freePort();
  const azurite = await startAzurite({ port, inMemory: true, startTimeoutMs: 60_000 });
  const connector = await startConnectorProcess(CEILING);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  try {
    const tables = TableClients.fromConfig({
      kind: "connectionString",
      connectionString: azuriteConnectionString(port),
      tablePrefix: "bench",
    });
    const logger = createLogger("warn");
    const config = loadConfig({ NODE_ENV: "test", STORAGE_CONNECTION_STRING: azuriteConnectionString(port) });
    const sender = createProactiveSender(
      createBotAdapter(config, logger, { connectorRetries: false }),
      "",
      () => new Date(),
    );
    const outbox = new OutboxRepository(tables);
    const settings = outboxSettingsFrom({
      OUTBOX_APP_PER_SECOND: String(CEILING),
      OUTBOX_POLL_MS: "50",
      OUTBOX_CONCURRENCY: process.env.BENCH_CONCURRENCY ?? "32",
    });
    const at = new Date().toISOString();
    const conversationOf = (r: { teamsId: string }): StoredConversation => ({
      conversationId: `a:${r.teamsId}`,
      conversationType: "personal",
      serviceUrl: connector.url,
      botId: "28:bench",
      tenantId: "t",
      installedAt: at,
      updatedAt: at,
    });
    const recipients = Array.from({ length: RECIPIENTS }, (_, i) => ({
      teamsId: `29:user-${i}`,
      aadObjectId: `aad-${i}`,
      name: `Agent ${i}`,
    }));

    let t = performance.now();
    const queued = await enqueue(outbox, {
      jobId: "bench|invitation",
      ownerId: "bench",
      kind: "invitation",
      origin: { serviceUrl: connector.url, tenantId: "t", botId: "28:bench" },
      recipients,
      conversationOf,
      message: () => ({ text: "Appel à volontaires" }),
      now: new Date(),
    });
    const queueMs = performance.now() - t;

    const worker = new OutboxWorker({
      outbox,
      leases: new LeaseRepository(tables),
      conversations: new ConversationRepository(tables),
      proactive: sender,
      settings,
      logger,
    });
    t = performance.now();
    worker.start();
    while ((await connector.count()) < RECIPIENTS) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 1000));
    await worker.stop();
    const totalMs = performance.now() - t;

    const counted = await connector.report();
    const sends = counted.perConversation.reduce((a, [, n]) => a + n, 0);
    const duplicates = sends - counted.perConversation.length;
    const spanS = (counted.lastAt - counted.firstAt) / 1000;
    const rate = sends / spanS;
    console.log(
      `recipients                 ${RECIPIENTS} (queued ${queued.queued} in ${(queueMs / 1000).toFixed(1)} s)`,
    );
    console.log(
      `configured ceiling         ${CEILING} requests/s per app (outbox budget ${settings.perApp[0]!.limit}/s)`,
    );
    console.log(
      `delivered                  ${counted.perConversation.length} in ${spanS.toFixed(1)} s (worker total ${(totalMs / 1000).toFixed(1)} s)`,
    );
    console.log(
      `sent per second            ${rate.toFixed(1)} = ${((100 * rate) / CEILING).toFixed(1)}% of the ceiling (target ≥ 95%)`,
    );
    console.log(`duplicates                 ${duplicates} (target 0)`);
    console.log(`limit violations / 429s    ${counted.violations} / ${counted.throttled}`);
    if (counted.throttled > 0)
      console.log(
        `429s at (ms)               ${counted.throttledAt.slice(0, 40).join(" ")}${counted.throttled > 40 ? " …" : ""}`,
      );
    if (counted.violations > 0) console.log(`first violations           ${counted.firstViolations.join("; ")}`);
    console.log(`peak RSS                   ${(peakRss / 1048576).toFixed(1)} MiB (the sender's process)`);
  } finally {
    clearInterval(sampler);
    await connector.stop();
    await azurite.stop();
  }
}

if (process.argv[2] === "connector") void serveConnector(Number(process.argv[3]));
else void main();
