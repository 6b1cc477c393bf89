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
 * counted by a pass-through proxy in front of Azurite.
 */
const PARTICIPANTS = 200;
const IN_FLIGHT = 20;
const WORDS = ["Respect", "Écoute", "Patience", "Bienveillance", "Clarté"];

/** Forwards every request to Azurite and counts them. */
function countingProxy(target: number): Promise<{ server: Server; port: number; count: () => number }> {
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    const upstream = httpRequest({ host: "127.0.0.1", port: target, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as AddressInfo).port, count: () => requests })));
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
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, stop: () => server.close() })));
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
  const res = await fetch(`${url}/api/messages`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(activity) });
  await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return performance.now() - started;
}

/** A bare botbuilder bot whose invoke does one Azurite insert: what any invoke costs at least. */
async function floorServer(connectionString: string): Promise<{ url: string; close: () => void }> {
  const config = loadConfig({ NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", STORAGE_CONNECTION_STRING: connectionString, TABLE_PREFIX: "floor" });
  const quiet = createLogger("silent");
  const adapter = createBotAdapter(config, quiet);
  const table = new DocumentTable<{ n: number }>(TableClients.fromConfig(config.storage), "floor");
  let n = 0;
  class Bare extends TeamsActivityHandler {
    protected override async onAdaptiveCardInvoke(): Promise<AdaptiveCardInvokeResponse> {
      const i = n++;
      await table.insertOnce("p", `r${i}`, { n: i });
      return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "ok" as unknown as AdaptiveCardInvokeResponse["value"] };
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

async function main(): Promise<void> {
  const azurite = await startAzurite({ port: await freePort(), inMemory: true, startTimeoutMs: 60_000 });
  const proxy = await countingProxy(azurite.port);
  const connector = await stubConnector();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  try {
    const connectionString = azuriteConnectionString(proxy.port);
    const floor = await floorServer(connectionString);
    const floorSamples: number[] = [];
    const someone = user(9);
    await post(floor.url, cardInvoke({ serviceUrl: connector.url, from: someone, verb: "x", data: {} }));
    await pool(Array.from({ length: 1000 }, () => async () => void floorSamples.push(await post(floor.url, cardInvoke({ serviceUrl: connector.url, from: someone, verb: "x", data: {} })))), IN_FLIGHT);
    floor.close();

    const sink = new Writable({ write: (_c, _e, done) => done() });
    const config = loadConfig({ NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "warn", STORAGE_CONNECTION_STRING: connectionString, TABLE_PREFIX: "burst" });
    const app = await startApp(config, { logger: createLogger("warn", sink), storageWaitMs: 30_000 });
    const coordinator = user(1);
    const now = new Date().toISOString();
    const campaignId = "bench-campaign";
    await app.repos.campaigns.create({ id: campaignId, name: "Bench", approach: "thematic", services: ["S"], state: "workshop1", coordinatorIds: [coordinator.aadObjectId], managerIds: [], workshops: { 1: {}, 2: {}, 3: {} }, panelSize: 8, locale: "fr", createdAt: now, updatedAt: now });
    const people: TeamsUser[] = Array.from({ length: PARTICIPANTS }, (_, i) => user(1000 + i));
    const invoke = (from: TeamsUser, verb: string, data: Record<string, unknown>, kind: number) => cardInvoke({ serviceUrl: connector.url, from, verb, data: { campaignId, kind, ...data } });
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
      people.flatMap((p, i) => [0, 1, 2].map((k) => async () => void contributionSamples.push(await post(app.url, invoke(p, "workshop.contribute", { stepId: "ideal", text: WORDS[(i + k) % WORDS.length], requestId: `req-${i}-${k}` }, 1))))),
      IN_FLIGHT,
    );
    const contributionTrips = (proxy.count() - before) / contributionSamples.length;
    await facilitate(1, "end");
    await app.repos.campaigns.update(campaignId, (c) => ({ ...c, state: "workshop3" }));
    revision = 0;
    await post(app.url, meetingMessage({ serviceUrl: connector.url, from: coordinator, text: "atelier" }));
    await facilitate(3, "start");
    await facilitate(3, "openInput");
    // Ballot ids are the first source item of each word; read them from the W1 contributions.
    const stages = await fetch(`${app.url}/api/workshops/${campaignId}`).then((r) => r.json() as Promise<{ results?: { lines?: { id: string }[] } }>);
    const lines = stages.results?.lines ?? [];
    const voteSamples: number[] = [];
    const beforeVotes = proxy.count();
    await pool(
      people.flatMap((p, i) => [0, 1].map((k) => async () => void voteSamples.push(await post(app.url, invoke(p, "workshop.vote", { stepId: "qualitiesVote", itemId: lines[(i + k) % Math.max(1, lines.length)]?.id ?? "none", requestId: `vote-${i}-${k}` }, 3))))),
      IN_FLIGHT,
    );
    const voteTrips = (proxy.count() - beforeVotes) / voteSamples.length;
    const all = [...contributionSamples, ...voteSamples];
    printTable(`Workshop burst: ${PARTICIPANTS} participants × 5 actions, ${IN_FLIGHT} in flight (ms)`, [
      summarise("floor: bare invoke + 1 insert", floorSamples),
      summarise("contribution invoke", contributionSamples),
      summarise("vote invoke", voteSamples),
      summarise("all workshop actions", all),
    ]);
    console.log(`storage round trips per contribution: ${contributionTrips.toFixed(2)} (incl. the answer card's reads)`);
    console.log(`storage round trips per vote: ${voteTrips.toFixed(2)}`);
    console.log(`peak RSS (sampled every 100 ms): ${(peakRss / 1048576).toFixed(1)} MiB; maxRSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB`);
    await app.close();
  } finally {
    clearInterval(sampler);
    connector.stop();
    proxy.server.close();
    await azurite.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
