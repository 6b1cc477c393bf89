import { usePageTitle } from "../../components/usePageTitle";
import { usePublicT } from "../../i18n/I18nProvider";

/** An usager's link that does not read as one (cut when copied, for instance). */
export function PublicNotFound() {
  const t = usePublicT();
  usePageTitle(t("notFound.title"));
  return (
    <section className="ve-page">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
    </section>
  );
}
