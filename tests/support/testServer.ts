import { Writable } from "node:stream";
import { startApp, type RunningApp } from "../../bot/src/app";
import { loadConfig } from "../../bot/src/config/config";
import type { Campaign } from "../../bot/src/domain/campaign";
import { campaignFixture } from "./campaignFixture";
import { createLogger } from "../../bot/src/logging/logger";
import type { Clock } from "../../bot/src/services/clock";
import { LocalConnector } from "./localConnector";
import { testConnectionString, uniqueTablePrefix } from "./testStorage";

export interface TestServer {
  readonly url: string;
  readonly app: RunningApp;
  readonly connector: LocalConnector;
  /** Every log line the server wrote, as parsed JSON. */
  readonly logs: Record<string, unknown>[];
  /** POSTs an activity to /api/messages as the Bot Connector would. */
  postActivity(activity: object): Promise<{ status: number; body: unknown }>;
  seedCampaign(partial?: Partial<Campaign>): Promise<Campaign>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  readonly env?: Record<string, string>;
  readonly clock?: Clock;
  /** Share storage with another server (same prefix) to test restarts and scale-out. */
  readonly tablePrefix?: string;
}

/** The real server, on a free loopback port, over the run's Azurite, with a recording connector. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const connector = new LocalConnector();
  await connector.start();
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split("\n"))
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "info",
    STORAGE_CONNECTION_STRING: testConnectionString(),
    TABLE_PREFIX: options.tablePrefix ?? uniqueTablePrefix(),
    ...options.env,
  });
  const app = await startApp(config, {
    logger: createLogger("info", sink),
    ...(options.clock ? { clock: options.clock } : {}),
    storageWaitMs: 10_000,
  });
  let seeded = 0;
  return {
    url: app.url,
    app,
    connector,
    logs,
    async postActivity(activity) {
      const res = await fetch(`${app.url}/api/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, body };
    },
    async seedCampaign(partial = {}) {
      const campaign = campaignFixture({ id: `campaign-${++seeded}-${Date.now()}`, ...partial });
      await app.repos.campaigns.create(campaign);
      return campaign;
    },
    async stop() {
      await app.close();
      await connector.stop();
    },
  };
}
