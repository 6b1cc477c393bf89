import { fr, type MessageKey } from "../../i18n/fr";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/translate";
import type { WorkshopError } from "./workshopErrors";

/**
 * The localised text of a workshop failure. Domain codes use the shared `domain.<code>` messages
 * when that catalogue has them; until then a generic but honest message names the problem.
 */
export function errorMessage(locale: Locale, error: WorkshopError): string {
  const params = { ...((error.params ?? {}) as Record<string, string | number>) };
  // Settings rules name a field and a language by their keys; people read them in words.
  for (const name of ["key", "locale"]) {
    const label = `workshop.settingsField.${String(params[name])}`;
    if (label in fr) params[name] = translate(locale, label as MessageKey);
  }
  const own = `workshop.error.${error.code.replace(/^workshop\./, "")}`;
  if (own in fr) return translate(locale, own as MessageKey, params);
  const shared = `domain.${error.code}`;
  if (shared in fr) return translate(locale, shared as MessageKey, params);
  return translate(locale, "workshop.error.generic", { code: error.code });
}
