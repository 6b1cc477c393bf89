import type { Campaign } from "../domain/campaign";
import { DocumentTable, type Versioned } from "./documentTable";
import type { TableClients } from "./tableClients";
import { tableKey } from "./tableKey";

// All campaigns share one partition: an administration runs hundreds, not millions, and the
// managers' views list them all at once.
const PARTITION = "campaign";

export class CampaignRepository {
  private readonly table: DocumentTable<Campaign>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<Campaign>(clients, "campaigns");
  }

  get(id: string): Promise<Versioned<Campaign> | undefined> {
    return this.table.get(PARTITION, tableKey(id));
  }

  /** False when a campaign with this id exists already (a resent request). */
  create(campaign: Campaign): Promise<boolean> {
    return this.table.insertOnce(PARTITION, tableKey(campaign.id), campaign, indexOf(campaign));
  }

  save(campaign: Campaign, etag: string): Promise<string> {
    return this.table.replace(PARTITION, tableKey(campaign.id), campaign, etag, indexOf(campaign));
  }

  update(id: string, change: (c: Campaign) => Campaign | undefined): Promise<Versioned<Campaign> | undefined> {
    return this.table.update(PARTITION, tableKey(id), change, indexOf);
  }

  async list(): Promise<Campaign[]> {
    const all = await this.table.listPartition(PARTITION);
    return all.map((v) => v.value).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
}

function indexOf(c: Campaign) {
  return { state: c.state, name: c.name };
}
