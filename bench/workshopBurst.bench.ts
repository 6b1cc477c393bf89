import { fork, type ChildProcess } from "node:child_process";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import restify from "restify";
// eslint-disable-next-line no-restricted-imports -- the floor is a bare botbuilder bot, outside the app by definition
import { TeamsActivityHandler, type AdaptiveCardInvokeResponse } from "botbuilder";
import { startApp } from "../bot/src/app";
import { azuriteConnectionString, loadConfig } from "../bot/src/config/config";
import { startAzurite } from "../bot/src/dev/azurite";
import { createLogger } from "../bot/src/logging/logger";
import { DocumentTable } from "../bot/src/storage/documentTable";
import { TableClients } from "../bot/src/storage/tableClients";
import { createBotAdapter } from "../bot/src/transport/botAdapter";
import { freePort } from "../tests/support/freePort";
import { user, type TeamsUser } from "../tests/support/teamsActivities";
import { cardInvoke, meetingMessage } from "../tests/support/workshopActivities";
import { printTable, summarise } from "./stats";

/**
 * The workshop burst: 200 participants × 5 actions (3 contributions in workshop 1, 2 dot votes
 * in workshop 3) through /api/messages, 20 in flight. Printed next to the floor measured in the
 * same run: a bare botbuilder invoke that does one Azurite insert. Storage round trips are
 * counted, by kind, by a pass-through proxy in front of Azurite. The app runs in a process of its
 * own (this file, with BENCH_ROLE=server), so its heap and RSS are the server's alone: the proxy,
 * the floor bot and the 20 clients live in this one. The server runs with production's Node flags;
 * BENCH_SERVER_FLAGS replaces them ("" for none), to weigh a change of the start command.
 */
const PARTICIPANTS = 200;
const IN_FLIGHT = 20;
const WORDS = ["Respect", "Écoute", "Patience", "Bienveillance", "Clarté"];
/** The figures before the storage and memory work, printed beside the measured ones. */
const BEFORE = { contribution: 3.93, vote: 4.5, rssMiB: 273 };
const TARGET = { trips: 2, rssMiB: 200 };
/** The server runs with the flags production starts it with (infra/modules/appService.bicep's startupCommand). */
const PRODUCTION_NODE_FLAGS = "--max-semi-space-size=4";

type Kind = "read" | "write" | "query" | "other";
type Counts = Record<Kind, number>;
const zero = (): Counts => ({ read: 0, write: 0, query: 0, other: 0 });

/** What one Table service request is: a point read, a write (batches included), a query, or table set-up. */
function kindOf(method: string, url: string): Kind {
  const path = decodeURIComponent(url.split("?")[0] ?? "");
  if (/\/Tables(\(|$)/.test(path)) return "other";
  if (method === "GET" || method === "HEAD") return /\(PartitionKey='.*',RowKey='.*'\)$/.test(path) ? "read" : "query";
  return "write";
}

/** Forwards every request to Azurite and counts them by kind. */
const byTable = new Map<string, number>();
function countingProxy(target: number): Promise<{ server: Server; port: number; count: () => Counts }> {
  const counts = zero();
  const server = createServer((req, res) => {
    counts[kindOf(req.method ?? "GET", req.url ?? "/")]++;
    if (process.env["BENCH_TABLES"]) {
      const key = `${kindOf(req.method ?? "GET", req.url ?? "/")} ${req.method} ${
        decodeURIComponent(req.url ?? "")
          .split("?")[0]!
          .split("/")[2]!
          .split("(")[0]
      }`;
      byTable.set(key, (byTable.get(key) ?? 0) + 1);
    }
    const upstream = httpRequest(
      { host: "127.0.0.1", port: target, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, port: (server.address() as AddressInfo).port, count: () => ({ ...counts }) }),
    ),
  );
}

/** A silent Bot Connector stand-in: acknowledges sends and updates (the test one parses cards, too slow here). */
function stubConnector(): Promise<{ url: string; stop: () => void }> {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ id: `activity-${++n}` }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, stop: () => server.close() }),
    ),
  );
}

async function pool(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

async function post(url: string, activity: object): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(activity),
  });
  await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return performance.now() - started;
}

/** A bare botbuilder bot whose invoke does one Azurite insert: what any invoke costs at least. */
async function floorServer(connectionString: string): Promise<{ url: string; close: () => void }> {
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    STORAGE_CONNECTION_STRING: connectionString,
    TABLE_PREFIX: "floor",
  });
  const quiet = createLogger("silent");
  const adapter = createBotAdapter(config, quiet);
  const table = new DocumentTable<{ n: number }>(TableClients.fromConfig(config.storage), "floor");
  let n = 0;
  class Bare extends TeamsActivityHandler {
    protected override async onAdaptiveCardInvoke(): Promise<AdaptiveCardInvokeResponse> {
      const i = n++;
      await table.insertOnce("p", `r${i}`, { n: i });
      return {
        statusCode: 200,
        type: "application/vnd.microsoft.activity.message",
        value: "ok" as unknown as AdaptiveCardInvokeResponse["value"],
      };
    }
  }
  const bot = new Bare();
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post("/api/messages", async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

interface ServerStats {
  readonly rssMiB: number;
  readonly peakRssMiB: number;
  readonly maxRssMiB: number;
  readonly heapUsedMiB: number;
  readonly peakHeapUsedMiB: number;
  readonly heapTotalMiB: number;
  /** Heap still used after a full collection (when the process runs with --expose-gc): what is kept, not garbage. */
  readonly retainedMiB?: number;
}

type ServerOp =
  | { op: "campaign"; campaignId: string; coordinatorId: string }
  | { op: "state"; campaignId: string; state: "workshop3" }
  | { op: "stats" }
  | { op: "close" };
type ServerRequest = ServerOp & { id: number };

const MiB = (bytes: number) => bytes / 1048576;

/** The server's side (BENCH_ROLE=server): the app alone, answering the driver's set-up and stats requests over IPC. */
async function serveApp(): Promise<void> {
  const sink = new Writable({ write: (_c, _e, done) => done() });
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "warn",
    STORAGE_CONNECTION_STRING: process.env["BENCH_STORAGE"] ?? "",
    TABLE_PREFIX: "burst",
  });
  const app = await startApp(config, { logger: createLogger("warn", sink), storageWaitMs: 30_000 });
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const sampler = setInterval(sample, 50);
  const reply = (id: number, value: unknown) => process.send?.({ id, value });
  process.on("message", (message: ServerRequest) => {
    void (async () => {
      switch (message.op) {
        case "campaign": {
          const now = new Date().toISOString();
          await app.repos.campaigns.create({
            id: message.campaignId,
            name: "Bench",
            approach: "thematic",
            services: ["S"],
            state: "workshop1",
            coordinatorIds: [message.coordinatorId],
            managerIds: [],
            workshops: { 1: {}, 2: {}, 3: {} },
            panelSize: 8,
            locale: "fr",
            createdAt: now,
            updatedAt: now,
          });
          return reply(message.id, null);
        }
        case "state":
          await app.repos.campaigns.update(message.campaignId, (c) => ({ ...c, state: message.state }));
          return reply(message.id, null);
        case "stats": {
          sample();
          const m = process.memoryUsage();
          const gc = (globalThis as { gc?: () => void }).gc;
          gc?.();
          const retained = gc ? { retainedMiB: MiB(process.memoryUsage().heapUsed) } : {};
          const stats: ServerStats = {
            rssMiB: MiB(m.rss),
            peakRssMiB: MiB(peakRss),
            maxRssMiB: process.resourceUsage().maxRSS / 1024,
            heapUsedMiB: MiB(m.heapUsed),
            peakHeapUsedMiB: MiB(peakHeap),
            heapTotalMiB: MiB(m.heapTotal),
            ...retained,
          };
          return reply(message.id, stats);
        }
        case "close":
          clearInterval(sampler);
          await app.close();
          reply(message.id, null);
          return process.exit(0);
      }
    })().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
  process.send?.({ ready: app.url });
}

/** Starts the server process and gives a typed way to ask it things. */
async function startServerProcess(
  connectionString: string,
): Promise<{ url: string; ask: <T>(request: ServerOp) => Promise<T>; child: ChildProcess }> {
  const child = fork(process.argv[1]!, [], {
    env: { ...process.env, BENCH_ROLE: "server", BENCH_STORAGE: connectionString },
    stdio: "inherit",
    execArgv: (process.env["BENCH_SERVER_FLAGS"] ?? PRODUCTION_NODE_FLAGS).split(" ").filter(Boolean),
  });
  const waiting = new Map<number, (value: unknown) => void>();
  let nextId = 0;
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
    child.on("message", (message: { ready?: string; id?: number; value?: unknown }) => {
      if (message.ready) resolve(message.ready);
      else if (message.id !== undefined) {
        waiting.get(message.id)?.(message.value);
        waiting.delete(message.id);
      }
    });
  });
  const ask = <T>(request: ServerOp) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve as (value: unknown) => void);
      child.send({ ...request, id });
    });
  return { url, ask, child };
}

function perAction(before: Counts, after: Counts, actions: number): Counts & { total: number } {
  const d = (k: Kind) => (after[k] - before[k]) / actions;
  return {
    read: d("read"),
    write: d("write"),
    query: d("query"),
    other: d("other"),
    total: d("read") + d("write") + d("query") + d("other"),
  };
}

function tripsLine(name: string, trips: Counts & { total: number }, before: number): string {
  const verdict = trips.total <= TARGET.trips ? "meets" : "MISSES";
  return `  ${name.padEnd(13)} ${trips.total.toFixed(2).padStart(6)}  (reads ${trips.read.toFixed(2)}, writes ${trips.write.toFixed(2)}, queries ${trips.query.toFixed(2)}${trips.other > 0 ? `, table set-up ${trips.other.toFixed(2)}` : ""})   before: ${before.toFixed(2)}   target ≤ ${TARGET.trips}: ${verdict}`;
}

async function main(): Promise<void> {
  const azurite = await startAzurite({ port: await freePort(), inMemory: true, startTimeoutMs: 60_000 });
  const proxy = await countingProxy(azurite.port);
  const connector = await stubConnector();
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  try {
    const connectionString = azuriteConnectionString(proxy.port);
    const floor = await floorServer(connectionString);
    const floorSamples: number[] = [];
    const someone = user(9);
    await post(floor.url, cardInvoke({ serviceUrl: connector.url, from: someone, verb: "x", data: {} }));
    await pool(
      Array.from(
        { length: 1000 },
        () => async () =>
          void floorSamples.push(
            await post(floor.url, cardInvoke({ serviceUrl: connector.url, from: someone, verb: "x", data: {} })),
          ),
      ),
      IN_FLIGHT,
    );
    floor.close();

    server = await startServerProcess(connectionString);
    const app = server;
    const started = await app.ask<ServerStats>({ op: "stats" });
    const coordinator = user(1);
    const campaignId = "bench-campaign";
    await app.ask({ op: "campaign", campaignId, coordinatorId: coordinator.aadObjectId });
    const people: TeamsUser[] = Array.from({ length: PARTICIPANTS }, (_, i) => user(1000 + i));
    const invoke = (from: TeamsUser, verb: string, data: Record<string, unknown>, kind: number) =>
      cardInvoke({ serviceUrl: connector.url, from, verb, data: { campaignId, kind, ...data } });
    let revision = 0;
    const facilitate = async (kind: number, type: string) => {
      await post(app.url, invoke(coordinator, `workshop.${type}`, { revision }, kind));
      revision++;
    };
    await post(app.url, meetingMessage({ serviceUrl: connector.url, from: coordinator, text: "atelier" }));
    await facilitate(1, "start");
    await facilitate(1, "openInput");

    const contributionSamples: number[] = [];
    const before = proxy.count();
    await pool(
      people.flatMap((p, i) =>
        [0, 1, 2].map(
          (k) => async () =>
            void contributionSamples.push(
              await post(
                app.url,
                invoke(
                  p,
                  "workshop.contribute",
                  { stepId: "ideal", text: WORDS[(i + k) % WORDS.length], requestId: `req-${i}-${k}` },
                  1,
                ),
              ),
            ),
        ),
      ),
      IN_FLIGHT,
    );
    const contributionTrips = perAction(before, proxy.count(), contributionSamples.length);
    await facilitate(1, "end");
    await app.ask({ op: "state", campaignId, state: "workshop3" });
    revision = 0;
    await post(app.url, meetingMessage({ serviceUrl: connector.url, from: coordinator, text: "atelier" }));
    await facilitate(3, "start");
    await facilitate(3, "openInput");
    // Ballot ids are the first source item of each word; read them from the W1 contributions.
    const stages = await fetch(`${app.url}/api/workshops/${campaignId}`).then(
      (r) => r.json() as Promise<{ results?: { lines?: { id: string }[] } }>,
    );
    const lines = stages.results?.lines ?? [];
    const voteSamples: number[] = [];
    const beforeVotes = proxy.count();
    await pool(
      people.flatMap((p, i) =>
        [0, 1].map(
          (k) => async () =>
            void voteSamples.push(
              await post(
                app.url,
                invoke(
                  p,
                  "workshop.vote",
                  {
                    stepId: "qualitiesVote",
                    itemId: lines[(i + k) % Math.max(1, lines.length)]?.id ?? "none",
                    requestId: `vote-${i}-${k}`,
                  },
                  3,
                ),
              ),
            ),
        ),
      ),
      IN_FLIGHT,
    );
    const voteTrips = perAction(beforeVotes, proxy.count(), voteSamples.length);
    if (process.env["BENCH_TABLES"])
      console.log(
        [...byTable]
          .sort()
          .map(([k, v]) => `${k}: ${v}`)
          .join("\n"),
      );
    const stats = await app.ask<ServerStats>({ op: "stats" });
    const all = [...contributionSamples, ...voteSamples];
    printTable(`Workshop burst: ${PARTICIPANTS} participants × 5 actions, ${IN_FLIGHT} in flight (ms)`, [
      summarise("floor: bare invoke + 1 insert", floorSamples),
      summarise("contribution invoke", contributionSamples),
      summarise("vote invoke", voteSamples),
      summarise("all workshop actions", all),
    ]);
    console.log("Storage round trips per action (answer card and the facilitator card's live counts included):");
    console.log(tripsLine("contribution", contributionTrips, BEFORE.contribution));
    console.log(tripsLine("vote", voteTrips, BEFORE.vote));
    const rssVerdict = Math.max(stats.peakRssMiB, stats.maxRssMiB) <= TARGET.rssMiB ? "meets" : "MISSES";
    const flags = process.env["BENCH_SERVER_FLAGS"] ?? PRODUCTION_NODE_FLAGS;
    console.log(
      `Server process memory (its own process, Node flags: ${flags || "none"}${flags === PRODUCTION_NODE_FLAGS ? ", as production starts it" : ""}; sampled every 50 ms from start-up to the end of the burst):`,
    );
    console.log(
      `  peak RSS ${stats.peakRssMiB.toFixed(1)} MiB (maxRSS ${stats.maxRssMiB.toFixed(1)} MiB), now ${stats.rssMiB.toFixed(1)} MiB   before: ${BEFORE.rssMiB} MB (measured with the driver in the same process)   target ≤ ${TARGET.rssMiB}: ${rssVerdict}`,
    );
    console.log(
      `  after start-up: RSS ${started.rssMiB.toFixed(1)} MiB, heap used ${started.heapUsedMiB.toFixed(1)} MiB${started.retainedMiB !== undefined ? ` (${started.retainedMiB.toFixed(1)} MiB after a full GC)` : ""}`,
    );
    console.log(
      `  heap used: peak ${stats.peakHeapUsedMiB.toFixed(1)} MiB, at the end ${stats.heapUsedMiB.toFixed(1)} MiB of ${stats.heapTotalMiB.toFixed(1)} MiB${stats.retainedMiB !== undefined ? `, ${stats.retainedMiB.toFixed(1)} MiB after a full GC` : ""}`,
    );
    console.log(
      `Driver process (proxy, floor bot, clients): maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB`,
    );
    const exited = new Promise((resolve) => app.child.once("exit", resolve));
    await app.ask({ op: "close" });
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  } finally {
    if (server && server.child.exitCode === null) server.child.kill();
    connector.stop();
    proxy.server.close();
    await azurite.stop();
  }
}

const role = process.env["BENCH_ROLE"] === "server" ? serveApp() : main();
void role.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
