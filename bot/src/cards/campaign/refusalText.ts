import type { DomainError } from "../../domain/result";
import { domainErrorMessage } from "../../i18n/domainText";
import type { Locale } from "../../i18n/locale";

/**
 * A refusal as a card says it: its message, then each reason on a line of its own (what blocks a
 * move, why an effect failed). The reasons are the app's own sentences, so a markdown list is safe.
 */
export function refusalText(locale: Locale, error: DomainError): string {
  const head = domainErrorMessage(locale, error);
  const causes = error.causes ?? [];
  return causes.length === 0 ? head : `${head}\n${causes.map((c) => `- ${domainErrorMessage(locale, c)}`).join("\n")}`;
}
