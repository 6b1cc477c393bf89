import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../../bot/src/config/config";
import { createLogger } from "../../../bot/src/logging/logger";
import { SendError } from "../../../bot/src/services/proactive";
import type { StoredConversation } from "../../../bot/src/storage/conversationRepository";
import { createBotAdapter } from "../../../bot/src/transport/botAdapter";
import { createProactiveSender } from "../../../bot/src/transport/proactiveSender";

/**
 * A connector that answers a scripted status per request: whether botbuilder's connector client
 * retries behind the caller's back, for the outbox's sender and for direct sends.
 */
class ScriptedConnector {
  readonly requests: number[] = [];
  private server?: Server;
  constructor(private readonly script: { status: number; retryAfter?: string }[]) {}
  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/`;
  }
  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        const step = this.script[this.requests.length] ?? { status: 200 };
        this.requests.push(Date.now());
        res.writeHead(step.status, {
          "Content-Type": "application/json",
          ...(step.retryAfter ? { "Retry-After": step.retryAfter } : {}),
        });
        res.end(
          JSON.stringify(step.status < 300 ? { id: "activity-1" } : { error: { code: "Throttled", message: "no" } }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
  }
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

const config = loadConfig({ NODE_ENV: "test", STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" });
const logger = createLogger("silent");

function conversationAt(serviceUrl: string): StoredConversation {
  const at = new Date().toISOString();
  return {
    conversationId: "a:personal-1",
    conversationType: "personal",
    serviceUrl,
    botId: "28:bot",
    tenantId: "tenant",
    installedAt: at,
    updatedAt: at,
  };
}

async function sendThrough(connectorRetries: boolean, script: { status: number; retryAfter?: string }[]) {
  const connector = new ScriptedConnector(script);
  await connector.start();
  try {
    const sender = createProactiveSender(createBotAdapter(config, logger, { connectorRetries }), "", () => new Date());
    const outcome = await sender.send(conversationAt(connector.url), { text: "Bonjour" }).then(
      (id) => ({ id }),
      (error: unknown) => ({ error }),
    );
    return { outcome, requests: connector.requests.length };
  } finally {
    await connector.stop();
  }
}

describe("the outbox's connector client", () => {
  it("gives a 429 back at once, with its Retry-After, after a single request", async () => {
    const { outcome, requests } = await sendThrough(false, [{ status: 429, retryAfter: "1" }]);
    expect(requests).toBe(1);
    expect("error" in outcome && outcome.error).toBeInstanceOf(SendError);
    expect((outcome as { error: SendError }).error).toMatchObject({
      kind: "throttled",
      status: 429,
      retryAfterMs: 1000,
    });
  });

  it("gives a 502 back at once, after a single request", async () => {
    const { outcome, requests } = await sendThrough(false, [{ status: 502 }]);
    expect(requests).toBe(1);
    expect((outcome as { error: SendError }).error).toMatchObject({ kind: "transient", status: 502 });
  });
});

describe("the request gate of the outbox's sends", () => {
  it("is awaited once per connector request, just before it leaves, for messages and new 1:1 conversations", async () => {
    const connector = new ScriptedConnector([]);
    await connector.start();
    try {
      const sender = createProactiveSender(
        createBotAdapter(config, logger, { connectorRetries: false }),
        "",
        () => new Date(),
      );
      const gated: number[] = [];
      const beforeRequest = async () => {
        await new Promise((r) => setTimeout(r, 150));
        gated.push(Date.now());
      };
      await sender.send(conversationAt(connector.url), { text: "Bonjour" }, { beforeRequest });
      await sender.createPersonalConversation(
        { serviceUrl: connector.url, tenantId: "tenant", botId: "28:bot", member: { teamsId: "29:u1" } },
        { beforeRequest },
      );
      // Without options nothing waits: direct sends are not the outbox's business.
      await sender.send(conversationAt(connector.url), { text: "Bonjour" });
      expect(gated).toHaveLength(2);
      expect(connector.requests).toHaveLength(3);
      // Each request reached the connector only after its gate opened (150 ms after it was called).
      for (const [i, at] of gated.entries()) expect(connector.requests[i]!).toBeGreaterThanOrEqual(at);
    } finally {
      await connector.stop();
    }
  });
});

describe("the connector client of direct sends", () => {
  it("keeps botbuilder's own retries: a 429 is retried after its Retry-After", async () => {
    const { outcome, requests } = await sendThrough(true, [{ status: 429, retryAfter: "0" }]);
    expect(requests).toBe(2);
    expect(outcome).toEqual({ id: "activity-1" });
  });
});
