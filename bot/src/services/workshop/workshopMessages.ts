import type { DomainError } from "../../domain/result";
import { domainErrorMessage } from "../../i18n/domainText";
import type { Locale } from "../../i18n/locale";

/** @deprecated Use domainErrorMessage; kept while campaignServices still imports it. */
export function errorMessage(locale: Locale, error: DomainError): string {
  return domainErrorMessage(locale, error);
}
