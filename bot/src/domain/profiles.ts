/**
 * Minimal profiles, in bands only (never exact values), used for panel balance and nothing else.
 * Values are stable codes; the i18n layer gives them fr/en labels.
 */
import { err, ok, type Result } from "./result";

export const AGE_BANDS = ["under30", "30to44", "45to54", "55plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const SEXES = ["female", "male", "other", "undisclosed"] as const;
export type Sex = (typeof SEXES)[number];
/** Catégories A, B, C of the French civil service. */
export const CATEGORIES = ["A", "B", "C"] as const;
export type Category = (typeof CATEGORIES)[number];
export const STAFF_KINDS = ["technical", "administrative"] as const;
export type StaffKind = (typeof STAFF_KINDS)[number];
export const USAGER_KINDS = ["individual", "business", "association"] as const;
export type UsagerKind = (typeof USAGER_KINDS)[number];
export const FREQUENCIES = ["firstTime", "occasional", "regular"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

// Type aliases (not interfaces) so profiles are assignable to Record<string, string> in panelBalance.
export type AgentProfile = {
  readonly ageBand: AgeBand;
  readonly sex: Sex;
  readonly category: Category;
  readonly staffKind: StaffKind;
};

export type UsagerProfile = {
  readonly kind: UsagerKind;
  readonly ageBand: AgeBand;
  readonly sex: Sex;
  readonly frequency: Frequency;
};

/** A dimension of a profile and its allowed values, in display order. */
export interface DimensionSpec {
  readonly name: string;
  readonly values: readonly string[];
  /**
   * Values that say nothing about representativeness ("undisclosed", "other" when the make-up
   * has no such group): a volunteer giving one is neither counted for nor against that dimension,
   * so declining to answer never costs anyone a seat.
   */
  readonly neutral?: readonly string[];
}

export const AGENT_DIMENSIONS: readonly DimensionSpec[] = [
  { name: "ageBand", values: AGE_BANDS },
  { name: "sex", values: SEXES, neutral: ["other", "undisclosed"] },
  { name: "category", values: CATEGORIES },
  { name: "staffKind", values: STAFF_KINDS },
];

export const USAGER_DIMENSIONS: readonly DimensionSpec[] = [
  { name: "kind", values: USAGER_KINDS },
  { name: "ageBand", values: AGE_BANDS },
  { name: "sex", values: SEXES, neutral: ["other", "undisclosed"] },
  { name: "frequency", values: FREQUENCIES },
];

export interface Volunteer<P> {
  readonly id: string;
  readonly profile: P;
}

type FieldCode =
  | "profile.ageBandInvalid"
  | "profile.sexInvalid"
  | "profile.categoryInvalid"
  | "profile.staffKindInvalid"
  | "profile.kindInvalid"
  | "profile.frequencyInvalid";

function readField<T extends string>(
  record: Record<string, unknown>,
  field: string,
  allowed: readonly T[],
  invalidCode: FieldCode,
): Result<T> {
  const value = record[field];
  if (value === undefined || value === null || value === "") return err("profile.fieldMissing", { field });
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    return err(invalidCode, { field, value: String(value), allowed: allowed.join(",") });
  }
  return ok(value as T);
}

function asRecord(input: unknown): Record<string, unknown> | undefined {
  return typeof input === "object" && input !== null && !Array.isArray(input)
    ? (input as Record<string, unknown>)
    : undefined;
}

export function parseAgentProfile(input: unknown): Result<AgentProfile> {
  const r = asRecord(input);
  if (!r) return err("profile.notAnObject");
  const ageBand = readField(r, "ageBand", AGE_BANDS, "profile.ageBandInvalid");
  if (!ageBand.ok) return ageBand;
  const sex = readField(r, "sex", SEXES, "profile.sexInvalid");
  if (!sex.ok) return sex;
  const category = readField(r, "category", CATEGORIES, "profile.categoryInvalid");
  if (!category.ok) return category;
  const staffKind = readField(r, "staffKind", STAFF_KINDS, "profile.staffKindInvalid");
  if (!staffKind.ok) return staffKind;
  return ok({ ageBand: ageBand.value, sex: sex.value, category: category.value, staffKind: staffKind.value });
}

export function parseUsagerProfile(input: unknown): Result<UsagerProfile> {
  const r = asRecord(input);
  if (!r) return err("profile.notAnObject");
  const kind = readField(r, "kind", USAGER_KINDS, "profile.kindInvalid");
  if (!kind.ok) return kind;
  const ageBand = readField(r, "ageBand", AGE_BANDS, "profile.ageBandInvalid");
  if (!ageBand.ok) return ageBand;
  const sex = readField(r, "sex", SEXES, "profile.sexInvalid");
  if (!sex.ok) return sex;
  const frequency = readField(r, "frequency", FREQUENCIES, "profile.frequencyInvalid");
  if (!frequency.ok) return frequency;
  return ok({ kind: kind.value, ageBand: ageBand.value, sex: sex.value, frequency: frequency.value });
}
