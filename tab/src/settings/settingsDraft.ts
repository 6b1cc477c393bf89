import type { DomainError } from "../../../bot/src/domain/result";
import {
  PROMPT_KEYS,
  SCALE_ENDS,
  SEQUENCE_TITLE_KEYS,
  settingsProblems,
  VOTE_SETTINGS_KEYS,
  type LocalisedText,
  type VoteSettingsKey,
  type WorkshopSettings,
} from "../../../bot/src/domain/workshopSettings";
import type { MessageKey } from "../i18n/fr";

type Lang = "fr" | "en";
export type TextField =
  | `prompts.${(typeof PROMPT_KEYS)[number]}.${Lang}`
  | `sequenceTitles.${(typeof SEQUENCE_TITLE_KEYS)[number]}.${Lang}`
  | `scaleLabels.${(typeof SCALE_ENDS)[number]}.${Lang}`;
export type VoteNumber = "budget" | "maxPerItem" | "keep";
export type NumberField = "maxContributionLength" | "maxEntriesPerStep" | `${VoteSettingsKey}.${VoteNumber}`;
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
    ...VOTE_SETTINGS_KEYS.flatMap((v) =>
      VOTE_NUMBERS.map((n): [NumberField, string] => [`${v}.${n}`, String(settings[v][n])]),
    ),
  ];
  return {
    texts: Object.fromEntries([
      ...textEntries("prompts", PROMPT_KEYS, settings.prompts),
      ...textEntries("sequenceTitles", SEQUENCE_TITLE_KEYS, settings.sequenceTitles),
      ...textEntries("scaleLabels", SCALE_ENDS, settings.scaleLabels),
    ]) as Record<TextField, string>,
    numbers: Object.fromEntries(numbers) as Record<NumberField, string>,
    scaleAllowsComment: settings.scaleAllowsComment,
    actionsVoteEnabled: settings.actionsVote.enabled,
  };
}

/** A number as typed; anything but a whole number is NaN, which every range refuses. */
function integer(raw: string): number {
  const trimmed = raw.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The settings the draft stands for, texts trimmed, numbers as typed (checked by the domain). */
function settingsOf(draft: Draft): WorkshopSettings {
  const localised = <K extends string>(group: string, keys: readonly K[]) =>
    Object.fromEntries(
      keys.map((k) => [
        k,
        {
          fr: draft.texts[`${group}.${k}.fr` as TextField].trim(),
          en: draft.texts[`${group}.${k}.en` as TextField].trim(),
        },
      ]),
    ) as Record<K, LocalisedText>;
  const vote = (v: VoteSettingsKey) => ({
    budget: integer(draft.numbers[`${v}.budget`]),
    maxPerItem: integer(draft.numbers[`${v}.maxPerItem`]),
    keep: integer(draft.numbers[`${v}.keep`]),
  });
  return {
    prompts: localised("prompts", PROMPT_KEYS),
    sequenceTitles: localised("sequenceTitles", SEQUENCE_TITLE_KEYS),
    scaleLabels: localised("scaleLabels", SCALE_ENDS),
    scaleAllowsComment: draft.scaleAllowsComment,
    maxContributionLength: integer(draft.numbers.maxContributionLength),
    maxEntriesPerStep: integer(draft.numbers.maxEntriesPerStep),
    actionsVote: { ...vote("actionsVote"), enabled: draft.actionsVoteEnabled },
    qualitiesVote: vote("qualitiesVote"),
    prioritiesVote: vote("prioritiesVote"),
  };
}

const asText = (value: string | number | undefined) => String(value ?? "");

/** The field a domain problem names, and what the form says under it. */
function fieldError(problem: DomainError): [DraftField, FieldError] | undefined {
  const p = problem.params ?? {};
  const range = { min: asText(p["min"]), max: asText(p["max"]) };
  switch (problem.code) {
    case "settings.maxLengthOutOfRange":
      return ["maxContributionLength", { key: "settings.error.range", params: range }];
    case "settings.maxEntriesOutOfRange":
      return ["maxEntriesPerStep", { key: "settings.error.range", params: range }];
    case "settings.budgetOutOfRange":
      return [`${p["key"]}.budget` as NumberField, { key: "settings.error.range", params: range }];
    case "settings.maxPerItemOutOfRange":
      return [`${p["key"]}.maxPerItem` as NumberField, { key: "settings.error.maxPerItem", params: range }];
    case "settings.keepOutOfRange":
      return [`${p["key"]}.keep` as NumberField, { key: "settings.error.range", params: range }];
    case "settings.textEmpty":
      return [`${p["key"]}.${p["locale"]}` as TextField, { key: "settings.error.textEmpty" }];
    case "settings.textTooLong":
      return [
        `${p["key"]}.${p["locale"]}` as TextField,
        { key: "settings.error.textTooLong", params: { max: asText(p["max"]), length: asText(p["length"]) } },
      ];
    default:
      return undefined;
  }
}

/** The domain's rules (bot/src/domain/workshopSettings.ts), each mistake named next to its field. */
export function checkDraft(draft: Draft): Checked {
  const settings = settingsOf(draft);
  const problems = settingsProblems(settings);
  if (problems.length === 0) return { ok: true, settings };
  const errors: Partial<Record<DraftField, FieldError>> = {};
  for (const problem of problems) {
    const found = fieldError(problem);
    if (found && !errors[found[0]]) errors[found[0]] = found[1];
  }
  return { ok: false, errors };
}
