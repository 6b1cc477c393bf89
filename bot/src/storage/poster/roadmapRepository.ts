import type { RoadmapAction } from "../../domain/roadmap";
import type { CommitParty } from "../../domain/workshopTemplate";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

export interface StoredRoadmapAction extends RoadmapAction {
  readonly campaignId: string;
  readonly party: CommitParty;
}

/**
 * One table for every campaign's actions, partitioned by campaign: a roadmap is one partition
 * read, and the managers' dashboard reads the whole table in one paged query, never one per service.
 */
export class RoadmapRepository {
  private readonly table: DocumentTable<StoredRoadmapAction>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<StoredRoadmapAction>(clients, "roadmap");
  }

  async listCampaign(campaignId: string): Promise<StoredRoadmapAction[]> {
    return sortActions((await this.table.listPartition(tableKey(campaignId))).map((v) => v.value));
  }

  async listAll(): Promise<StoredRoadmapAction[]> {
    return (await this.table.query("RowKey ne ''")).map((v) => v.value);
  }

  async get(campaignId: string, actionId: string): Promise<Versioned<StoredRoadmapAction> | undefined> {
    return this.table.get(tableKey(campaignId), tableKey(actionId));
  }

  create(action: StoredRoadmapAction): Promise<boolean> {
    return this.table.insertOnce(tableKey(action.campaignId), tableKey(action.id), action, indexOf(action));
  }

  update(
    campaignId: string,
    actionId: string,
    change: (a: StoredRoadmapAction) => StoredRoadmapAction | undefined,
  ): Promise<Versioned<StoredRoadmapAction> | undefined> {
    return this.table.update(tableKey(campaignId), tableKey(actionId), change, indexOf);
  }
}

function indexOf(a: StoredRoadmapAction) {
  return {
    campaignId: a.campaignId,
    status: a.status,
    progress: a.progress,
    owner: a.owner ?? "",
    dueDate: a.dueDate ?? "",
  };
}

/** Poster order: agents, usagers, both; then creation order. */
export function sortActions<T extends StoredRoadmapAction>(actions: readonly T[]): T[] {
  const order: Record<CommitParty, number> = { agents: 0, usagers: 1, both: 2 };
  return [...actions].sort(
    (a, b) => order[a.party] - order[b.party] || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}
