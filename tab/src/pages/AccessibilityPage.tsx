import { makeStyles, Text, Title1, Title2, tokens } from "@fluentui/react-components";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";

const useStyles = makeStyles({
  body: { maxWidth: "75ch", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
  },
  status: {
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

const doneKeys = [
  "a11y.done.keyboard",
  "a11y.done.contrast",
  "a11y.done.labels",
  "a11y.done.language",
  "a11y.done.tests",
] as const;

/** RGAA accessibility statement: states the real status (no audit yet) and how to get help. */
export function AccessibilityPage() {
  const t = useT();
  const styles = useStyles();
  usePageTitle(t("a11y.title"));
  return (
    <div className={styles.body}>
      <Title1 as="h1">{t("a11y.title")}</Title1>
      <Text as="p">{t("a11y.intro")}</Text>
      <section className={styles.section} aria-labelledby="a11y-status">
        <Title2 as="h2" id="a11y-status">
          {t("a11y.status.title")}
        </Title2>
        <Text as="p" className={styles.status} data-testid="a11y-status">
          {t("a11y.status.body")}
        </Text>
      </section>
      <section className={styles.section} aria-labelledby="a11y-done">
        <Title2 as="h2" id="a11y-done">
          {t("a11y.done.title")}
        </Title2>
        <ul className={styles.list}>
          {doneKeys.map((key) => (
            <li key={key}>
              <Text>{t(key)}</Text>
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="a11y-limits">
        <Title2 as="h2" id="a11y-limits">
          {t("a11y.limits.title")}
        </Title2>
        <Text as="p">{t("a11y.limits.body")}</Text>
      </section>
      <section className={styles.section} aria-labelledby="a11y-report">
        <Title2 as="h2" id="a11y-report">
          {t("a11y.report.title")}
        </Title2>
        <Text as="p">{t("a11y.report.body")}</Text>
      </section>
      <section className={styles.section} aria-labelledby="a11y-recourse">
        <Title2 as="h2" id="a11y-recourse">
          {t("a11y.recourse.title")}
        </Title2>
        <Text as="p">{t("a11y.recourse.body")}</Text>
      </section>
      <Text as="p" size={200}>
        {t("a11y.date")}
      </Text>
    </div>
  );
}
