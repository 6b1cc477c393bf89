import type { CommitteeDecision } from "../../domain/committee";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

/** Every decision recorded for a campaign, revisions included (the latest per commitment wins). */
export interface CommitteeRecord {
  readonly campaignId: string;
  readonly decisions: readonly CommitteeDecision[];
}

const PARTITION = "committee";

export class CommitteeRepository {
  private readonly table: DocumentTable<CommitteeRecord>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<CommitteeRecord>(clients, "committee");
  }

  async get(campaignId: string): Promise<CommitteeRecord> {
    return (await this.table.get(PARTITION, tableKey(campaignId)))?.value ?? { campaignId, decisions: [] };
  }

  /** Creates the document on first use, then appends under optimistic concurrency. */
  async append(campaignId: string, decision: CommitteeDecision): Promise<CommitteeRecord> {
    const key = tableKey(campaignId);
    await this.table.insertOnce(PARTITION, key, { campaignId, decisions: [] });
    const stored: Versioned<CommitteeRecord> | undefined = await this.table.update(PARTITION, key, (r) => ({
      ...r,
      decisions: [...r.decisions, decision],
    }));
    if (!stored) throw new Error(`committee record of ${campaignId} vanished`);
    return stored.value;
  }
}
