import type {
  OutboxCounts,
  OutboxItem,
  OutboxOrigin,
  OutboxRecipient,
  OutboxRepository,
} from "../../storage/outbox/outboxRepository";
import type { StoredConversation } from "../../storage/conversationRepository";
import type { OutgoingMessage } from "../proactive";

export interface EnqueueInput {
  readonly jobId: string;
  readonly ownerId: string;
  readonly kind: string;
  readonly origin: OutboxOrigin;
  readonly recipients: AsyncIterable<OutboxRecipient> | Iterable<OutboxRecipient>;
  readonly message: (recipient: OutboxRecipient) => OutgoingMessage;
  readonly now: Date;
  /** A 1:1 conversation already known for a recipient (saves opening one at send time). */
  readonly conversationOf?: (recipient: OutboxRecipient) => StoredConversation | undefined;
}

export interface EnqueueResult {
  readonly queued: number;
  /** Recipients already queued by an earlier call for this job (a resend, a second click). */
  readonly alreadyQueued: number;
}

/** Items per storage call: one entity-group transaction holds at most 100. */
const INSERT_GROUP = 100;

/** The recipient's idempotency key inside a job: the Entra id when known (stable across rosters), else the Teams id. */
export function recipientKey(r: OutboxRecipient): string {
  return r.aadObjectId ? `aad:${r.aadObjectId}` : `teams:${r.teamsId}`;
}

/**
 * Queues one message per recipient, exactly once per (job, recipient): queuing the same job
 * again (a resent invoke, a coordinator clicking twice) adds nobody twice.
 */
export async function enqueue(outbox: OutboxRepository, input: EnqueueInput): Promise<EnqueueResult> {
  const at = input.now.toISOString();
  await outbox.createJob({ jobId: input.jobId, ownerId: input.ownerId, kind: input.kind, createdAt: at });
  let queued = 0;
  let alreadyQueued = 0;
  const seen = new Set<string>();
  let group: OutboxItem[] = [];
  const flush = async () => {
    const created = await outbox.addMany(input.jobId, group);
    group = [];
    queued += created.filter(Boolean).length;
    alreadyQueued += created.length - created.filter(Boolean).length;
  };
  for await (const recipient of input.recipients) {
    const key = recipientKey(recipient);
    if (seen.has(key)) continue;
    seen.add(key);
    const conversation = input.conversationOf?.(recipient);
    group.push({
      ...(conversation ? { conversation } : {}),
      jobId: input.jobId,
      recipientKey: key,
      recipient,
      origin: input.origin,
      message: input.message(recipient),
      status: "pending",
      attempts: 0,
      dueAt: input.now.getTime(),
      createdAt: at,
      updatedAt: at,
    });
    if (group.length >= INSERT_GROUP) await flush();
  }
  if (group.length > 0) await flush();
  return { queued, alreadyQueued };
}

export function progressOf(outbox: OutboxRepository, jobId: string): Promise<OutboxCounts> {
  return outbox.counts(jobId);
}

/**
 * Puts dead-lettered items back in the queue with a fresh attempt budget. Unreachable members
 * stay as they are: nothing changed for them until they install the app.
 */
export async function replayFailed(outbox: OutboxRepository, jobId: string, now: Date): Promise<number> {
  let replayed = 0;
  for (const { value, etag } of await outbox.listVersioned(jobId)) {
    if (value.status !== "failed") continue;
    await outbox.save(
      { ...value, status: "pending", attempts: 0, dueAt: now.getTime(), updatedAt: now.toISOString() },
      etag,
    );
    replayed++;
  }
  return replayed;
}
