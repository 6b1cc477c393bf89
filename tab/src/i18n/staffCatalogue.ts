import type { Messages } from "./fr";
import type { Locale } from "./locale";

/**
 * The staff app's catalogue in one language: each is its own chunk, so a page downloads the texts of
 * the language it shows and not the other (they were a quarter of what every page loaded).
 * index.html preloads the French one, the reference; English is fetched when it is the language.
 */
export function staffCatalogueFor(locale: Locale): Promise<Messages> {
  return locale === "fr" ? import("./fr").then((m) => m.fr) : import("./en").then((m) => m.en);
}
