import { Text, Title1 } from "@fluentui/react-components";
import { AppLink } from "../components/AppLink";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t("notFound.title"));
  return (
    <>
      <Title1 as="h1">{t("notFound.title")}</Title1>
      <Text as="p" block>
        {t("notFound.body")}
      </Text>
      <AppLink to={paths.home()}>{t("notFound.back")}</AppLink>
    </>
  );
}
