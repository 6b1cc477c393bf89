import { DocumentTable } from "./documentTable";
import type { TableClients } from "./tableClients";
import { tableKey } from "./tableKey";

interface ReminderSent {
  readonly at: string;
}

/**
 * Which reminders were sent, one row per reminder key: insert-once makes every instance agree on
 * who sends it, and a send that failed gives its key back so the next pass tries again.
 */
export class ReminderLogRepository {
  private readonly table: DocumentTable<ReminderSent>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<ReminderSent>(clients, "reminders");
  }

  claim(campaignId: string, key: string, now: Date): Promise<boolean> {
    return this.table.insertOnce(tableKey(campaignId), tableKey(key), { at: now.toISOString() });
  }

  release(campaignId: string, key: string): Promise<boolean> {
    return this.table.delete(tableKey(campaignId), tableKey(key));
  }
}
