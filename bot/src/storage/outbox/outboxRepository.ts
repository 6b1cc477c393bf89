import type { StoredConversation } from "../conversationRepository";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { odataString, tableKey } from "../tableKey";

/** A message as the outbox keeps it: the card is opaque here, built and read by the services above. */
export type StoredMessage = { readonly card: object } | { readonly text: string };

export type OutboxStatus = "pending" | "sent" | "failed" | "unreachable";

export interface OutboxRecipient {
  readonly teamsId: string;
  readonly aadObjectId?: string;
  readonly name?: string;
}

/** Where a 1:1 conversation with the recipient can be opened when none is stored yet. */
export interface OutboxOrigin {
  readonly serviceUrl: string;
  readonly tenantId: string;
  readonly botId: string;
}

/** One message to one recipient. The row key is the idempotency key: (job, recipient). */
export interface OutboxItem {
  readonly jobId: string;
  readonly recipientKey: string;
  readonly recipient: OutboxRecipient;
  readonly origin: OutboxOrigin;
  readonly message: StoredMessage;
  readonly status: OutboxStatus;
  /** Failed sends so far (throttling is not a failure and is not counted). */
  readonly attempts: number;
  /** Epoch ms before which the item must not be tried (back-off, Retry-After, claim timeout). */
  readonly dueAt: number;
  readonly conversation?: StoredConversation;
  readonly activityId?: string;
  readonly lastError?: string;
  readonly sentAt?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface OutboxJob {
  readonly jobId: string;
  /** Who the job belongs to (a campaign id), for listings and authorisation. */
  readonly ownerId: string;
  readonly kind: string;
  readonly createdAt: string;
}

export type OutboxCounts = Readonly<Record<OutboxStatus, number>> & { readonly total: number };

// Fixed width so that string comparison orders due times (numbers in filters are typed
// Int32/Double inconsistently across SDKs and emulators; strings are not).
export function dueKey(ms: number): string {
  return Math.max(0, Math.floor(ms)).toString().padStart(16, "0");
}

const JOBS = "job";

export class OutboxRepository {
  private readonly items: DocumentTable<OutboxItem>;
  private readonly jobs: DocumentTable<OutboxJob>;

  constructor(clients: TableClients) {
    this.items = new DocumentTable<OutboxItem>(clients, "outbox");
    this.jobs = new DocumentTable<OutboxJob>(clients, "outboxJobs");
  }

  createJob(job: OutboxJob): Promise<boolean> {
    return this.jobs.insertOnce(JOBS, tableKey(job.jobId), job, { ownerId: job.ownerId, kind: job.kind });
  }

  async getJob(jobId: string): Promise<OutboxJob | undefined> {
    return (await this.jobs.get(JOBS, tableKey(jobId)))?.value;
  }

  async jobsOf(ownerId: string): Promise<OutboxJob[]> {
    const rows = await this.jobs.query(`PartitionKey eq '${JOBS}' and ownerId eq '${odataString(ownerId)}'`);
    return rows.map((r) => r.value).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Insert-once for items of one job, in transactions: whether each one was created by this call. */
  addMany(jobId: string, items: readonly OutboxItem[]): Promise<boolean[]> {
    return this.items.insertManyOnce(
      tableKey(jobId),
      items.map((item) => ({ rowKey: tableKey(item.recipientKey), value: item, index: indexOf(item) })),
    );
  }

  get(jobId: string, recipientKey: string): Promise<Versioned<OutboxItem> | undefined> {
    return this.items.get(tableKey(jobId), tableKey(recipientKey));
  }

  /** Conditional write: ConcurrencyError when someone else changed the item since `etag`. */
  save(item: OutboxItem, etag: string): Promise<string> {
    return this.items.replace(tableKey(item.jobId), tableKey(item.recipientKey), item, etag, indexOf(item));
  }

  /**
   * Right to erasure: deletes one recipient's item (their ids, name, conversation and message).
   * False when it was already gone, so a repeated erase is harmless.
   */
  deleteItem(jobId: string, recipientKey: string): Promise<boolean> {
    return this.items.delete(tableKey(jobId), tableKey(recipientKey));
  }

  /** Items waiting to be tried now. */
  due(now: number): Promise<Versioned<OutboxItem>[]> {
    return this.items.query(`status eq 'pending' and dueKey le '${dueKey(now)}'`);
  }

  async list(jobId: string): Promise<OutboxItem[]> {
    return (await this.items.listPartition(tableKey(jobId))).map((v) => v.value);
  }

  async listVersioned(jobId: string): Promise<Versioned<OutboxItem>[]> {
    return this.items.listPartition(tableKey(jobId));
  }

  /** Dead letters and unreachable members of a job, for the coordinator: no need to read what was sent. */
  async undelivered(jobId: string): Promise<OutboxItem[]> {
    const rows = await this.items.query(
      `PartitionKey eq '${odataString(tableKey(jobId))}' and (status eq 'failed' or status eq 'unreachable')`,
    );
    return rows.map((r) => r.value);
  }

  /** Reads the status column only: a 7,000-member job is counted without reading its messages. */
  async counts(jobId: string): Promise<OutboxCounts> {
    const counts = { pending: 0, sent: 0, failed: 0, unreachable: 0, total: 0 };
    for (const { status } of await this.items.columns(`PartitionKey eq '${odataString(tableKey(jobId))}'`, [
      "status",
    ])) {
      if (status === "pending" || status === "sent" || status === "failed" || status === "unreachable")
        counts[status]++;
      counts.total++;
    }
    return counts;
  }
}

function indexOf(item: OutboxItem) {
  return { status: item.status, dueKey: dueKey(item.dueAt) };
}
