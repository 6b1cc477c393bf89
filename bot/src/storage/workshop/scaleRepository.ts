import type { ScaleAnswer } from "../../domain/scale";
import { DocumentTable } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

export interface StoredScaleAnswer extends ScaleAnswer {
  readonly proxy: boolean;
}

/** One entity per participant key: answering again replaces the previous answer (last writer wins, by design). */
export class ScaleRepository {
  private readonly table: DocumentTable<StoredScaleAnswer>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<StoredScaleAnswer>(clients, "workshopScale");
  }

  save(answer: StoredScaleAnswer): Promise<void> {
    return this.table.upsert(tableKey(answer.workshopId), tableKey(answer.participantKey), answer);
  }

  async all(workshopId: string): Promise<StoredScaleAnswer[]> {
    return (await this.table.listPartition(tableKey(workshopId))).map((v) => v.value);
  }

  async mine(workshopId: string, participantKey: string): Promise<StoredScaleAnswer | undefined> {
    return (await this.table.get(tableKey(workshopId), tableKey(participantKey)))?.value;
  }
}
