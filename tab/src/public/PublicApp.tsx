import { useCallback, useEffect, useMemo, useState, type ReactElement } from "react";
import { ApiProvider } from "../api/ApiProvider";
import { ApiClient } from "../api/client";
import { I18nProvider } from "../i18n/I18nProvider";
import { storeLocale, type Locale } from "../i18n/locale";
import { catalogueFor, type PageTexts, type PublicMessages } from "./publicCatalogue";
import { PublicLayout } from "./PublicLayout";

/**
 * The usagers' app: their pages in a plain frame, no Fluent, no Teams SDK, no session. Its client
 * sends no sign-in token (usagers have none); the address's code or token is the only key.
 */
export function PublicApp({
  initialLocale,
  initialMessages,
  page,
  pageTexts,
}: {
  initialLocale: Locale;
  initialMessages: PublicMessages;
  page: ReactElement;
  pageTexts: PageTexts;
}) {
  const [{ locale, messages }, setLanguage] = useState({ locale: initialLocale, messages: initialMessages });

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback(
    (next: Locale) => {
      storeLocale(next);
      // The page stays in the language it has until the other catalogue has arrived.
      void catalogueFor(next, pageTexts).then(
        (loaded) => setLanguage({ locale: next, messages: loaded }),
        () => undefined,
      );
    },
    [pageTexts],
  );

  // Rebuilt per locale so the server words its refusals in the language on screen.
  const client = useMemo(
    () => new ApiClient({ locale: () => locale, token: () => Promise.resolve(undefined) }),
    [locale],
  );

  return (
    <I18nProvider locale={locale} messages={messages}>
      <ApiProvider client={client}>
        <PublicLayout onLocaleChange={setLocale}>{page}</PublicLayout>
      </ApiProvider>
    </I18nProvider>
  );
}
