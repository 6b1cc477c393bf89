import type { WorkshopSettings } from "../../domain/workshopSettings";
import { DocumentTable } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

/**
 * A campaign's own workshop settings (prompts, labels, budgets, kept items), when the coordinator
 * changed the built-in method. Each workshop snapshots them when it is created.
 */
export class WorkshopSettingsRepository {
  private readonly table: DocumentTable<WorkshopSettings>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<WorkshopSettings>(clients, "workshopSettings");
  }

  async get(campaignId: string): Promise<WorkshopSettings | undefined> {
    return (await this.table.get("settings", tableKey(campaignId)))?.value;
  }

  /** Last writer wins: the coordinator edits the whole form at once. */
  save(campaignId: string, settings: WorkshopSettings): Promise<void> {
    return this.table.upsert("settings", tableKey(campaignId), settings);
  }
}
