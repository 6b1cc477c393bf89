import { FluentProvider, makeStaticStyles, type Theme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { ApiProvider } from "./api/ApiProvider";
import { ApiClient } from "./api/client";
import { Layout } from "./components/Layout";
import type { Messages } from "./i18n/fr";
import { I18nProvider } from "./i18n/I18nProvider";
import { localeFromTag, readStoredLocale, storeLocale, type Locale } from "./i18n/locale";
import { staffCatalogueFor } from "./i18n/staffCatalogue";
import { PageOutlet } from "./pages/PageOutlet";
import { Router } from "./router/Router";
import { fluentThemeFor } from "./teams/fluentTheme";
import type { HostContext } from "./teams/hostContext";
import { HostProvider } from "./teams/HostProvider";

// index.html carries no inline style (strict CSP), so the page-wide reset is inserted here.
const useGlobalStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0, minHeight: "100%" },
  // Spacing comes from layout gaps, not from browser default margins.
  "h1, h2, h3, p": { margin: 0 },
  // Fluent sets a 20px line height on its root; a plain heading that wraps (a long title on a phone)
  // would print its lines over each other. Headings with their own class keep theirs.
  "h1, h2, h3": { lineHeight: 1.25, overflowWrap: "break-word" },
});

export function initialLocale(host: HostContext): Locale {
  // Inside Teams the user's Teams language wins; locally the remembered choice, else the browser's.
  if (host.mode === "teams") return localeFromTag(host.locale);
  return readStoredLocale() ?? localeFromTag(navigator.language);
}

/** What the app needs before its first render, fetched by main.tsx alongside the first page. */
export interface AppStart {
  readonly host: HostContext;
  readonly locale: Locale;
  readonly messages: Messages;
  readonly theme: Theme | undefined;
}

export function App({ start }: { start: AppStart }) {
  useGlobalStyles();
  const { host } = start;
  const [{ locale, messages }, setLanguage] = useState({ locale: start.locale, messages: start.messages });
  const [theme, setTheme] = useState<Theme | undefined>(start.theme);

  useEffect(
    () =>
      host.onThemeChange((next) => {
        void fluentThemeFor(next).then(setTheme, () => undefined);
      }),
    [host],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    // The page stays in its language until the other catalogue has arrived.
    void staffCatalogueFor(next).then(
      (loaded) => setLanguage({ locale: next, messages: loaded }),
      () => undefined,
    );
  }, []);

  // Rebuilt per locale so the server localises its error messages in the language on screen.
  const client = useMemo(
    () => new ApiClient({ locale: () => locale, token: host.getAuthToken, fetchImpl: host.fetch }),
    [host, locale],
  );

  return (
    <HostProvider host={host}>
      <I18nProvider locale={locale} messages={messages}>
        <ApiProvider client={client}>
          <FluentProvider theme={theme} lang={locale}>
            <Router>
              <Layout onLocaleChange={setLocale}>
                <PageOutlet />
              </Layout>
            </Router>
          </FluentProvider>
        </ApiProvider>
      </I18nProvider>
    </HostProvider>
  );
}
