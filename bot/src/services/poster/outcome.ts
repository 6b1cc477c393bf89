import type { DomainError } from "../../domain/result";
import { fr, type MessageKey } from "../../i18n/fr";

/** An expected failure of a use case: the HTTP status, a stable code and the localised message key. */
export interface Failure {
  readonly ok: false;
  readonly status: number;
  readonly code: string;
  readonly key: MessageKey;
  readonly params?: Record<string, string | number>;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | Failure;

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure(
  status: number,
  code: string,
  key: MessageKey,
  params?: Record<string, string | number>,
): Failure {
  return { ok: false, status, code, key, ...(params ? { params } : {}) };
}

function isMessageKey(key: string): key is MessageKey {
  return key in fr;
}

/**
 * Domain codes of the poster, committee and roadmap rules have their messages in the poster
 * catalogue under `poster.err.<code>` (the shared domainErrors catalogue is not ours to fill).
 */
export function domainFailure(error: DomainError, status = 422): Failure {
  const key = `poster.err.${error.code}`;
  if (isMessageKey(key)) return failure(status, error.code, key, error.params ? { ...error.params } : undefined);
  return failure(status, error.code, "poster.err.other", { code: error.code });
}
