/**
 * The per-campaign workshop settings as GET/PUT /api/workshop-settings/<campaign> carry them: the
 * shape of bot/src/domain/workshopSettings.ts, kept equal by tests/unit/workshop/settingsDraft.test.ts.
 */
export interface LocalisedText {
  readonly fr: string;
  readonly en: string;
}

export interface VoteSettings {
  readonly budget: number;
  readonly maxPerItem: number;
  readonly keep: number;
}

export const PROMPT_KEYS = [
  "ideal",
  "chaotic",
  "scale",
  "actions",
  "actionsVote",
  "qualitiesVote",
  "prioritiesVote",
  "commitments",
] as const;
export type PromptKey = (typeof PROMPT_KEYS)[number];
export const SEQUENCE_KEYS = ["idealChaotic", "whereWeStand", "actions", "qualities", "priorities"] as const;
export type SequenceKey = (typeof SEQUENCE_KEYS)[number];
export const VOTE_KEYS = ["actionsVote", "qualitiesVote", "prioritiesVote"] as const;
export type VoteKey = (typeof VOTE_KEYS)[number];
export const SCALE_ENDS = ["min", "max"] as const;
export type ScaleEnd = (typeof SCALE_ENDS)[number];

export interface WorkshopSettings {
  readonly prompts: Readonly<Record<PromptKey, LocalisedText>>;
  readonly sequenceTitles: Readonly<Record<SequenceKey, LocalisedText>>;
  readonly scaleLabels: Readonly<Record<ScaleEnd, LocalisedText>>;
  readonly scaleAllowsComment: boolean;
  readonly maxContributionLength: number;
  readonly maxEntriesPerStep: number;
  readonly actionsVote: VoteSettings & { readonly enabled: boolean };
  readonly qualitiesVote: VoteSettings;
  readonly prioritiesVote: VoteSettings;
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

export interface SettingsLimits {
  readonly maxContributionLength: Range;
  readonly maxEntriesPerStep: Range;
  readonly budget: Range;
  readonly keep: Range;
  readonly promptLength: { readonly max: number };
}

export interface SettingsView {
  readonly campaignName: string;
  readonly settings: WorkshopSettings;
  /** null while the campaign uses the built-in method. */
  readonly version: string | null;
  readonly canEdit: boolean;
  readonly startedWorkshops: readonly number[];
  readonly defaults: WorkshopSettings;
  readonly limits: SettingsLimits;
}
