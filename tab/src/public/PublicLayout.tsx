import type { ReactNode } from "react";
import { useLocale, usePublicT } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";

const LOCALES: readonly Locale[] = ["fr", "en"];

/**
 * The frame of the usagers' pages: the app's name, the language (usagers are in a browser, so they
 * choose it here), the page, and the accessibility statement. No staff navigation: they have no account.
 */
export function PublicLayout({
  onLocaleChange,
  children,
}: {
  onLocaleChange: (locale: Locale) => void;
  children: ReactNode;
}) {
  const t = usePublicT();
  const locale = useLocale();
  return (
    <div className="ve-root">
      <a href="#main" className="ve-skip">
        {t("layout.skipToContent")}
      </a>
      <header className="ve-header">
        <div className="ve-header-inner">
          <div className="ve-brand">
            <span className="ve-brand-name">{t("app.name")}</span>
            <span className="ve-tagline">{t("app.tagline")}</span>
          </div>
          <div role="group" aria-labelledby="ve-language" className="ve-language">
            <span id="ve-language">{t("language.label")}</span>
            {LOCALES.map((choice) => (
              <button
                key={choice}
                type="button"
                lang={choice}
                className="ve-button ve-button-small"
                aria-pressed={locale === choice}
                onClick={() => onLocaleChange(choice)}
              >
                {t(`language.${choice}`)}
              </button>
            ))}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="ve-main">
        {children}
      </main>
      <footer className="ve-footer">
        <a href="/accessibility">{t("layout.footer.accessibility")}</a>
      </footer>
    </div>
  );
}
