import { makeStyles, Text, Title1, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";
import { AppLink } from "./AppLink";
import { usePageTitle } from "./usePageTitle";

const useStyles = makeStyles({
  panel: {
    padding: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    maxWidth: "640px",
  },
  lead: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** Honest placeholder for a page not built yet: says so, fakes nothing. */
export function ComingSoon({ title, details = [] }: { title: string; details?: readonly string[] }) {
  const t = useT();
  const styles = useStyles();
  usePageTitle(title);
  return (
    <>
      <Title1 as="h1">{title}</Title1>
      <section className={styles.panel} data-testid="coming-soon">
        <Text as="p" className={styles.lead}>
          {t("comingSoon.body", { page: title })}
        </Text>
        <Text as="p">{t("comingSoon.detail")}</Text>
        {details.map((detail) => (
          <Text as="p" key={detail}>
            {detail}
          </Text>
        ))}
        <AppLink to={paths.home()}>{t("comingSoon.back")}</AppLink>
      </section>
    </>
  );
}
