import type { WorkshopSettings } from "../../domain/workshopSettings";
import { DocumentTable, type Versioned } from "../documentTable";
import { ConcurrencyError } from "../storageErrors";
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
    return (await this.versioned(campaignId))?.value;
  }

  versioned(campaignId: string): Promise<Versioned<WorkshopSettings> | undefined> {
    return this.table.get("settings", tableKey(campaignId));
  }

  /**
   * Saves the whole form. `expected` is the version the editor started from: null when the campaign
   * still had the built-in settings, undefined to overwrite whatever is there (last writer wins).
   * A stale version throws ConcurrencyError. Returns the new version.
   */
  async save(campaignId: string, settings: WorkshopSettings, expected?: string | null): Promise<string> {
    const rowKey = tableKey(campaignId);
    if (expected === undefined) {
      await this.table.upsert("settings", rowKey, settings);
    } else if (expected === null) {
      if (!(await this.table.insertOnce("settings", rowKey, settings))) {
        // Someone else's first save, or this very save replayed after a cut connection.
        const stored = await this.table.get("settings", rowKey);
        if (!stored || JSON.stringify(stored.value) !== JSON.stringify(settings))
          throw new ConcurrencyError("workshopSettings", "settings", rowKey);
        return stored.etag;
      }
    } else {
      return this.table.replace("settings", rowKey, settings, expected);
    }
    const saved = await this.table.get("settings", rowKey);
    if (!saved) throw new ConcurrencyError("workshopSettings", "settings", rowKey);
    return saved.etag;
  }
}
