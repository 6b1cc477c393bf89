import { en } from "../../tab/src/i18n/en";
import { fr, type MessageKey } from "../../tab/src/i18n/fr";

export type TabMessageKey = MessageKey;

/**
 * A sentence of the tab as a person reads it (its fr or en catalogue, `{name}` filled in), so a
 * browser test finds a button or a notice by its message key rather than by a copy of its words.
 */
export function tabText(key: MessageKey, params: Record<string, string | number> = {}, locale: "fr" | "en" = "fr") {
  const text: string = (locale === "fr" ? fr : en)[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
