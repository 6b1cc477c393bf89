import type { UsagerProfile } from "../../domain/profiles";
import type { MixedAnswer } from "../../domain/mixedPanel";
import { DocumentTable } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

export type UsagerStatus = "nominated" | "accepted" | "declined";

/** An usager proposed by an agent (or registered by the coordinator). Contact and bands are purged at retention. */
export interface UsagerRecord {
  readonly campaignId: string;
  readonly id: string;
  /** Name or pseudonym, as the usager wishes to be called. */
  readonly name: string;
  readonly contact?: string;
  readonly status: UsagerStatus;
  /** What the nominating agent knew; the usager confirms or corrects it through the link. */
  readonly hint?: Partial<UsagerProfile>;
  readonly profile?: UsagerProfile;
  readonly consentAt?: string;
  /** Whether the usager, once accepted, takes part in workshop 3 (the mixed panel). */
  readonly mixedAnswer?: MixedAnswer;
  readonly nominatedBy: string;
  /** SHA-256 of the confirmation token: the token itself is never stored. */
  readonly tokenHash: string;
  readonly tokenExpiresAt: string;
  readonly locale: "fr" | "en";
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface TokenIndex {
  readonly campaignId: string;
  readonly usagerId: string;
}

export class UsagerRepository {
  private readonly table: DocumentTable<UsagerRecord>;
  private readonly tokens: DocumentTable<TokenIndex>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<UsagerRecord>(clients, "usagers");
    this.tokens = new DocumentTable<TokenIndex>(clients, "usagerTokens");
  }

  async create(record: UsagerRecord): Promise<boolean> {
    const created = await this.table.insertOnce(tableKey(record.campaignId), tableKey(record.id), record, {
      status: record.status,
    });
    // Indexed whether or not this call created the record: a create that failed between the two
    // writes (or whose first write was replayed after a cut connection) is mended by its retry.
    const stored = created ? record : await this.get(record.campaignId, record.id);
    if (stored)
      await this.tokens.insertOnce("token", tableKey(stored.tokenHash), {
        campaignId: stored.campaignId,
        usagerId: stored.id,
      });
    return created;
  }

  async byTokenHash(hash: string): Promise<UsagerRecord | undefined> {
    const index = (await this.tokens.get("token", tableKey(hash)))?.value;
    if (!index) return undefined;
    return (await this.table.get(tableKey(index.campaignId), tableKey(index.usagerId)))?.value;
  }

  async update(
    campaignId: string,
    id: string,
    change: (u: UsagerRecord) => UsagerRecord | undefined,
  ): Promise<UsagerRecord | undefined> {
    return (await this.table.update(tableKey(campaignId), tableKey(id), change, (u) => ({ status: u.status })))?.value;
  }

  async list(campaignId: string): Promise<UsagerRecord[]> {
    return (await this.table.listPartition(tableKey(campaignId))).map((v) => v.value);
  }

  async get(campaignId: string, id: string): Promise<UsagerRecord | undefined> {
    return (await this.table.get(tableKey(campaignId), tableKey(id)))?.value;
  }

  /** Erasure on request (privacy). The token index goes first: if the second delete fails, a retry still finds the record and, through it, the token's hash. */
  async delete(campaignId: string, id: string): Promise<boolean> {
    const current = await this.get(campaignId, id);
    if (!current) return false;
    await this.tokens.delete("token", tableKey(current.tokenHash));
    return this.table.delete(tableKey(campaignId), tableKey(id));
  }
}
