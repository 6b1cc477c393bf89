import type { Poster, PosterValidation } from "../../domain/poster";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

/** Who validates the poster: Teams participants answer on a card, usagers through their personal link. */
export interface PosterParticipant {
  /** `aad:<object id>` or `usager:<n>`: what validations refer to. */
  readonly key: string;
  readonly kind: "teams" | "usager";
  readonly aadObjectId?: string;
  readonly name?: string;
  /** Usagers only: the secret of their link (validation, then the public roadmap). */
  readonly token?: string;
  /** Usagers recruited for the mixed panel: their recruitment id, so their own confirmation page can give them this link. */
  readonly usagerId?: string;
}

/** One document per campaign: the poster, its earlier versions, its participants and their answers. */
export interface PosterRecord {
  readonly campaignId: string;
  readonly poster: Poster;
  readonly history: readonly Poster[];
  readonly participants: readonly PosterParticipant[];
  readonly validations: readonly PosterValidation[];
  readonly source: "workshop" | "manual";
}

// One partition for all campaigns: the managers' dashboard and the common values read every poster in one query.
const PARTITION = "poster";

export class PosterRepository {
  private readonly table: DocumentTable<PosterRecord>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<PosterRecord>(clients, "posters");
  }

  get(campaignId: string): Promise<Versioned<PosterRecord> | undefined> {
    return this.table.get(PARTITION, tableKey(campaignId));
  }

  create(record: PosterRecord): Promise<boolean> {
    return this.table.insertOnce(PARTITION, tableKey(record.campaignId), record, indexOf(record));
  }

  update(
    campaignId: string,
    change: (r: PosterRecord) => PosterRecord | undefined,
  ): Promise<Versioned<PosterRecord> | undefined> {
    return this.table.update(PARTITION, tableKey(campaignId), change, indexOf);
  }

  async list(): Promise<PosterRecord[]> {
    return (await this.table.listPartition(PARTITION)).map((v) => v.value);
  }
}

function indexOf(r: PosterRecord) {
  return { campaignId: r.campaignId, version: r.poster.version };
}
