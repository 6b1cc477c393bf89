export type Locale = "fr" | "en";

const STORAGE_KEY = "vivre-ensemble.locale";

/** Teams and browsers give BCP 47 tags ("fr-FR", "en-GB"): any French variant means French. */
export function localeFromTag(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** The choice remembered by the local-mode switch, if storage is available and holds one. */
export function readStoredLocale(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "fr" || value === "en" ? value : undefined;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): the switch still works for the session.
    return undefined;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // See readStoredLocale.
  }
}
