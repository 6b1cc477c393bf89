/**
 * Per-campaign settings of the workshop machinery. The defaults are the method as piloted in
 * Strasbourg; a coordinator may reword prompts or change numbers for another question.
 * The fr/en texts here are settings data (stored with the campaign), not UI strings.
 */
import { err, ok, type Result } from "./result";
import { cleanText, textLength } from "./text";

export interface LocalisedText {
  readonly fr: string;
  readonly en: string;
}

export interface VoteSettings {
  /** Dots per participant. */
  readonly budget: number;
  /** Dots one participant may put on the same item. */
  readonly maxPerItem: number;
  /** Items kept after the vote (top N). */
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

export interface WorkshopSettings {
  readonly prompts: Readonly<Record<PromptKey, LocalisedText>>;
  readonly sequenceTitles: {
    readonly idealChaotic: LocalisedText;
    readonly whereWeStand: LocalisedText;
    readonly actions: LocalisedText;
    readonly qualities: LocalisedText;
    readonly priorities: LocalisedText;
  };
  readonly scaleLabels: { readonly min: LocalisedText; readonly max: LocalisedText };
  readonly scaleAllowsComment: boolean;
  readonly maxContributionLength: number;
  readonly maxEntriesPerStep: number;
  /** The dot vote closing the actions sequence of workshops 1 and 2 is optional. */
  readonly actionsVote: VoteSettings & { readonly enabled: boolean };
  readonly qualitiesVote: VoteSettings;
  readonly prioritiesVote: VoteSettings;
}

export const DEFAULT_MAX_CONTRIBUTION_LENGTH = 200;
export const DEFAULT_MAX_ENTRIES_PER_STEP = 10;

export function defaultWorkshopSettings(): WorkshopSettings {
  return {
    prompts: {
      ideal: {
        fr: "Imaginez la relation idéale entre agents et usagers : quelles qualités la décrivent ? Un mot ou une courte phrase par idée.",
        en: "Imagine the ideal relation between agents and service users: which qualities describe it? One word or a short phrase per idea.",
      },
      chaotic: {
        fr: "À l'inverse, imaginez une relation chaotique : quels mots la décrivent ?",
        en: "The other way round, imagine a chaotic relation: which words describe it?",
      },
      scale: {
        fr: "Aujourd'hui, où placez-vous la relation entre agents et usagers, entre chaotique et idéale ?",
        en: "Today, where would you place the relation between agents and service users, between chaotic and ideal?",
      },
      actions: {
        fr: "Proposez des actions simples et concrètes pour se rapprocher de l'idéal, et dites qui s'engagerait : les agents, les usagers ou les deux.",
        en: "Suggest simple, concrete actions that would bring the relation closer to the ideal, and say who would commit: agents, service users or both.",
      },
      actionsVote: {
        fr: "Placez vos gommettes sur les actions qui vous semblent les plus utiles.",
        en: "Place your dots on the actions you find most useful.",
      },
      qualitiesVote: {
        fr: "Choisissez les qualités à promouvoir ensemble.",
        en: "Choose the qualities to promote together.",
      },
      prioritiesVote: {
        fr: "Choisissez les propositions à mettre en œuvre en priorité.",
        en: "Choose the proposals to implement first.",
      },
      commitments: {
        fr: "Reformulons ensemble les propositions retenues sous forme d'engagements.",
        en: "Let us rewrite the chosen proposals together as commitments.",
      },
    },
    sequenceTitles: {
      idealChaotic: { fr: "Idéal, puis chaotique", en: "Ideal, then chaotic" },
      whereWeStand: { fr: "Où en sommes-nous ?", en: "Where we stand" },
      actions: { fr: "Des actions concrètes", en: "Concrete actions" },
      qualities: { fr: "Les qualités à promouvoir", en: "Qualities to promote" },
      priorities: { fr: "Les propositions prioritaires", en: "Priority proposals" },
    },
    scaleLabels: {
      min: { fr: "Relation chaotique", en: "Chaotic relation" },
      max: { fr: "Relation idéale", en: "Ideal relation" },
    },
    scaleAllowsComment: true,
    maxContributionLength: DEFAULT_MAX_CONTRIBUTION_LENGTH,
    maxEntriesPerStep: DEFAULT_MAX_ENTRIES_PER_STEP,
    actionsVote: { enabled: false, budget: 3, maxPerItem: 1, keep: 5 },
    qualitiesVote: { budget: 3, maxPerItem: 1, keep: 5 },
    prioritiesVote: { budget: 3, maxPerItem: 1, keep: 5 },
  };
}

export const SETTINGS_LIMITS = {
  maxContributionLength: { min: 20, max: 1000 },
  maxEntriesPerStep: { min: 1, max: 50 },
  budget: { min: 1, max: 20 },
  keep: { min: 1, max: 50 },
  promptLength: { max: 500 },
} as const;

function inRange(value: number, range: { readonly min: number; readonly max: number }): boolean {
  return Number.isInteger(value) && value >= range.min && value <= range.max;
}

function checkText(key: string, text: LocalisedText): Result<LocalisedText> {
  for (const locale of ["fr", "en"] as const) {
    const value = cleanText(text[locale] ?? "");
    if (value.length === 0) return err("settings.textEmpty", { key, locale });
    if (textLength(value) > SETTINGS_LIMITS.promptLength.max) {
      return err("settings.textTooLong", { key, locale, max: SETTINGS_LIMITS.promptLength.max });
    }
  }
  return ok({ fr: cleanText(text.fr), en: cleanText(text.en) });
}

function checkVote(key: string, vote: VoteSettings): Result<VoteSettings> {
  if (!inRange(vote.budget, SETTINGS_LIMITS.budget)) {
    return err("settings.budgetOutOfRange", { key, ...SETTINGS_LIMITS.budget, value: vote.budget });
  }
  if (!Number.isInteger(vote.maxPerItem) || vote.maxPerItem < 1 || vote.maxPerItem > vote.budget) {
    return err("settings.maxPerItemOutOfRange", { key, min: 1, max: vote.budget, value: vote.maxPerItem });
  }
  if (!inRange(vote.keep, SETTINGS_LIMITS.keep)) {
    return err("settings.keepOutOfRange", { key, ...SETTINGS_LIMITS.keep, value: vote.keep });
  }
  return ok(vote);
}

/** Checks settings edited by a coordinator; texts come back cleaned. */
export function validateWorkshopSettings(settings: WorkshopSettings): Result<WorkshopSettings> {
  if (!inRange(settings.maxContributionLength, SETTINGS_LIMITS.maxContributionLength)) {
    return err("settings.maxLengthOutOfRange", {
      ...SETTINGS_LIMITS.maxContributionLength,
      value: settings.maxContributionLength,
    });
  }
  if (!inRange(settings.maxEntriesPerStep, SETTINGS_LIMITS.maxEntriesPerStep)) {
    return err("settings.maxEntriesOutOfRange", {
      ...SETTINGS_LIMITS.maxEntriesPerStep,
      value: settings.maxEntriesPerStep,
    });
  }
  for (const [key, vote] of [
    ["actionsVote", settings.actionsVote],
    ["qualitiesVote", settings.qualitiesVote],
    ["prioritiesVote", settings.prioritiesVote],
  ] as const) {
    const checked = checkVote(key, vote);
    if (!checked.ok) return checked;
  }
  const prompts: Partial<Record<PromptKey, LocalisedText>> = {};
  for (const key of PROMPT_KEYS) {
    const checked = checkText(`prompts.${key}`, settings.prompts[key]);
    if (!checked.ok) return checked;
    prompts[key] = checked.value;
  }
  const titles: Record<string, LocalisedText> = {};
  for (const [key, text] of Object.entries(settings.sequenceTitles)) {
    const checked = checkText(`sequenceTitles.${key}`, text);
    if (!checked.ok) return checked;
    titles[key] = checked.value;
  }
  const min = checkText("scaleLabels.min", settings.scaleLabels.min);
  if (!min.ok) return min;
  const max = checkText("scaleLabels.max", settings.scaleLabels.max);
  if (!max.ok) return max;
  return ok({
    ...settings,
    prompts: prompts as Record<PromptKey, LocalisedText>,
    sequenceTitles: titles as unknown as WorkshopSettings["sequenceTitles"],
    scaleLabels: { min: min.value, max: max.value },
  });
}
