import { DocumentTable } from "./documentTable";
import type { TableClients } from "./tableClients";
import { tableKey } from "./tableKey";

interface Processed {
  readonly at: string;
}

/**
 * Teams may deliver the same activity more than once. A handler with side effects claims the
 * activity id first; only the first claim wins, even across server instances.
 */
export class ProcessedActivityRepository {
  private readonly table: DocumentTable<Processed>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<Processed>(clients, "processedActivities");
  }

  claim(conversationId: string, activityId: string, now: Date): Promise<boolean> {
    return this.table.insertOnce(tableKey(conversationId), tableKey(activityId), { at: now.toISOString() });
  }

  /** Lets a one-time action happen again, e.g. the welcome after the app is uninstalled then reinstalled. */
  async release(conversationId: string, activityId: string): Promise<void> {
    await this.table.delete(tableKey(conversationId), tableKey(activityId));
  }
}
