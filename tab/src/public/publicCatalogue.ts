import type { Locale } from "../i18n/locale";
import { publicFr } from "../i18n/messages/public.fr";

export type PublicMessages = Readonly<Record<string, string>>;

/**
 * French is in the entry (most usagers read it); English is fetched only by those who want it.
 * Only the usagers' pages' texts: the staff's catalogue is five times larger.
 */
export function catalogueFor(locale: Locale): Promise<PublicMessages> {
  if (locale === "fr") return Promise.resolve(publicFr);
  return import("../i18n/messages/public.en").then((m) => m.publicEn);
}
