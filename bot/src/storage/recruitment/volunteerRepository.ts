import type { MixedAnswer } from "../../domain/mixedPanel";
import type { AgentProfile } from "../../domain/profiles";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

export type VolunteerStatus = "volunteered" | "withdrawn";

/** An agent who answered the invitation. Profile bands only; removed on withdrawal. */
export interface VolunteerRecord {
  readonly campaignId: string;
  readonly aadObjectId: string;
  readonly teamsId: string;
  readonly name: string;
  readonly locale: "fr" | "en";
  readonly status: VolunteerStatus;
  readonly profile?: AgentProfile;
  readonly consentAt?: string;
  /** Whether the agent, once on the agent panel, takes part in workshop 3 (the mixed panel). */
  readonly mixedAnswer?: MixedAnswer;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * One row per (campaign, Entra object id): insert-once makes a double click or a resent invoke
 * land on the same row instead of creating a second volunteer.
 */
export class VolunteerRepository {
  private readonly table: DocumentTable<VolunteerRecord>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<VolunteerRecord>(clients, "volunteers");
  }

  get(campaignId: string, aadObjectId: string): Promise<Versioned<VolunteerRecord> | undefined> {
    return this.table.get(tableKey(campaignId), tableKey(aadObjectId));
  }

  /**
   * Creates the row or applies `change` to the existing one (optimistic concurrency, retried).
   * Returns the stored record.
   */
  async upsertWith(
    record: VolunteerRecord,
    change: (current: VolunteerRecord) => VolunteerRecord,
  ): Promise<VolunteerRecord> {
    const pk = tableKey(record.campaignId);
    const rk = tableKey(record.aadObjectId);
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await this.table.insertOnce(pk, rk, record, { status: record.status })) return record;
      const updated = await this.table.update(pk, rk, change, (v) => ({ status: v.status }));
      if (updated) return updated.value;
    }
    throw new Error(`volunteer ${record.campaignId}/${record.aadObjectId} kept disappearing while being written`);
  }

  async update(
    campaignId: string,
    aadObjectId: string,
    change: (current: VolunteerRecord) => VolunteerRecord | undefined,
  ): Promise<VolunteerRecord | undefined> {
    return (await this.table.update(tableKey(campaignId), tableKey(aadObjectId), change, (v) => ({ status: v.status })))
      ?.value;
  }

  async list(campaignId: string): Promise<VolunteerRecord[]> {
    return (await this.table.listPartition(tableKey(campaignId))).map((v) => v.value);
  }

  /** Erasure on request (privacy): true when a row was there. */
  delete(campaignId: string, aadObjectId: string): Promise<boolean> {
    return this.table.delete(tableKey(campaignId), tableKey(aadObjectId));
  }
}
