/**
 * Turns the domain's coded results (error codes, spacing warnings, coded values) into text for
 * people. The domain sends codes and raw parameters; here coded parameters become labels, so a
 * participant reads « Vote sur les actions » rather than "actionsVote".
 */
import { AGE_BANDS, CATEGORIES, FREQUENCIES, SEXES, STAFF_KINDS, USAGER_KINDS } from "../domain/profiles";
import { ORIGINS } from "../domain/ballots";
import { DECISION_KINDS, DECISION_LEVELS } from "../domain/committee";
import type { DomainError, DomainErrorCode } from "../domain/result";
import { ROADMAP_STATUSES } from "../domain/roadmap";
import type { SpacingWarning } from "../domain/spacing";
import { FACILITATOR_COMMAND_TYPES, WORKSHOP_PHASES } from "../domain/workshopMachine";
import { COMMIT_PARTIES, SEQUENCE_IDS, STEP_IDS } from "../domain/workshopTemplate";
import { fr, type MessageKey } from "./fr";
import type { Locale } from "./locale";
import { translate } from "./translate";

/** Names of profile dimensions, as the domain sends them in the `field` parameter of profile errors. */
export const PROFILE_FIELDS = ["ageBand", "sex", "category", "staffKind", "kind", "frequency"] as const;
/** The free texts of a committee decision, as sent in the `field` parameter of committee.textTooLong. */
export const COMMITTEE_FIELDS = ["reason", "adaptedText"] as const;
const LANGUAGES = ["fr", "en"] as const satisfies readonly Locale[];

/** Every list of coded values that has labels, under the name used in its `label.<list>.<value>` keys. */
export const LABEL_LISTS = {
  ageBand: AGE_BANDS,
  sex: SEXES,
  category: CATEGORIES,
  staffKind: STAFF_KINDS,
  usagerKind: USAGER_KINDS,
  frequency: FREQUENCIES,
  profileField: PROFILE_FIELDS,
  commitParty: COMMIT_PARTIES,
  origin: ORIGINS,
  decisionKind: DECISION_KINDS,
  decisionLevel: DECISION_LEVELS,
  committeeField: COMMITTEE_FIELDS,
  roadmapStatus: ROADMAP_STATUSES,
  workshopPhase: WORKSHOP_PHASES,
  facilitatorCommand: FACILITATOR_COMMAND_TYPES,
  sequence: SEQUENCE_IDS,
  step: STEP_IDS,
  language: LANGUAGES,
} as const;

export type LabelList = keyof typeof LABEL_LISTS;
export type LabelValue<L extends LabelList> = (typeof LABEL_LISTS)[L][number];
type LabelKey = { [L in LabelList]: `label.${L}.${LabelValue<L>}` }[LabelList];

// A value added to a domain list without its label, or a domain code without its message,
// fails to compile here rather than showing a raw code to someone.
const _everyLabelHasAMessage: LabelKey extends MessageKey ? true : never = true;
const _everyCodeHasAMessage: `domain.${DomainErrorCode}` extends MessageKey ? true : never = true;

export function label<L extends LabelList>(locale: Locale, list: L, value: LabelValue<L>): string {
  return translate(locale, `label.${list}.${value}` as LabelKey);
}

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(fr, key);
}

/**
 * Parameters often carry what someone typed or what storage held, so a value outside the list
 * is shown as it came: an imperfect message beats no message.
 */
function labelOrRaw(locale: Locale, list: LabelList, value: string): string {
  const key = `label.${list}.${value}`;
  return isMessageKey(key) ? translate(locale, key) : value;
}

type Render = (locale: Locale, value: string) => string;

const labelled =
  (list: LabelList): Render =>
  (locale, value) =>
    labelOrRaw(locale, list, value);

/** profile.*Invalid send the allowed codes joined with commas. */
const labelledList =
  (list: LabelList): Render =>
  (locale, value) =>
    value
      .split(",")
      .map((v) => labelOrRaw(locale, list, v))
      .join(", ");

const campaignState: Render = (locale, value) => {
  const key = `state.${value}`;
  return isMessageKey(key) ? translate(locale, key) : value;
};

/** Settings keys are a vote step ("actionsVote") or a path ("prompts.ideal", "sequenceTitles.actions"). */
const settingsKey: Render = (locale, value) => {
  const [group, name] = value.split(".");
  if (name === undefined) return labelOrRaw(locale, "step", value);
  if (group === "prompts")
    return translate(locale, "domainParam.settingsPrompt", { name: labelOrRaw(locale, "step", name) });
  if (group === "sequenceTitles") {
    return translate(locale, "domainParam.settingsSequenceTitle", { name: labelOrRaw(locale, "sequence", name) });
  }
  return value;
};

const profileInvalid = (list: LabelList) => ({ field: labelled("profileField"), allowed: labelledList(list) });
const settingsVote = { key: settingsKey };
const settingsText = { key: settingsKey, locale: labelled("language") };

/** Which parameters of which codes name a coded value; the others are shown as sent. */
const PARAM_RENDERERS: { readonly [C in DomainErrorCode]?: Readonly<Record<string, Render>> } = {
  "campaign.invalidTransition": { from: campaignState, to: campaignState },
  "campaign.movedMeanwhile": { state: campaignState },
  "committee.adaptedTextNotAllowed": { decision: labelled("decisionKind") },
  "committee.reasonRequired": { decision: labelled("decisionKind") },
  "committee.textTooLong": { field: labelled("committeeField") },
  "contribution.tagNotAllowed": { stepId: labelled("step") },
  "profile.fieldMissing": { field: labelled("profileField") },
  "profile.ageBandInvalid": profileInvalid("ageBand"),
  "profile.sexInvalid": profileInvalid("sex"),
  "profile.categoryInvalid": profileInvalid("category"),
  "profile.staffKindInvalid": profileInvalid("staffKind"),
  "profile.kindInvalid": profileInvalid("usagerKind"),
  "profile.frequencyInvalid": profileInvalid("frequency"),
  "settings.budgetOutOfRange": settingsVote,
  "settings.keepOutOfRange": settingsVote,
  "settings.maxPerItemOutOfRange": settingsVote,
  "settings.textEmpty": settingsText,
  "settings.textTooLong": settingsText,
  "workshop.commandNotAllowed": { command: labelled("facilitatorCommand"), phase: labelled("workshopPhase") },
  "workshop.inputClosed": { stepId: labelled("step") },
  "workshop.stepNotCurrent": { stepId: labelled("step"), currentStepId: labelled("step") },
  "workshop.wrongStepType": { stepId: labelled("step") },
};

// French groups thousands and writes decimals with a comma ("3 600", "1,5"); people notice otherwise.
const numberFormats: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat("fr-FR"),
  en: new Intl.NumberFormat("en-GB"),
};

function renderParams(
  locale: Locale,
  params: Readonly<Record<string, string | number>> | undefined,
  renderers: Readonly<Record<string, Render>> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    const render = renderers[name];
    if (render) out[name] = render(locale, String(value));
    else out[name] = typeof value === "number" ? numberFormats[locale].format(value) : value;
  }
  return out;
}

export function domainErrorMessage(locale: Locale, error: DomainError): string {
  return translate(locale, `domain.${error.code}`, renderParams(locale, error.params, PARAM_RENDERERS[error.code]));
}

export function spacingWarningMessage(locale: Locale, warning: SpacingWarning): string {
  return translate(locale, warning.code, renderParams(locale, warning.params));
}
