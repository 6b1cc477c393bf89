import { createHash } from "node:crypto";
import { DocumentTable } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";
import { BoundedMap } from "./boundedMap";
import { submitBatch } from "./documentBatch";

/**
 * Who took part, kept apart from what they wrote: Teams users by object id (the poster asks them
 * to validate it), join-page devices only as a count. Nothing here links to a contribution.
 */
interface Attendee {
  readonly kind: "teams" | "device";
  readonly aadObjectId?: string;
  /** Teams user id (29:...), so the participant card can refresh itself for them (refresh.userIds). */
  readonly teamsId?: string;
}

interface PendingRow {
  readonly value: Attendee;
  readonly waiters: { resolve: () => void; reject: (error: unknown) => void }[];
}

const TABLE = "workshopAttendees";
// Entity-group transactions hold at most 100 writes.
const BATCH_ROWS = 100;
const KNOWN_ROWS = 50_000;

export class AttendeeRepository {
  private readonly table: DocumentTable<Attendee>;
  // Rows known to be stored, so attendance costs a write once per person, workshop and instance.
  private readonly known = new BoundedMap<string, true>(KNOWN_ROWS);
  // Rows waiting for their partition's next batch, and the partitions with a batch in flight.
  private readonly pending = new Map<string, Map<string, PendingRow>>();
  private readonly flushing = new Set<string>();

  constructor(private readonly clients: TableClients) {
    this.table = new DocumentTable<Attendee>(clients, TABLE);
  }

  async recordTeams(workshopId: string, aadObjectId: string, teamsId?: string): Promise<void> {
    await this.record(workshopId, `teams~${tableKey(aadObjectId)}`, {
      kind: "teams",
      aadObjectId,
      ...(teamsId ? { teamsId } : {}),
    });
  }

  async recordDevice(workshopId: string, participantKey: string): Promise<void> {
    // Hashed again so the row cannot be joined with the participant key stored beside contributions.
    const hidden = createHash("sha256").update(`attendee:${participantKey}`).digest("base64url").slice(0, 24);
    await this.record(workshopId, `device~${hidden}`, { kind: "device" });
  }

  /**
   * Group commit: resolves once the row is stored. The first row of a quiet partition is written at
   * once; the rows arriving while that write is in flight go together in the next one (an upsert
   * batch: rows hold nothing but who, so writing one twice is harmless). A room answering at once
   * costs a few requests, not one per person, and nobody's answer is confirmed before its row is.
   */
  private record(workshopId: string, rowKey: string, value: Attendee): Promise<void> {
    const cacheKey = `${workshopId}|${rowKey}`;
    if (this.known.has(cacheKey)) return Promise.resolve();
    const partition = tableKey(workshopId);
    return new Promise<void>((resolve, reject) => {
      const rows = this.pending.get(partition) ?? new Map<string, PendingRow>();
      this.pending.set(partition, rows);
      const row = rows.get(rowKey) ?? { value, waiters: [] };
      row.waiters.push({ resolve: () => (this.known.set(cacheKey, true), resolve()), reject });
      rows.set(rowKey, row);
      if (!this.flushing.has(partition)) void this.flush(partition);
    });
  }

  private async flush(partition: string): Promise<void> {
    this.flushing.add(partition);
    try {
      for (;;) {
        const rows = this.pending.get(partition);
        if (!rows || rows.size === 0) return;
        const batch = [...rows].slice(0, BATCH_ROWS);
        for (const [rowKey] of batch) rows.delete(rowKey);
        try {
          const written = await submitBatch(
            this.clients,
            TABLE,
            partition,
            batch.map(([rowKey, row]) => ({ op: "upsert", rowKey, value: row.value })),
          );
          if (!written.ok) throw new Error(`Attendance batch refused with status ${written.status}`);
          for (const [, row] of batch) for (const w of row.waiters) w.resolve();
        } catch (error) {
          for (const [, row] of batch) for (const w of row.waiters) w.reject(error);
        }
      }
    } finally {
      this.flushing.delete(partition);
      this.pending.delete(partition);
    }
  }

  /** One Teams attendee's row in one workshop, for the right of access. */
  async teamsAttendee(
    workshopId: string,
    aadObjectId: string,
  ): Promise<{ aadObjectId: string; teamsId?: string } | undefined> {
    const row = (await this.table.get(tableKey(workshopId), `teams~${tableKey(aadObjectId)}`))?.value;
    if (!row?.aadObjectId) return undefined;
    return { aadObjectId: row.aadObjectId, ...(row.teamsId ? { teamsId: row.teamsId } : {}) };
  }

  /** Right to erasure: deletes that row. False when it was already gone, so a repeated erase is harmless. */
  async forgetTeams(workshopId: string, aadObjectId: string): Promise<boolean> {
    const rowKey = `teams~${tableKey(aadObjectId)}`;
    // Forgotten here too, or a later answer by the same person would not be recorded again.
    this.known.delete(`${workshopId}|${rowKey}`);
    return this.table.delete(tableKey(workshopId), rowKey);
  }

  async list(workshopId: string): Promise<{ aadObjectIds: string[]; teamsIds: string[]; deviceCount: number }> {
    const rows = (await this.table.listPartition(tableKey(workshopId))).map((r) => r.value);
    return {
      aadObjectIds: rows.flatMap((r) => (r.kind === "teams" && r.aadObjectId ? [r.aadObjectId] : [])).sort(),
      teamsIds: rows.flatMap((r) => (r.kind === "teams" && r.teamsId ? [r.teamsId] : [])).sort(),
      deviceCount: rows.filter((r) => r.kind === "device").length,
    };
  }
}
