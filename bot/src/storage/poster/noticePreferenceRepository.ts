import { DocumentTable } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

/** Whether a person wants follow-up notices; absent means yes (they took part and asked to hear back). */
export interface NoticePreference {
  readonly aadObjectId: string;
  readonly off: boolean;
  readonly at: string;
}

const PARTITION = "notice";

export class NoticePreferenceRepository {
  private readonly table: DocumentTable<NoticePreference>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<NoticePreference>(clients, "notices");
  }

  async isOff(aadObjectId: string): Promise<boolean> {
    return (await this.table.get(PARTITION, tableKey(aadObjectId)))?.value.off ?? false;
  }

  /** Last writer wins: the person's latest click is their choice. */
  set(preference: NoticePreference): Promise<void> {
    return this.table.upsert(PARTITION, tableKey(preference.aadObjectId), preference);
  }
}
