import { useEffect } from "react";
import { usePublicT } from "../i18n/I18nProvider";

/** RGAA 8.6: each page has a relevant title; it follows the page and the language. */
export function usePageTitle(title: string): void {
  const t = usePublicT();
  const appName = t("app.name");
  useEffect(() => {
    document.title = title === appName ? appName : `${title} — ${appName}`;
  }, [title, appName]);
}
