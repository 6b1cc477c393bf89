import type { AddressInfo } from "node:net";
import restify from "restify";
// eslint-disable-next-line no-restricted-imports -- the floor is a bare botbuilder bot, outside the app by definition
import { TeamsActivityHandler, type AdaptiveCardInvokeResponse } from "botbuilder";
import { azuriteConnectionString, loadConfig } from "../bot/src/config/config";
import { startAzurite } from "../bot/src/dev/azurite";
import { createLogger } from "../bot/src/logging/logger";
import { DocumentTable } from "../bot/src/storage/documentTable";
import { TableClients } from "../bot/src/storage/tableClients";
import { createBotAdapter } from "../bot/src/transport/botAdapter";
import { freePort } from "../tests/support/freePort";
import { user, type TeamsUser } from "../tests/support/teamsActivities";
import { cardInvoke } from "../tests/support/workshopActivities";
import { printTable, summarise } from "./stats";
import { BenchWorkshop } from "./support/benchWorkshop";
import { countingProxy, type Counts, type Kind } from "./support/countingProxy";
import { pool, post, stubConnector } from "./support/http";
import {
  PRODUCTION_NODE_FLAGS,
  runBench,
  startServerProcess,
  type ServerProcess,
  type ServerStats,
} from "./support/serverProcess";

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
  let server: ServerProcess | undefined;
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
    const workshop = new BenchWorkshop(app.url, connector.url, campaignId, coordinator);
    const invoke = workshop.invoke.bind(workshop);
    await workshop.open();
    await workshop.command(1, "start");
    await workshop.command(1, "openInput");

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
    await workshop.command(1, "end");
    await app.ask({ op: "state", campaignId, state: "workshop3" });
    await workshop.open();
    await workshop.command(3, "start");
    await workshop.command(3, "openInput");
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
        [...proxy.byTable]
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
    await app.close();
  } finally {
    if (server && server.child.exitCode === null) server.child.kill();
    connector.stop();
    proxy.server.close();
    await azurite.stop();
  }
}

runBench(main);
