import {
  FluentProvider,
  makeStaticStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { ApiProvider } from "./api/ApiProvider";
import { ApiClient } from "./api/client";
import { Layout } from "./components/Layout";
import { en } from "./i18n/en";
import { fr } from "./i18n/fr";
import { I18nProvider } from "./i18n/I18nProvider";
import { localeFromTag, readStoredLocale, storeLocale, type Locale } from "./i18n/locale";
import { PageOutlet } from "./pages/PageOutlet";
import { Router } from "./router/Router";
import type { HostContext, HostTheme } from "./teams/hostContext";
import { HostProvider } from "./teams/HostProvider";

const catalogues = { fr, en } as const;

const fluentThemes: Record<HostTheme, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

// index.html carries no inline style (strict CSP), so the page-wide reset is inserted here.
const useGlobalStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0, minHeight: "100%" },
  // Spacing comes from layout gaps, not from browser default margins.
  "h1, h2, h3, p": { margin: 0 },
  // Fluent sets a 20px line height on its root; a plain heading that wraps (a long title on a phone)
  // would print its lines over each other. Headings with their own class keep theirs.
  "h1, h2, h3": { lineHeight: 1.25, overflowWrap: "break-word" },
});

function initialLocale(host: HostContext): Locale {
  // Inside Teams the user's Teams language wins; locally the remembered choice, else the browser's.
  if (host.mode === "teams") return localeFromTag(host.locale);
  return readStoredLocale() ?? localeFromTag(navigator.language);
}

export function App({ host }: { host: HostContext }) {
  useGlobalStyles();
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale(host));
  const [theme, setTheme] = useState<HostTheme>(host.theme);

  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  // Rebuilt per locale so the server localises its error messages in the language on screen.
  const client = useMemo(
    () => new ApiClient({ locale: () => locale, token: host.getAuthToken, fetchImpl: host.fetch }),
    [host, locale],
  );

  return (
    <HostProvider host={host}>
      <I18nProvider locale={locale} messages={catalogues[locale]}>
        <ApiProvider client={client}>
          <FluentProvider theme={fluentThemes[theme]} lang={locale}>
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
