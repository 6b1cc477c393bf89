/**
 * Per-campaign settings of the workshop machinery. The defaults are the method as piloted in
 * Strasbourg; a coordinator may reword prompts or change numbers for another question.
 * The fr/en texts here are settings data (stored with the campaign), not UI strings.
 */
import { ok, type DomainError, type Result } from "./result";
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

/** The sequences whose title a coordinator may reword (the template's sequences). */
export const SEQUENCE_TITLE_KEYS = ["idealChaotic", "whereWeStand", "actions", "qualities", "priorities"] as const;
export type SequenceTitleKey = (typeof SEQUENCE_TITLE_KEYS)[number];
export const SCALE_ENDS = ["min", "max"] as const;
export type ScaleEnd = (typeof SCALE_ENDS)[number];
/** The three dot votes' settings. */
export const VOTE_SETTINGS_KEYS = ["actionsVote", "qualitiesVote", "prioritiesVote"] as const;
export type VoteSettingsKey = (typeof VOTE_SETTINGS_KEYS)[number];

export interface WorkshopSettings {
  readonly prompts: Readonly<Record<PromptKey, LocalisedText>>;
  readonly sequenceTitles: Readonly<Record<SequenceTitleKey, LocalisedText>>;
  readonly scaleLabels: Readonly<Record<ScaleEnd, LocalisedText>>;
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

function textProblems(key: string, text: LocalisedText): DomainError[] {
  const problems: DomainError[] = [];
  for (const locale of ["fr", "en"] as const) {
    const value = cleanText(text[locale] ?? "");
    const length = textLength(value);
    if (value.length === 0) problems.push({ code: "settings.textEmpty", params: { key, locale } });
    else if (length > SETTINGS_LIMITS.promptLength.max) {
      problems.push({
        code: "settings.textTooLong",
        params: { key, locale, max: SETTINGS_LIMITS.promptLength.max, length },
      });
    }
  }
  return problems;
}

function voteProblems(key: string, vote: VoteSettings): DomainError[] {
  const problems: DomainError[] = [];
  if (!inRange(vote.budget, SETTINGS_LIMITS.budget)) {
    problems.push({
      code: "settings.budgetOutOfRange",
      params: { key, ...SETTINGS_LIMITS.budget, value: vote.budget },
    });
  }
  const maxPerItem = Number.isInteger(vote.budget) && vote.budget >= 1 ? vote.budget : 1;
  if (!Number.isInteger(vote.maxPerItem) || vote.maxPerItem < 1 || vote.maxPerItem > maxPerItem) {
    problems.push({
      code: "settings.maxPerItemOutOfRange",
      params: { key, min: 1, max: maxPerItem, value: vote.maxPerItem },
    });
  }
  if (!inRange(vote.keep, SETTINGS_LIMITS.keep)) {
    problems.push({ code: "settings.keepOutOfRange", params: { key, ...SETTINGS_LIMITS.keep, value: vote.keep } });
  }
  return problems;
}

/**
 * Every rule the settings break, in the order of the form: the numbers, the votes, then the texts
 * (each names its field in `key`, and its language). The tab's form shows each under its field.
 */
export function settingsProblems(settings: WorkshopSettings): DomainError[] {
  const problems: DomainError[] = [];
  if (!inRange(settings.maxContributionLength, SETTINGS_LIMITS.maxContributionLength)) {
    problems.push({
      code: "settings.maxLengthOutOfRange",
      params: { ...SETTINGS_LIMITS.maxContributionLength, value: settings.maxContributionLength },
    });
  }
  if (!inRange(settings.maxEntriesPerStep, SETTINGS_LIMITS.maxEntriesPerStep)) {
    problems.push({
      code: "settings.maxEntriesOutOfRange",
      params: { ...SETTINGS_LIMITS.maxEntriesPerStep, value: settings.maxEntriesPerStep },
    });
  }
  for (const key of VOTE_SETTINGS_KEYS) problems.push(...voteProblems(key, settings[key]));
  for (const key of PROMPT_KEYS) problems.push(...textProblems(`prompts.${key}`, settings.prompts[key]));
  for (const key of SEQUENCE_TITLE_KEYS) {
    problems.push(...textProblems(`sequenceTitles.${key}`, settings.sequenceTitles[key]));
  }
  for (const end of ["min", "max"] as const)
    problems.push(...textProblems(`scaleLabels.${end}`, settings.scaleLabels[end]));
  return problems;
}

function cleaned(text: LocalisedText): LocalisedText {
  return { fr: cleanText(text.fr), en: cleanText(text.en) };
}

/** Checks settings edited by a coordinator; texts come back cleaned. */
export function validateWorkshopSettings(settings: WorkshopSettings): Result<WorkshopSettings> {
  const [first] = settingsProblems(settings);
  if (first) return { ok: false, error: first };
  const texts = <K extends string>(group: Readonly<Record<K, LocalisedText>>) =>
    Object.fromEntries(Object.entries<LocalisedText>(group).map(([k, v]) => [k, cleaned(v)])) as Record<
      K,
      LocalisedText
    >;
  return ok({
    ...settings,
    prompts: texts(settings.prompts),
    sequenceTitles: texts(settings.sequenceTitles),
    scaleLabels: texts(settings.scaleLabels),
  });
}
