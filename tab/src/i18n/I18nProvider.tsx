import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { MessageKey } from "./fr";
import type { Locale } from "./locale";
import type { confirmPageFr } from "./messages/confirmPage.fr";
import type { followPageFr } from "./messages/followPage.fr";
import type { joinPageFr } from "./messages/joinPage.fr";
import type { publicFr } from "./messages/public.fr";

/**
 * A key of the usagers' pages' texts (their frame's and each page's); the staff's catalogue holds
 * every one of them too. An usager page has its frame's and its own: tests/browser open each one.
 */
export type PublicKey = keyof (typeof publicFr & typeof joinPageFr & typeof confirmPageFr & typeof followPageFr);
export type Translate = (key: MessageKey, params?: Record<string, string>) => string;
/** What code shared by the usagers' pages and the staff's may translate: it works under either catalogue. */
export type PublicTranslate = (key: PublicKey, params?: Record<string, string>) => string;

interface I18nValue {
  readonly locale: Locale;
  readonly t: (key: string, params?: Record<string, string>) => string;
}

const I18nContext = createContext<I18nValue | undefined>(undefined);

/**
 * One provider for both apps, given the catalogue to use: the staff app passes the whole one
 * (App.tsx), the usagers' pages only theirs (public/PublicApp.tsx), so this file imports neither.
 */
export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Readonly<Record<string, string>>;
  children: ReactNode;
}) {
  const value = useMemo<I18nValue>(() => {
    const t = (key: string, params?: Record<string, string>) => {
      const text = messages[key] ?? key;
      return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole) : text;
    };
    return { locale, t };
  }, [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useT must be used inside <I18nProvider>");
  return value;
}

/** The staff's texts: only under the staff app's provider, which has the whole catalogue. */
export function useT(): Translate {
  return useI18n().t;
}

/** The texts every page may use, the usagers' included. */
export function usePublicT(): PublicTranslate {
  return useI18n().t;
}

export function useLocale(): Locale {
  return useI18n().locale;
}
