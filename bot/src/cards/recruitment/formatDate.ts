import { DEFAULT_TIME_ZONE } from "../../domain/calendar";
import type { Locale } from "../../i18n/locale";

/** A workshop date as people read it (« mardi 12 janvier 2027 »), in the organisation's time zone. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "full",
    timeZone: DEFAULT_TIME_ZONE,
  }).format(new Date(iso));
}
