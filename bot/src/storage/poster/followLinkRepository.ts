import { DocumentTable } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

/** A usager's personal link: validates the poster, then follows the roadmap of their campaign. */
export interface FollowLink {
  readonly token: string;
  readonly campaignId: string;
  readonly participantKey: string;
}

const PARTITION = "link";

export class FollowLinkRepository {
  private readonly table: DocumentTable<FollowLink>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<FollowLink>(clients, "followlinks");
  }

  async get(token: string): Promise<FollowLink | undefined> {
    if (token.length === 0 || token.length > 200) return undefined;
    return (await this.table.get(PARTITION, tableKey(token)))?.value;
  }

  create(link: FollowLink): Promise<boolean> {
    return this.table.insertOnce(PARTITION, tableKey(link.token), link, { campaignId: link.campaignId });
  }
}
