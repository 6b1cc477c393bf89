import type { MessageKey } from "../i18n/fr";
import {
  PROMPT_KEYS,
  SCALE_ENDS,
  SEQUENCE_KEYS,
  VOTE_KEYS,
  type LocalisedText,
  type SettingsLimits,
  type VoteKey,
  type WorkshopSettings,
} from "./settingsTypes";

type Lang = "fr" | "en";
export type TextField =
  | `prompts.${(typeof PROMPT_KEYS)[number]}.${Lang}`
  | `sequenceTitles.${(typeof SEQUENCE_KEYS)[number]}.${Lang}`
  | `scaleLabels.${(typeof SCALE_ENDS)[number]}.${Lang}`;
export type VoteNumber = "budget" | "maxPerItem" | "keep";
export type NumberField = "maxContributionLength" | "maxEntriesPerStep" | `${VoteKey}.${VoteNumber}`;
export type DraftField = TextField | NumberField;

/**
 * The form's state: every text and number flat, keyed by its path, numbers as typed (an input may
 * be empty for a moment). Checked and turned back into settings only when saved.
 */
export interface Draft {
  readonly texts: Readonly<Record<TextField, string>>;
  readonly numbers: Readonly<Record<NumberField, string>>;
  readonly scaleAllowsComment: boolean;
  readonly actionsVoteEnabled: boolean;
}

export interface FieldError {
  readonly key: MessageKey;
  readonly params?: Record<string, string>;
}

export type Checked =
  | { readonly ok: true; readonly settings: WorkshopSettings }
  | { readonly ok: false; readonly errors: Partial<Record<DraftField, FieldError>> };

const LANGS: readonly Lang[] = ["fr", "en"];
const VOTE_NUMBERS: readonly VoteNumber[] = ["budget", "maxPerItem", "keep"];

function textEntries(
  group: string,
  keys: readonly string[],
  texts: Readonly<Record<string, LocalisedText>>,
): [TextField, string][] {
  return keys.flatMap((k) =>
    LANGS.map((l): [TextField, string] => [`${group}.${k}.${l}` as TextField, texts[k]?.[l] ?? ""]),
  );
}

export function draftOf(settings: WorkshopSettings): Draft {
  const numbers: [NumberField, string][] = [
    ["maxContributionLength", String(settings.maxContributionLength)],
    ["maxEntriesPerStep", String(settings.maxEntriesPerStep)],
    ...VOTE_KEYS.flatMap((v) => VOTE_NUMBERS.map((n): [NumberField, string] => [`${v}.${n}`, String(settings[v][n])])),
  ];
  return {
    texts: Object.fromEntries([
      ...textEntries("prompts", PROMPT_KEYS, settings.prompts),
      ...textEntries("sequenceTitles", SEQUENCE_KEYS, settings.sequenceTitles),
      ...textEntries("scaleLabels", SCALE_ENDS, settings.scaleLabels),
    ]) as Record<TextField, string>,
    numbers: Object.fromEntries(numbers) as Record<NumberField, string>,
    scaleAllowsComment: settings.scaleAllowsComment,
    actionsVoteEnabled: settings.actionsVote.enabled,
  };
}

/** Counts as the server does: spaces folded, one per code point. */
function length(text: string): number {
  return Array.from(text.replace(/\s+/g, " ").trim()).length;
}

function integer(raw: string): number | undefined {
  const trimmed = raw.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** The same rules as the server (bot/src/domain/workshopSettings.ts), so most mistakes are named next to their field. */
export function checkDraft(draft: Draft, limits: SettingsLimits): Checked {
  const errors: Partial<Record<DraftField, FieldError>> = {};
  for (const [field, raw] of Object.entries(draft.texts) as [TextField, string][]) {
    const text = raw.trim();
    if (text.length === 0) errors[field] = { key: "settings.error.textEmpty" };
    else if (length(text) > limits.promptLength.max)
      errors[field] = {
        key: "settings.error.textTooLong",
        params: { max: String(limits.promptLength.max), length: String(length(text)) },
      };
  }
  const ranged = (
    field: NumberField,
    range: { min: number; max: number },
    key: MessageKey = "settings.error.range",
  ): number => {
    const value = integer(draft.numbers[field]);
    if (value === undefined || value < range.min || value > range.max)
      errors[field] = { key, params: { min: String(range.min), max: String(range.max) } };
    return value ?? 0;
  };
  const maxContributionLength = ranged("maxContributionLength", limits.maxContributionLength);
  const maxEntriesPerStep = ranged("maxEntriesPerStep", limits.maxEntriesPerStep);
  const votes = Object.fromEntries(
    VOTE_KEYS.map((v) => {
      const budget = ranged(`${v}.budget`, limits.budget);
      const maxPerItem = ranged(`${v}.maxPerItem`, { min: 1, max: Math.max(1, budget) }, "settings.error.maxPerItem");
      const keep = ranged(`${v}.keep`, limits.keep);
      return [v, { budget, maxPerItem, keep }];
    }),
  ) as Record<VoteKey, { budget: number; maxPerItem: number; keep: number }>;
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const localised = (group: string, keys: readonly string[]) =>
    Object.fromEntries(
      keys.map((k) => [
        k,
        {
          fr: draft.texts[`${group}.${k}.fr` as TextField].trim(),
          en: draft.texts[`${group}.${k}.en` as TextField].trim(),
        },
      ]),
    );
  return {
    ok: true,
    settings: {
      prompts: localised("prompts", PROMPT_KEYS) as WorkshopSettings["prompts"],
      sequenceTitles: localised("sequenceTitles", SEQUENCE_KEYS) as WorkshopSettings["sequenceTitles"],
      scaleLabels: localised("scaleLabels", SCALE_ENDS) as WorkshopSettings["scaleLabels"],
      scaleAllowsComment: draft.scaleAllowsComment,
      maxContributionLength,
      maxEntriesPerStep,
      actionsVote: { ...votes.actionsVote, enabled: draft.actionsVoteEnabled },
      qualitiesVote: votes.qualitiesVote,
      prioritiesVote: votes.prioritiesVote,
    },
  };
}
