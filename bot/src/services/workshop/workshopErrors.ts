import type { DomainErrorCode, DomainErrorParams } from "../../domain/result";

/** Failures of the workshop use cases that are not domain rules: access, lookups, stale clicks. */
export const WORKSHOP_ERROR_CODES = [
  "workshop.forbidden",
  "workshop.notFound",
  "workshop.noCampaign",
  "workshop.stale",
  "workshop.badDevice",
  "workshop.deviceRate",
  "workshop.deviceClientTotal",
  "workshop.devicesFull",
  "workshop.codeUnknown",
  "workshop.codeExpired",
  "workshop.unknownItem",
  "workshop.notCommitmentsStep",
  "workshop.badInput",
  "workshop.settingsForbidden",
  "workshop.settingsChanged",
] as const;
export type WorkshopErrorCode = (typeof WORKSHOP_ERROR_CODES)[number];

export interface WorkshopError {
  readonly code: WorkshopErrorCode | DomainErrorCode;
  readonly params?: DomainErrorParams;
}

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WorkshopError };

export function done<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failed(
  code: WorkshopErrorCode | DomainErrorCode,
  params?: DomainErrorParams,
): { readonly ok: false; readonly error: WorkshopError } {
  return { ok: false, error: params === undefined ? { code } : { code, params } };
}
