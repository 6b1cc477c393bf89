import { fork, type ChildProcess } from "node:child_process";
import { Writable } from "node:stream";
import { startApp } from "../../bot/src/app";
import { loadConfig } from "../../bot/src/config/config";
import { createLogger } from "../../bot/src/logging/logger";
import { campaignFixture } from "../../tests/support/campaignFixture";

/**
 * The app in a process of its own, so its heap, RSS and CPU are the server's alone (the proxy and
 * the clients live in the driver). The bench file is forked again with BENCH_ROLE=server: `runBench`
 * picks the side. The driver seeds and measures through IPC requests (`ServerOp`).
 */

/** The server runs with the flags production starts it with (infra/modules/appService.bicep's startupCommand). */
export const PRODUCTION_NODE_FLAGS = "--max-semi-space-size=4";

export const MiB = (bytes: number): number => bytes / 1048576;

export interface ServerStats {
  readonly rssMiB: number;
  readonly peakRssMiB: number;
  readonly maxRssMiB: number;
  readonly heapUsedMiB: number;
  readonly peakHeapUsedMiB: number;
  readonly heapTotalMiB: number;
  /** Heap still used after a full collection (when the process runs with --expose-gc): what is kept, not garbage. */
  readonly retainedMiB?: number;
}

/** CPU used since the process started, and the RSS peak since the previous `usage` request (no GC forced). */
export interface ServerUsage {
  readonly cpuUserS: number;
  readonly cpuSystemS: number;
  readonly rssMiB: number;
  readonly peakRssSinceMiB: number;
}

export type ServerOp =
  | { op: "campaign"; campaignId: string; coordinatorId: string }
  | { op: "state"; campaignId: string; state: "workshop3" }
  | { op: "stats" }
  | { op: "usage" }
  | { op: "close" };
type ServerRequest = ServerOp & { id: number };

/** The server's side: the app alone, answering the driver's set-up and measurement requests over IPC. */
async function serveApp(): Promise<void> {
  const sink = new Writable({ write: (_c, _e, done) => done() });
  const extra = JSON.parse(process.env["BENCH_APP_ENV"] ?? "{}") as Record<string, string>;
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "warn",
    STORAGE_CONNECTION_STRING: process.env["BENCH_STORAGE"] ?? "",
    TABLE_PREFIX: "burst",
    ...extra,
  });
  const app = await startApp(config, { logger: createLogger("warn", sink), storageWaitMs: 30_000 });
  let peakRss = 0;
  let peakHeap = 0;
  let windowPeakRss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    windowPeakRss = Math.max(windowPeakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const sampler = setInterval(sample, 50);
  const reply = (id: number, value: unknown) => process.send?.({ id, value });
  process.on("message", (message: ServerRequest) => {
    void (async () => {
      switch (message.op) {
        case "campaign": {
          await app.repos.campaigns.create(
            campaignFixture({
              id: message.campaignId,
              name: "Bench",
              services: ["S"],
              state: "workshop1",
              coordinatorIds: [message.coordinatorId],
            }),
          );
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
        case "usage": {
          sample();
          const cpu = process.cpuUsage();
          const usage: ServerUsage = {
            cpuUserS: cpu.user / 1e6,
            cpuSystemS: cpu.system / 1e6,
            rssMiB: MiB(process.memoryUsage().rss),
            peakRssSinceMiB: MiB(windowPeakRss),
          };
          windowPeakRss = 0;
          return reply(message.id, usage);
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

export interface ServerProcess {
  readonly url: string;
  ask<T>(request: ServerOp): Promise<T>;
  readonly child: ChildProcess;
  /** Asks the app to close and waits (at most 10 s) for its process to end. */
  close(): Promise<void>;
}

/**
 * Starts the server process on `connectionString`, with the production Node flags unless
 * BENCH_SERVER_FLAGS replaces them ("" for none); `env` adds to the app's configuration.
 */
export async function startServerProcess(
  connectionString: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = fork(process.argv[1]!, [], {
    env: { ...process.env, BENCH_ROLE: "server", BENCH_STORAGE: connectionString, BENCH_APP_ENV: JSON.stringify(env) },
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
  const close = async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await ask({ op: "close" });
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };
  return { url, ask, child, close };
}

/** Runs the driver (`main`), or the app when this process was forked as the server. */
export function runBench(main: () => Promise<void>): void {
  const role = process.env["BENCH_ROLE"] === "server" ? serveApp() : main();
  void role.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
