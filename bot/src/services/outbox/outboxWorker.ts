import { randomUUID } from "node:crypto";
import type { Logger } from "../../logging/logger";
import type { ConversationRepository, StoredConversation } from "../../storage/conversationRepository";
import type { LeaseRepository } from "../../storage/lease/leaseRepository";
import type { OutboxItem, OutboxRepository } from "../../storage/outbox/outboxRepository";
import { ConcurrencyError } from "../../storage/storageErrors";
import type { BackgroundWorker } from "../feature";
import { SendError, type OutgoingMessage, type ProactiveSender, type SendOptions } from "../proactive";
import type { OutboxSettings, RateWindow } from "../../config/outboxSettings";
import { RateLimiter, realTiming, type Release, type Timing } from "./rateLimiter";
import { classifyFailure } from "./retryPolicy";
import type { Versioned } from "../../storage/documentTable";

export const OUTBOX_LEASE = "outbox";

export interface OutboxWorkerDeps {
  readonly outbox: OutboxRepository;
  readonly leases: LeaseRepository;
  readonly conversations: ConversationRepository;
  readonly proactive: ProactiveSender;
  readonly settings: OutboxSettings;
  readonly logger: Logger;
  readonly timing?: Timing;
  /** Told after items of a job changed state (throttled by the caller), e.g. to refresh a progress card. */
  readonly onProgress?: (jobId: string) => Promise<void>;
}

/**
 * Sends what the outbox holds. One lease for the whole outbox: the per-app limit is global, so
 * only one sender may hold the budget; other instances stand by and take over when the lease
 * expires. Every state change is an ETag-conditional write, so a sender that lost its lease
 * unknowingly cannot overwrite what the new holder did.
 *
 * Delivery: an item is sent, then marked "sent". If the process dies between the two, the item is
 * still pending and is sent again by the next holder: the only window where a recipient could get
 * two copies is one in-flight HTTP call per concurrency slot. A clean stop lets in-flight calls
 * finish and record their result, so restarts never duplicate.
 */
export class OutboxWorker implements BackgroundWorker {
  readonly name = "outbox";
  readonly instanceId = randomUUID();
  private readonly timing: Timing;
  private readonly limiter: RateLimiter;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private leaseUntil = 0;
  private renewal: Promise<boolean> | undefined;
  private readonly touchedJobs = new Set<string>();
  private readonly lastProgress = new Map<string, number>();

  constructor(private readonly deps: OutboxWorkerDeps) {
    this.timing = deps.timing ?? realTiming;
    this.limiter = new RateLimiter(deps.settings.perApp, deps.settings.perConversation, this.timing);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops taking items; calls already on the wire finish and are recorded. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.deps.leases
      .release(OUTBOX_LEASE, this.instanceId)
      .catch((error: unknown) => this.deps.logger.warn({ err: error }, "outbox: lease release failed"));
  }

  /** Work arrived: look now instead of at the next poll. */
  poke(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (await this.holdLease()) await this.pass();
      } catch (error) {
        this.deps.logger.error({ err: error }, "outbox pass failed");
      }
      await this.flushProgress(true);
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.deps.settings.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private async holdLease(): Promise<boolean> {
    const now = this.timing.now();
    const wasHeld = this.leaseUntil > now;
    const held = await this.deps.leases.acquire(OUTBOX_LEASE, this.instanceId, now, this.deps.settings.leaseMs);
    this.leaseUntil = held ? now + this.deps.settings.leaseMs : 0;
    // Taking over from another instance (a restart, a deployment): its last requests, answered
    // before it let the lease go, still count in Teams' window, and this limiter has not seen them.
    // One window of silence puts them out of it, so the handover cannot go over the limit either.
    if (held && !wasHeld) this.limiter.pauseUntil(now + handoverPauseMs(this.deps.settings.perApp));
    return held;
  }

  /** Renews when a third of the lease is used; false when the lease is lost. Slots share one renewal. */
  private keepLease(): Promise<boolean> {
    const now = this.timing.now();
    if (this.leaseUntil - now > (this.deps.settings.leaseMs * 2) / 3) return Promise.resolve(true);
    this.renewal ??= this.holdLease().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  private async pass(): Promise<void> {
    const due = await this.deps.outbox.due(this.timing.now());
    if (due.length === 0) return;
    due.sort(
      (a, b) =>
        a.value.createdAt.localeCompare(b.value.createdAt) || a.value.recipientKey.localeCompare(b.value.recipientKey),
    );
    let next = 0;
    const slot = async () => {
      while (this.running && next < due.length) {
        const item = due[next++] as Versioned<OutboxItem>;
        if (!(await this.keepLease())) {
          this.deps.logger.warn({ instance: this.instanceId }, "outbox: lease lost, standing by");
          next = due.length;
          return;
        }
        await this.process(item);
      }
    };
    await Promise.all(Array.from({ length: this.deps.settings.concurrency }, slot));
  }

  private async process(found: Versioned<OutboxItem>): Promise<void> {
    const { outbox } = this.deps;
    // No claim write before sending: the lease already makes this instance the only sender, and
    // the ETag of every write after the send fences off a holder that lost its lease unknowingly.
    const claimed = found.value;
    const etag = found.etag;

    let conversation = claimed.conversation;
    let activityId: string | undefined;
    try {
      const to = (conversation ??= await this.conversationFor(claimed));
      // The slot is taken as the request leaves (see SendOptions), not before botbuilder's own work.
      activityId = await this.gated(to.conversationId, (options) =>
        this.deps.proactive.send(to, claimed.message as OutgoingMessage, options),
      );
      // The connector answers every accepted message with an id; none means the send failed
      // somewhere that swallowed the error (e.g. an adapter's turn-error handler).
      if (activityId === undefined) throw new SendError("transient", undefined);
    } catch (error) {
      await this.recordFailure(claimed, etag, conversation, error);
      return;
    }
    // A crash or storage failure here leaves the item pending: it is then sent again (see above).
    const at = new Date(this.timing.now()).toISOString();
    try {
      await outbox.save(
        { ...claimed, conversation, status: "sent", ...(activityId ? { activityId } : {}), sentAt: at, updatedAt: at },
        etag,
      );
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      this.deps.logger.warn({ jobId: claimed.jobId }, "outbox: item changed by another sender while this one sent it");
    }
    this.touchedJobs.add(claimed.jobId);
    await this.flushProgress(false);
  }

  private async recordFailure(
    claimed: OutboxItem,
    etag: string,
    conversation: StoredConversation | undefined,
    error: unknown,
  ): Promise<void> {
    const { outbox, settings, logger } = this.deps;
    const attempts = claimed.attempts + 1;
    const outcome = classifyFailure(error, attempts, settings);
    const t = this.timing.now();
    const base = {
      ...claimed,
      ...(conversation ? { conversation } : {}),
      lastError: outcome.reason,
      updatedAt: new Date(t).toISOString(),
    };
    if (outcome.kind === "retry") {
      if (outcome.pauseAll) this.limiter.throttled(t + outcome.afterMs);
      await outbox.save(
        {
          ...base,
          status: "pending",
          attempts: outcome.counts ? attempts : claimed.attempts,
          dueAt: t + outcome.afterMs,
        },
        etag,
      );
      // A Retry-After shorter than the poll interval must not wait a whole poll.
      this.retryLater(outcome.afterMs);
    } else {
      logger.warn(
        { jobId: claimed.jobId, reason: outcome.reason, outcome: outcome.kind },
        "outbox: item not delivered",
      );
      await outbox.save({ ...base, status: outcome.kind === "unreachable" ? "unreachable" : "failed", attempts }, etag);
    }
    this.touchedJobs.add(claimed.jobId);
    await this.flushProgress(false);
  }

  /** Runs a connector call (e.g. a progress card update) within the same rate budget as the sends. */
  async throttled<T>(conversationId: string, call: () => Promise<T>): Promise<T> {
    const release = await this.limiter.acquire(conversationId);
    try {
      return await call();
    } finally {
      release();
    }
  }

  /**
   * A send whose requests each take a slot as they leave, and give it back once the send has
   * settled: its answer (or failure) has been seen by then, which is what the limiter's bound needs.
   */
  private async gated<T>(conversationId: string | undefined, send: (options: SendOptions) => Promise<T>): Promise<T> {
    const releases: Release[] = [];
    const timers: ReturnType<typeof setTimeout>[] = [];
    // A request the connector never answers (no HTTP timeout below us) would hold its slot for good,
    // and enough of them would stop the outbox. HUNG_REQUEST_MS after it left, its slot is given back;
    // the send itself is still awaited, never abandoned and retried, so a message is not sent twice.
    // Only such a request, if it then reached Teams, would escape the limiter's bound.
    const beforeRequest = async () => {
      const release = await this.limiter.acquire(conversationId);
      releases.push(release);
      const timer = setTimeout(release, HUNG_REQUEST_MS);
      timer.unref?.();
      timers.push(timer);
    };
    try {
      return await send({ beforeRequest });
    } finally {
      timers.forEach(clearTimeout);
      releases.forEach((release) => release());
    }
  }

  private retryLater(ms: number): void {
    setTimeout(() => this.poke(), ms + 5).unref();
  }

  private async conversationFor(item: OutboxItem): Promise<StoredConversation> {
    const known = item.recipient.aadObjectId
      ? await this.deps.conversations.personalFor(item.recipient.aadObjectId)
      : undefined;
    if (known) return known;
    // Opening a conversation is a request to the connector too: it spends the app budget.
    return this.gated(undefined, (options) =>
      this.deps.proactive.createPersonalConversation({ ...item.origin, member: item.recipient }, options),
    );
  }

  private async flushProgress(force: boolean): Promise<void> {
    const hook = this.deps.onProgress;
    if (!hook) return this.touchedJobs.clear();
    const now = this.timing.now();
    for (const jobId of [...this.touchedJobs]) {
      if (!force && now - (this.lastProgress.get(jobId) ?? 0) < this.deps.settings.progressEveryMs) continue;
      this.touchedJobs.delete(jobId);
      this.lastProgress.set(jobId, now);
      await hook(jobId).catch((error: unknown) =>
        this.deps.logger.warn({ err: error, jobId }, "outbox: progress update failed"),
      );
    }
  }
}

/** Far beyond any answer Teams gives (seconds): only a request lost below us waits this long. */
const HUNG_REQUEST_MS = 60_000;

/** The longest app window, margin included: what the previous leaseholder's requests may still count in. */
function handoverPauseMs(windows: readonly RateWindow[]): number {
  return Math.max(0, ...windows.map((w) => w.windowMs + (w.marginMs ?? 0)));
}
