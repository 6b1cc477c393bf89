import { randomUUID } from "node:crypto";
import { DocumentTable } from "./documentTable";
import { ConcurrencyError } from "./storageErrors";
import type { TableClients } from "./tableClients";
import { tableKey } from "./tableKey";

interface Processed {
  readonly at: string;
  /** Absent on claims written before claims had a state: those were taken as done. */
  readonly state?: "started" | "completed";
  /** Who took the claim (one per attempt), so a replayed write is recognised as one's own. */
  readonly token?: string;
  /** A started claim belongs to its holder until then (ms since the epoch); after, anyone may take it over. */
  readonly leaseUntil?: number;
}

/** A claim this instance holds: the right, and the duty, to do the work once. */
export interface Claim {
  readonly conversationId: string;
  readonly activityId: string;
  readonly token: string;
  readonly etag: string;
  readonly leaseMs: number;
}

export type ClaimResult =
  | { readonly kind: "claimed"; readonly claim: Claim }
  /** The work was done: answer a resend without doing it again. */
  | { readonly kind: "done" }
  /** Someone is doing it now (or died doing it, and their lease runs until `leaseUntil`). */
  | { readonly kind: "busy"; readonly leaseUntil: number };

/** A started claim's lease. Long-running holders renew it (see services/runOnce); a dead one's runs out. */
export const CLAIM_LEASE_MS = 6000;

/**
 * Teams may deliver the same activity more than once. A handler with side effects claims the
 * activity id first, even across server instances: only one holder at a time, and a claim is
 * "done" only once its work completed. A holder that failed releases it; one that died leaves a
 * started claim whose lease runs out, and the next resend takes it over.
 */
export class ProcessedActivityRepository {
  private readonly table: DocumentTable<Processed>;

  /** `logicalTable`: other one-time work keeps its claims apart (e.g. the reminders' log). */
  constructor(clients: TableClients, logicalTable = "processedActivities") {
    this.table = new DocumentTable<Processed>(clients, logicalTable);
  }

  async claim(conversationId: string, activityId: string, now: Date, leaseMs = CLAIM_LEASE_MS): Promise<ClaimResult> {
    const pk = tableKey(conversationId);
    const rk = tableKey(activityId);
    const token = randomUUID();
    const started: Processed = { at: now.toISOString(), state: "started", token, leaseUntil: now.getTime() + leaseMs };
    const claimed = (etag: string): ClaimResult => ({
      kind: "claimed",
      claim: { conversationId, activityId, token, etag, leaseMs },
    });
    for (let attempt = 1; attempt <= 4; attempt++) {
      const etag = await this.table.create(pk, rk, started);
      if (etag) return claimed(etag);
      const current = await this.table.get(pk, rk);
      if (!current) continue; // released in between
      const { state, token: holder, leaseUntil = 0 } = current.value;
      // Our own write, replayed by a retry after its answer was lost.
      if (holder === token) return claimed(current.etag);
      if (state !== "started") return { kind: "done" };
      if (leaseUntil > now.getTime()) return { kind: "busy", leaseUntil };
      try {
        return claimed(await this.table.replace(pk, rk, started, current.etag));
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
    return { kind: "busy", leaseUntil: now.getTime() + leaseMs };
  }

  /** Extends a held claim's lease; undefined when someone else has taken it over meanwhile. */
  async renew(claim: Claim, now: Date): Promise<Claim | undefined> {
    const pk = tableKey(claim.conversationId);
    const rk = tableKey(claim.activityId);
    const value: Processed = {
      at: now.toISOString(),
      state: "started",
      token: claim.token,
      leaseUntil: now.getTime() + claim.leaseMs,
    };
    let etag = claim.etag;
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        return { ...claim, etag: await this.table.replace(pk, rk, value, etag) };
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        // Our own renewal replayed after a cut connection changes the ETag too: look whose it is.
        const current = await this.table.get(pk, rk);
        if (!current || current.value.token !== claim.token || current.value.state !== "started") return undefined;
        etag = current.etag;
      }
    }
    return undefined;
  }

  /** The work is done: resends are answered as duplicates from now on. */
  async complete(claim: Claim, now: Date): Promise<void> {
    await this.table.upsert(tableKey(claim.conversationId), tableKey(claim.activityId), {
      at: now.toISOString(),
      state: "completed",
      token: claim.token,
    });
  }

  /** The work failed: the next resend (or retry) does it. Leaves a claim someone else took over alone. */
  async release(claim: Claim): Promise<void> {
    const pk = tableKey(claim.conversationId);
    const rk = tableKey(claim.activityId);
    const current = await this.table.get(pk, rk);
    if (current?.value.token === claim.token && current.value.state === "started")
      await this.table.delete(pk, rk, current.etag);
  }

  /** Lets a one-time action happen again, e.g. the welcome after the app is uninstalled then reinstalled. */
  async forget(conversationId: string, activityId: string): Promise<void> {
    await this.table.delete(tableKey(conversationId), tableKey(activityId));
  }
}
