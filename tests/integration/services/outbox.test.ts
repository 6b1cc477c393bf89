import type { OutboxSettings } from "../../../bot/src/config/outboxSettings";
import { createLogger } from "../../../bot/src/logging/logger";
import { enqueue, progressOf, recipientKey, replayFailed } from "../../../bot/src/services/outbox/outboxService";
import { OutboxWorker } from "../../../bot/src/services/outbox/outboxWorker";
import { SendError } from "../../../bot/src/services/proactive";
import { ConversationRepository, type StoredConversation } from "../../../bot/src/storage/conversationRepository";
import { LeaseRepository } from "../../../bot/src/storage/lease/leaseRepository";
import { OutboxRepository, type OutboxRecipient } from "../../../bot/src/storage/outbox/outboxRepository";
import { eventually } from "../../support/eventually";
import { RecordingSender } from "../../support/recordingSender";
import { STORE_BACKENDS } from "../../support/storeBackends";
import { virtualClock } from "../../support/virtualClock";

// Time in the worker is virtual (see virtualClock) but for its poll, which is real and short.
const settings: OutboxSettings = {
  perConversation: [{ limit: 7, windowMs: 1000 }],
  perApp: [{ limit: 50, windowMs: 1000 }],
  maxAttempts: 3,
  backoffBaseMs: 1000,
  backoffMaxMs: 4000,
  leaseMs: 30_000,
  pollMs: 10,
  concurrency: 4,
  progressEveryMs: 1000,
};
const logger = createLogger("silent");
const origin = { serviceUrl: "https://smba.example/emea/", tenantId: "tenant", botId: "28:bot" };
const people = (n: number, from = 0): OutboxRecipient[] =>
  Array.from({ length: n }, (_, i) => ({ teamsId: `29:u${from + i}`, aadObjectId: `aad-${from + i}`, name: `U${i}` }));
const conversationOf = (teamsId: string) => `a:${teamsId}`;

describe.each(STORE_BACKENDS)("outbox service and worker over %s", (_name, backend) => {
  const running: OutboxWorker[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((w) => w.stop()));
  });

  function setUp() {
    const store = backend.open();
    const outbox = store.repository((c) => new OutboxRepository(c));
    const leases = store.repository((c) => new LeaseRepository(c));
    const conversations = store.repository((c) => new ConversationRepository(c));
    const clock = virtualClock();
    const sender = new RecordingSender(clock.now);
    const progress: string[] = [];
    // Each pass of a worker starts by asking what is due: counting them lets a test wait for passes.
    const passes = { count: 0 };
    const due = outbox.due.bind(outbox);
    outbox.due = (now) => {
      passes.count++;
      return due(now);
    };
    const start = () => {
      const worker = new OutboxWorker({
        outbox,
        leases,
        conversations,
        proactive: sender,
        settings,
        logger,
        timing: clock,
        onProgress: async (jobId) => {
          progress.push(jobId);
        },
      });
      running.push(worker);
      worker.start();
      return worker;
    };
    const queue = (jobId: string, recipients: OutboxRecipient[]) =>
      enqueue(outbox, {
        jobId,
        ownerId: jobId.split("|")[0]!,
        kind: "invitation",
        origin,
        recipients,
        message: (r) => ({ text: `Bonjour ${r.name ?? ""}` }),
        now: clock.date(),
      });
    const item = async (jobId: string, teamsId: string) =>
      (await outbox.list(jobId)).find((i) => i.recipient.teamsId === teamsId);
    return { outbox, leases, conversations, clock, sender, progress, passes, start, queue, item };
  }

  describe("enqueue", () => {
    it("queues each recipient once per job, however often the job is queued or a recipient is listed", async () => {
      const { outbox, queue } = setUp();
      expect(await queue("c1|invitation", [...people(5), ...people(5)])).toEqual({ queued: 5, alreadyQueued: 0 });
      expect(await queue("c1|invitation", people(7))).toEqual({ queued: 2, alreadyQueued: 5 });
      expect(await progressOf(outbox, "c1|invitation")).toEqual({
        pending: 7,
        sent: 0,
        failed: 0,
        unreachable: 0,
        total: 7,
      });
      expect((await outbox.jobsOf("c1")).map((j) => j.jobId)).toEqual(["c1|invitation"]);
      expect(await outbox.getJob("c1|invitation")).toMatchObject({ ownerId: "c1", kind: "invitation" });
    });

    it("queues more than one transaction's worth, each with its own message, due now", async () => {
      const { outbox, clock, queue } = setUp();
      expect(await queue("c2|invitation", people(230))).toEqual({ queued: 230, alreadyQueued: 0 });
      const items = await outbox.list("c2|invitation");
      expect(items).toHaveLength(230);
      const u7 = items.find((i) => i.recipientKey === recipientKey({ teamsId: "29:u7", aadObjectId: "aad-7" }));
      expect(u7).toMatchObject({ status: "pending", attempts: 0, dueAt: clock.now(), message: { text: "Bonjour U7" } });
      expect(await outbox.due(clock.now())).toHaveLength(230);
      expect(await outbox.due(clock.now() - 1)).toHaveLength(0);
    });
  });

  describe("worker", () => {
    it("sends every item once, to the known 1:1 chat when there is one, and records each as sent", async () => {
      const { outbox, conversations, sender, progress, start, queue, item, clock } = setUp();
      const known: StoredConversation = {
        conversationId: "a:known-chat",
        conversationType: "personal",
        serviceUrl: origin.serviceUrl,
        botId: origin.botId,
        userAadObjectId: "aad-0",
        installedAt: clock.date().toISOString(),
        updatedAt: clock.date().toISOString(),
      };
      await conversations.save(known);
      await queue("c3|invitation", people(12));
      start();
      await eventually(async () => (await outbox.counts("c3|invitation")).sent === 12);
      expect(sender.sends.map((s) => s.conversationId).sort()).toEqual(
        ["a:known-chat", ...people(11, 1).map((p) => conversationOf(p.teamsId))].sort(),
      );
      expect(sender.opened).not.toContain("29:u0");
      expect(sender.opened).toHaveLength(11);
      expect(await item("c3|invitation", "29:u0")).toMatchObject({
        status: "sent",
        conversation: { conversationId: "a:known-chat" },
        activityId: expect.stringMatching(/^activity-/),
        sentAt: expect.any(String),
      });
      expect(sender.sentTo("a:29:u5")[0]?.message).toEqual({ text: "Bonjour U5" });
      await eventually(() => progress.includes("c3|invitation"));
    });

    it("paces sends within the per-app window", async () => {
      const { outbox, sender, start, queue } = setUp();
      await queue("c4|invitation", people(120));
      start();
      await eventually(async () => (await outbox.counts("c4|invitation")).sent === 120);
      const times = sender.sends.map((s) => s.at).sort((a, b) => a - b);
      for (let i = settings.perApp[0]!.limit; i < times.length; i++)
        expect(times[i]! - times[i - settings.perApp[0]!.limit]!).toBeGreaterThanOrEqual(1000);
    });

    it("retries a transient failure once it is due, not before, and reports the unreachable and the refused", async () => {
      const { outbox, sender, start, queue, item, clock, passes } = setUp();
      sender
        .fail("a:29:u1", new SendError("transient", 502))
        .fail("a:29:u2", new SendError("unreachable", 403))
        .fail("a:29:u3", new SendError("final", 400));
      await queue("c5|invitation", people(4));
      const worker = start();
      await eventually(async () => {
        const c = await outbox.counts("c5|invitation");
        return c.sent === 1 && c.unreachable === 1 && c.failed === 1 && c.pending === 1;
      });
      const waiting = await item("c5|invitation", "29:u1");
      expect(waiting).toMatchObject({ status: "pending", attempts: 1, lastError: "transient 502" });
      expect(waiting!.dueAt).toBeGreaterThan(clock.now());
      // Passes go by, time does not: the item is not tried again before it is due.
      const seen = passes.count;
      await eventually(() => passes.count >= seen + 3);
      expect(sender.sentTo("a:29:u1")).toHaveLength(1);

      clock.advance(waiting!.dueAt - clock.now());
      worker.poke();
      await eventually(async () => (await item("c5|invitation", "29:u1"))?.status === "sent");
      expect(await item("c5|invitation", "29:u1")).toMatchObject({ attempts: 1 });
      expect(await item("c5|invitation", "29:u2")).toMatchObject({
        status: "unreachable",
        lastError: "unreachable 403",
      });
      expect(await item("c5|invitation", "29:u3")).toMatchObject({ status: "failed", lastError: "final 400" });
      expect(sender.sentTo("a:29:u2")).toHaveLength(1);
      expect(sender.sentTo("a:29:u3")).toHaveLength(1);
      expect((await outbox.undelivered("c5|invitation")).map((i) => i.recipient.teamsId).sort()).toEqual([
        "29:u2",
        "29:u3",
      ]);
    });

    it("honours Retry-After: nothing leaves until it has passed, and the throttled item spends no attempt", async () => {
      const { outbox, sender, start, queue, item } = setUp();
      sender.fail("a:29:u0", new SendError("throttled", 429, 5000));
      await queue("c6|invitation", people(6));
      start();
      await eventually(async () => (await outbox.counts("c6|invitation")).sent === 6);
      const [throttled, retried] = sender.sentTo("a:29:u0");
      expect(throttled?.failed?.status).toBe(429);
      expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(5000);
      // Sends already past the gate when the 429 came back may leave at the same instant, none after.
      expect(sender.sends.filter((s) => s.at > throttled!.at && s.at < throttled!.at + 5000)).toEqual([]);
      expect(await item("c6|invitation", "29:u0")).toMatchObject({ status: "sent", attempts: 0 });
    });

    it("dead-letters after the last attempt; a replay puts it back and it goes out", async () => {
      const { outbox, sender, start, queue, item, clock } = setUp();
      const failure = new SendError("transient", 500);
      sender.fail("a:29:u0", failure, failure, failure);
      await queue("c7|invitation", people(1));
      const worker = start();
      for (let attempt = 1; attempt < settings.maxAttempts; attempt++) {
        await eventually(async () => (await item("c7|invitation", "29:u0"))?.attempts === attempt);
        clock.advance(settings.backoffMaxMs);
        worker.poke();
      }
      await eventually(async () => (await item("c7|invitation", "29:u0"))?.status === "failed");
      expect(await item("c7|invitation", "29:u0")).toMatchObject({
        attempts: 3,
        lastError: "transient 500 after 3 attempts",
      });

      expect(await replayFailed(outbox, "c7|invitation", clock.date())).toBe(1);
      expect(await item("c7|invitation", "29:u0")).toMatchObject({ status: "pending", attempts: 0 });
      worker.poke();
      await eventually(async () => (await item("c7|invitation", "29:u0"))?.status === "sent");
      expect(sender.sentTo("a:29:u0")).toHaveLength(4);
      expect(await replayFailed(outbox, "c7|invitation", clock.date())).toBe(0);
    });

    it("lets only the lease holder send: two workers send each message once", async () => {
      const { outbox, sender, start, queue } = setUp();
      await queue("c8|invitation", people(40));
      start();
      start();
      await eventually(async () => (await outbox.counts("c8|invitation")).sent === 40);
      const perConversation = new Map<string, number>();
      for (const s of sender.sends)
        perConversation.set(s.conversationId, (perConversation.get(s.conversationId) ?? 0) + 1);
      expect(perConversation.size).toBe(40);
      expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
    });

    it("stands by while a crashed instance's lease runs, and takes over once it has expired", async () => {
      const { outbox, leases, sender, start, queue, clock } = setUp();
      expect(await leases.acquire("outbox", "crashed-instance", clock.now(), settings.leaseMs)).toBe(true);
      let tries = 0;
      const acquire = leases.acquire.bind(leases);
      leases.acquire = (...args) => {
        tries++;
        return acquire(...args);
      };
      await queue("c10|invitation", people(3));
      start();
      await eventually(() => tries >= 3);
      expect(sender.sends).toEqual([]);
      clock.advance(settings.leaseMs);
      await eventually(async () => (await outbox.counts("c10|invitation")).sent === 3);
    });

    it("stops cleanly: a send on the wire finishes and is recorded, so a restart does not send it again", async () => {
      const { outbox, sender, start, queue, item } = setUp();
      const release = sender.hold("a:29:u0");
      await queue("c9|invitation", people(1));
      const worker = start();
      await eventually(() => sender.inFlight("a:29:u0"));
      const stopped = worker.stop();
      release();
      await stopped;
      expect(await item("c9|invitation", "29:u0")).toMatchObject({ status: "sent" });

      start();
      await queue("c9|invitation", people(2));
      await eventually(async () => (await outbox.counts("c9|invitation")).sent === 2);
      expect(sender.sentTo("a:29:u0")).toHaveLength(1);
    });
  });
});
