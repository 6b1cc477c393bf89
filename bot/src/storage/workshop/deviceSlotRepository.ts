import { DocumentTable } from "../documentTable";
import type { TableClients } from "../tableClients";
import { odataString, tableKey } from "../tableKey";

interface DeviceSlot {
  readonly issuedAt: string;
}

const slotKey = (n: number) => `slot~${String(n).padStart(6, "0")}`;

/**
 * The join-page devices a workshop let in, as numbered slots: slot n is written insert-once, so
 * two instances admitting at the same moment cannot both take it, and the count can never pass
 * the limit. A row says when, never who or which token: it only counts.
 */
export class DeviceSlotRepository {
  private readonly table: DocumentTable<DeviceSlot>;
  // Slots known taken, per workshop, to start the next take near the end; storage stays the truth.
  private readonly taken = new Map<string, number>();

  constructor(clients: TableClients) {
    this.table = new DocumentTable<DeviceSlot>(clients, "workshopDevices");
  }

  /** The number of the slot this call took, or undefined when all `max` slots are taken. */
  async take(workshopId: string, max: number, issuedAt: string): Promise<number | undefined> {
    let n = this.taken.get(workshopId) ?? (await this.count(workshopId));
    while (n < max) {
      n++;
      if (await this.table.insertOnce(tableKey(workshopId), slotKey(n), { issuedAt }, { slot: n })) {
        this.taken.set(workshopId, Math.max(n, this.taken.get(workshopId) ?? 0));
        return n;
      }
    }
    this.taken.set(workshopId, n);
    return undefined;
  }

  async count(workshopId: string): Promise<number> {
    return (await this.table.columns(`PartitionKey eq '${odataString(tableKey(workshopId))}'`, ["slot"])).length;
  }
}
