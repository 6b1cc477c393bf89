import { en } from "./en";
import { fr, type Catalogue, type MessageKey } from "./fr";
import type { Locale } from "./locale";

const catalogues: Record<Locale, Catalogue> = { fr, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing parameter is noticed. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
