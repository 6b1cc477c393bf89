import { createLogger } from "../../../bot/src/logging/logger";
import { OutboxWorker } from "../../../bot/src/services/outbox/outboxWorker";
import { enqueue, replayFailed } from "../../../bot/src/services/outbox/outboxService";
import type { OutboxSettings } from "../../../bot/src/config/outboxSettings";
import {
  SendError,
  type OutgoingMessage,
  type ProactiveSender,
  type SendOptions,
} from "../../../bot/src/services/proactive";
import type { StoredConversation } from "../../../bot/src/storage/conversationRepository";
import { ConversationRepository } from "../../../bot/src/storage/conversationRepository";
import { LeaseRepository } from "../../../bot/src/storage/lease/leaseRepository";
import { OutboxRepository } from "../../../bot/src/storage/outbox/outboxRepository";
import { testTableClients } from "../../support/testStorage";

const settings: OutboxSettings = {
  perConversation: [{ limit: 7, windowMs: 1000 }],
  perApp: [{ limit: 500, windowMs: 1000 }],
  maxAttempts: 3,
  backoffBaseMs: 20,
  backoffMaxMs: 100,
  leaseMs: 1000,
  pollMs: 20,
  concurrency: 4,
  progressEveryMs: 100,
};

/**
 * A sender scripted per recipient: a list of failures to give before succeeding. Like the real
 * transport, it awaits `beforeRequest` before each request.
 *
 * `with429` marks a request that left in the same turn of the event loop as a 429 came back:
 * it was already through the gate before the worker could hear of the 429 (on a real network,
 * a request already on the wire), so the pause cannot hold it back.
 */
class ScriptedSender implements ProactiveSender {
  readonly sends: { conversationId: string; at: number; with429: boolean }[] = [];
  private answering429 = false;
  constructor(private readonly script: Map<string, SendError[]>) {}
  async send(conversation: StoredConversation, _message: OutgoingMessage, options?: SendOptions): Promise<string> {
    await options?.beforeRequest?.();
    const failures = this.script.get(conversation.conversationId) ?? [];
    this.sends.push({ conversationId: conversation.conversationId, at: Date.now(), with429: this.answering429 });
    const next = failures.shift();
    if (next?.status === 429) {
      this.answering429 = true;
      setImmediate(() => (this.answering429 = false));
    }
    if (next) throw next;
    return `activity-${this.sends.length}`;
  }
  async update(): Promise<void> {}
  async createPersonalConversation(
    input: { member: { teamsId: string } },
    options?: SendOptions,
  ): Promise<StoredConversation> {
    await options?.beforeRequest?.();
    const at = new Date().toISOString();
    return {
      conversationId: `a:${input.member.teamsId}`,
      conversationType: "personal",
      serviceUrl: "http://127.0.0.1:1/",
      botId: "28:bot",
      installedAt: at,
      updatedAt: at,
    };
  }
}

async function until(predicate: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("outbox worker over Azure Tables (Azurite)", () => {
  const logger = createLogger("silent");

  function setUp(script: Map<string, SendError[]>, prefix?: string) {
    const tables = testTableClients(prefix);
    const outbox = new OutboxRepository(tables);
    const sender = new ScriptedSender(script);
    const make = () =>
      new OutboxWorker({
        outbox,
        leases: new LeaseRepository(tables),
        conversations: new ConversationRepository(tables),
        proactive: sender,
        settings,
        logger,
      });
    return { tables, outbox, sender, make };
  }

  const origin = { serviceUrl: "http://127.0.0.1:1/", tenantId: "t", botId: "28:bot" };
  const people = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ teamsId: `29:u${i}`, aadObjectId: `aad-${i}`, name: `U${i}` }));

  it("queues each recipient once per job, however often the job is queued", async () => {
    const { outbox } = setUp(new Map());
    const input = {
      jobId: "c1|invitation",
      ownerId: "c1",
      kind: "invitation",
      origin,
      recipients: [...people(5), ...people(5)],
      message: () => ({ text: "hello" }),
      now: new Date(),
    };
    expect(await enqueue(outbox, input)).toEqual({ queued: 5, alreadyQueued: 0 });
    expect(await enqueue(outbox, input)).toEqual({ queued: 0, alreadyQueued: 5 });
    expect((await outbox.counts("c1|invitation")).total).toBe(5);
  });

  it("retries throttled and transient failures, honours Retry-After, dead-letters after N attempts and reports the unreachable", async () => {
    const script = new Map<string, SendError[]>([
      ["a:29:u0", [new SendError("throttled", 429, 300)]],
      ["a:29:u1", [new SendError("transient", 502), new SendError("transient", 504)]],
      ["a:29:u2", [new SendError("transient", 500), new SendError("transient", 500), new SendError("transient", 500)]],
      ["a:29:u3", [new SendError("unreachable", 403)]],
    ]);
    const { outbox, sender, make } = setUp(script);
    await enqueue(outbox, {
      jobId: "c2|invitation",
      ownerId: "c2",
      kind: "invitation",
      origin,
      recipients: people(5),
      message: () => ({ text: "hello" }),
      now: new Date(),
    });
    const worker = make();
    worker.start();
    try {
      await until(async () => {
        const c = await outbox.counts("c2|invitation");
        return c.sent === 3 && c.failed === 1 && c.unreachable === 1;
      });
    } finally {
      await worker.stop();
    }
    const items = new Map((await outbox.list("c2|invitation")).map((i) => [i.recipient.teamsId, i]));
    expect(items.get("29:u0")).toMatchObject({ status: "sent", attempts: 0 });
    expect(items.get("29:u1")).toMatchObject({ status: "sent", attempts: 2 });
    expect(items.get("29:u2")).toMatchObject({
      status: "failed",
      attempts: 3,
      lastError: "transient 500 after 3 attempts",
    });
    expect(items.get("29:u3")).toMatchObject({ status: "unreachable", lastError: "unreachable 403" });
    // Retry-After: the next try came at least 300 ms after the 429, and nothing was sent in between
    // but what had left before the worker could know of the 429.
    const u0 = sender.sends.filter((s) => s.conversationId === "a:29:u0");
    expect(u0).toHaveLength(2);
    expect(u0[1]!.at - u0[0]!.at).toBeGreaterThanOrEqual(295);
    expect(sender.sends.filter((s) => s.at > u0[0]!.at && s.at < u0[0]!.at + 295 && !s.with429)).toEqual([]);
    // The unreachable member was tried once, never again.
    expect(sender.sends.filter((s) => s.conversationId === "a:29:u3")).toHaveLength(1);

    // The coordinator replays the dead letter; it goes out once more.
    expect(await replayFailed(outbox, "c2|invitation", new Date())).toBe(1);
    const again = make();
    again.start();
    try {
      await until(async () => (await outbox.counts("c2|invitation")).sent === 4);
    } finally {
      await again.stop();
    }
  });

  it("lets only the lease holder send: two instances together send each message once", async () => {
    const { outbox, sender, make } = setUp(new Map());
    await enqueue(outbox, {
      jobId: "c3|invitation",
      ownerId: "c3",
      kind: "invitation",
      origin,
      recipients: people(40),
      message: () => ({ text: "hello" }),
      now: new Date(),
    });
    const a = make();
    const b = make();
    a.start();
    b.start();
    try {
      await until(async () => (await outbox.counts("c3|invitation")).sent === 40);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    const perConversation = new Map<string, number>();
    for (const s of sender.sends)
      perConversation.set(s.conversationId, (perConversation.get(s.conversationId) ?? 0) + 1);
    expect(perConversation.size).toBe(40);
    expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
  });

  it("lets another instance take over once a crashed holder's lease expires", async () => {
    const { tables } = setUp(new Map());
    const leases = new LeaseRepository(tables);
    expect(await leases.acquire("outbox", "crashed", 1_000, 500)).toBe(true);
    expect(await leases.acquire("outbox", "standby", 1_200, 500)).toBe(false);
    expect(await leases.acquire("outbox", "standby", 1_600, 500)).toBe(true);
    expect(await leases.acquire("outbox", "crashed", 1_700, 500)).toBe(false);
  });
});
