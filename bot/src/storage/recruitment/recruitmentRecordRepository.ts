import type { Makeup } from "../../domain/makeup";
import type { AgentProfile } from "../../domain/profiles";
import type { StoredConversation } from "../conversationRepository";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

/** Where a card was posted, so it can be updated later. */
export interface PostedCard {
  readonly conversation: StoredConversation;
  readonly activityId: string;
}

/**
 * What recruitment keeps about a campaign beside the campaign itself: the service make-up, the team
 * it was created in, the posted invitation, the confirmed agent and usager panels. Separate from Campaign so the
 * campaign aggregate (shared with other features) keeps its shape.
 */
export interface RecruitmentRecord {
  readonly campaignId: string;
  readonly makeup?: Makeup<AgentProfile>;
  /** The team channel where the campaign was created: `invite` there targets this campaign. */
  readonly home?: StoredConversation;
  readonly invitation?: PostedCard;
  readonly progressCard?: PostedCard;
  readonly selectedAgentIds?: readonly string[];
  readonly selectionConfirmedAt?: string;
  /** Workshop 2: the usager panel as the coordinator confirmed it (usager ids, sorted). */
  readonly selectedUsagerIds?: readonly string[];
  readonly usagerSelectionConfirmedAt?: string;
  readonly mixed?: MixedPanelRecord;
  readonly updatedAt: string;
}

/** Workshop 3: when the coordinator asked the two panels again, and the mixed panel once confirmed. */
export interface MixedPanelRecord {
  readonly openedAt: string;
  readonly agentIds?: readonly string[];
  readonly usagerIds?: readonly string[];
  readonly confirmedAt?: string;
}

const PARTITION = "recruitment";

export class RecruitmentRecordRepository {
  private readonly table: DocumentTable<RecruitmentRecord>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<RecruitmentRecord>(clients, "recruitment");
  }

  get(campaignId: string): Promise<Versioned<RecruitmentRecord> | undefined> {
    return this.table.get(PARTITION, tableKey(campaignId));
  }

  /** Applies `change` to the record, creating an empty one first when there is none. */
  async change(
    campaignId: string,
    now: Date,
    change: (current: RecruitmentRecord) => RecruitmentRecord,
  ): Promise<RecruitmentRecord> {
    const rk = tableKey(campaignId);
    await this.table.insertOnce(PARTITION, rk, { campaignId, updatedAt: now.toISOString() });
    const updated = await this.table.update(PARTITION, rk, (c) => ({ ...change(c), updatedAt: now.toISOString() }));
    if (!updated) throw new Error(`recruitment record ${campaignId} vanished`);
    return updated.value;
  }

  async list(): Promise<RecruitmentRecord[]> {
    return (await this.table.listPartition(PARTITION)).map((v) => v.value);
  }
}
