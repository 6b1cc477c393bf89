import type { Locale } from "../i18n/locale";
import { publicFr } from "../i18n/messages/public.fr";

export type PublicMessages = Readonly<Record<string, string>>;

/** A page's own texts in one language (each its own chunk). */
export type PageTexts = (locale: Locale) => Promise<PublicMessages>;

/**
 * The texts an usager page shows: its frame's (French in the entry, as most usagers read it;
 * English fetched only by those who choose it) and its own, fetched with the page (its HTML file
 * preloads the French ones). The staff's catalogue is ten times larger and never loaded here.
 */
export async function catalogueFor(locale: Locale, pageTexts: PageTexts): Promise<PublicMessages> {
  const frame = locale === "fr" ? publicFr : import("../i18n/messages/public.en").then((m) => m.publicEn);
  const [common, own] = await Promise.all([frame, pageTexts(locale)]);
  return { ...common, ...own };
}
