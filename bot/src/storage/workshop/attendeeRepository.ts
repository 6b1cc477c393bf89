import { createHash } from "node:crypto";
import { DocumentTable } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

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

export class AttendeeRepository {
  private readonly table: DocumentTable<Attendee>;
  // A cache of rows known to exist, to spare a round trip per click; storage stays the truth.
  private readonly known = new Set<string>();

  constructor(clients: TableClients) {
    this.table = new DocumentTable<Attendee>(clients, "workshopAttendees");
  }

  async recordTeams(workshopId: string, aadObjectId: string, teamsId?: string): Promise<void> {
    await this.record(workshopId, `teams~${tableKey(aadObjectId)}`, { kind: "teams", aadObjectId, ...(teamsId ? { teamsId } : {}) });
  }

  async recordDevice(workshopId: string, participantKey: string): Promise<void> {
    // Hashed again so the row cannot be joined with the participant key stored beside contributions.
    const hidden = createHash("sha256").update(`attendee:${participantKey}`).digest("base64url").slice(0, 24);
    await this.record(workshopId, `device~${hidden}`, { kind: "device" });
  }

  private async record(workshopId: string, rowKey: string, value: Attendee): Promise<void> {
    const cacheKey = `${workshopId}|${rowKey}`;
    if (this.known.has(cacheKey)) return;
    await this.table.insertOnce(tableKey(workshopId), rowKey, value);
    this.known.add(cacheKey);
  }

  /** One Teams attendee's row in one workshop, for the right of access. */
  async teamsAttendee(workshopId: string, aadObjectId: string): Promise<{ aadObjectId: string; teamsId?: string } | undefined> {
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
