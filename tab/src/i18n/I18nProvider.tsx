import { createContext, useContext, useMemo, type ReactNode } from "react";
import { en } from "./en";
import { fr, type MessageKey, type Messages } from "./fr";
import type { Locale } from "./locale";

const catalogues: Record<Locale, Messages> = { fr, en };

export type Translate = (key: MessageKey, params?: Record<string, string>) => string;

interface I18nValue {
  readonly locale: Locale;
  readonly t: Translate;
}

const I18nContext = createContext<I18nValue | undefined>(undefined);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18nValue>(() => {
    const messages = catalogues[locale];
    const t: Translate = (key, params) =>
      params ? messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole) : messages[key];
    return { locale, t };
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useT must be used inside <I18nProvider>");
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Locale {
  return useI18n().locale;
}
