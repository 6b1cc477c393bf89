import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import { err, ok, type Result } from "../../domain/result";
import {
  defaultWorkshopSettings,
  validateWorkshopSettings,
  type WorkshopSettings,
} from "../../domain/workshopSettings";
import { ConcurrencyError } from "../../storage/storageErrors";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import { can, type Actor } from "../policy";

/** The per-campaign settings as the tab's form edits them. */
export interface SettingsForm {
  readonly settings: WorkshopSettings;
  /** The stored version (ETag), or null while the campaign uses the built-in method. */
  readonly version: string | null;
  readonly canEdit: boolean;
  /** Workshops already created: they keep the settings they started with. */
  readonly startedWorkshops: readonly WorkshopNumber[];
}

/** The per-campaign workshop settings: read by the next workshop, edited by the coordinators. */
export class WorkshopSettingsService {
  constructor(private readonly stores: WorkshopStores) {}

  /** The settings the campaign's next workshop will use: the coordinator's, or the built-in method. */
  async settingsOf(campaignId: string): Promise<WorkshopSettings> {
    return (await this.stores.settings.get(campaignId)) ?? defaultWorkshopSettings();
  }

  /** What the settings form needs: the settings and their version, who may edit, and which workshops already keep a snapshot. */
  async settingsForm(campaign: Campaign, actor: Actor): Promise<SettingsForm> {
    const [stored, ...workshops] = await Promise.all([
      this.stores.settings.versioned(campaign.id),
      ...([1, 2, 3] as const).map((kind) => this.stores.workshops.get(campaign.id, kind)),
    ]);
    return {
      settings: stored?.value ?? defaultWorkshopSettings(),
      version: stored?.etag ?? null,
      canEdit: can(actor, "campaign.edit", campaign),
      startedWorkshops: ([1, 2, 3] as const).filter((_, i) => workshops[i] !== undefined),
    };
  }

  /**
   * Saves edited settings (checked by the domain); workshops already created keep their snapshot.
   * With `expectedVersion` (null: the built-in settings), someone else's save in between is refused.
   */
  async saveSettings(
    campaign: Campaign,
    actor: Actor,
    settings: WorkshopSettings,
    expectedVersion?: string | null,
  ): Promise<Result<{ settings: WorkshopSettings; version: string }>> {
    if (!can(actor, "campaign.edit", campaign)) return err("workshopSettings.forbidden");
    const checked = validateWorkshopSettings(settings);
    if (!checked.ok) return checked;
    try {
      const version = await this.stores.settings.save(campaign.id, checked.value, expectedVersion);
      return ok({ settings: checked.value, version });
    } catch (error) {
      if (error instanceof ConcurrencyError) return err("workshopSettings.staleVersion");
      throw error;
    }
  }
}
