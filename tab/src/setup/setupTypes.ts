/** Shapes of the set-up API (bot/src/services/recruitment/campaignSetup.ts), as the form reads them. */
export type Approach = "thematic" | "territorial";
export type WorkshopNumber = 1 | 2 | 3;

export interface MakeupCell {
  readonly match: Readonly<Record<string, string>>;
  readonly count: number;
}

export interface ServerSpacingWarning {
  readonly code: string;
  readonly params: { readonly days: number; readonly minDays: number; readonly maxDays: number };
}

export interface SetupCampaign {
  readonly id: string;
  readonly name: string;
  readonly approach: Approach;
  readonly services: readonly string[];
  readonly site?: string;
  readonly state: string;
  readonly panelSize: number;
  readonly workshops: Readonly<Record<WorkshopNumber, { readonly plannedAt?: string; readonly meetingUrl?: string }>>;
}

/** GET /api/campaigns/:id */
export interface CampaignForEdit {
  readonly campaign: SetupCampaign;
  readonly canEdit: boolean;
  readonly warnings: readonly ServerSpacingWarning[];
  readonly makeup?: readonly MakeupCell[];
}

/** POST /api/campaigns and PATCH /api/campaigns/:id */
export interface SavedCampaign {
  readonly campaign: SetupCampaign;
  readonly warnings: readonly ServerSpacingWarning[];
}
