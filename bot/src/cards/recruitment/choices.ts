import { AGE_BANDS, CATEGORIES, SEXES, STAFF_KINDS } from "../../domain/profiles";
import type { MessageKey } from "../../i18n/fr";
import type { Translate } from "../../i18n/translate";
import type { InputChoice } from "../adaptiveCard";

export const AGENT_FIELDS = {
  ageBand: AGE_BANDS,
  sex: SEXES,
  category: CATEGORIES,
  staffKind: STAFF_KINDS,
} as const;
export type AgentField = keyof typeof AGENT_FIELDS;

export function valueLabel(t: Translate, field: string, value: string): string {
  return t(`recruitment.value.${field}.${value}` as MessageKey);
}

export function choicesOf(t: Translate, field: AgentField): InputChoice[] {
  return AGENT_FIELDS[field].map((value) => ({ title: valueLabel(t, field, value), value }));
}
