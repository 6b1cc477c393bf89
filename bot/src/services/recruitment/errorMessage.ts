import type { DomainError } from "../../domain/result";
import { fr, type MessageKey } from "../../i18n/fr";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/translate";

/**
 * The localised text of a domain error. The `domain.<code>` catalogue is written separately; until
 * a code has its entry, a generic localised line naming the code is shown rather than nothing.
 */
export function domainErrorText(locale: Locale, error: DomainError): string {
  const key = `domain.${error.code}`;
  const params = { ...(error.params ?? {}) };
  if (key in fr) return translate(locale, key as MessageKey, params);
  return translate(locale, "recruitment.error.invalid", { code: error.code });
}
