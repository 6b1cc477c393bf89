import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";

const steps = [1, 2, 3, 4, 5] as const;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow2,
  },
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "32px",
    height: "32px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  body: { margin: 0 },
});

/** The method at a glance: three workshops, then the poster, then the roadmap. */
export function MethodSteps() {
  const t = useT();
  const styles = useStyles();
  return (
    <ol className={styles.list}>
      {steps.map((n) => (
        <li key={n} className={styles.step}>
          <span className={styles.number} aria-hidden="true">
            {n}
          </span>
          <Text as="h3" className={styles.title}>
            {t(`home.method.step${n}.title`)}
          </Text>
          <Text as="p" className={styles.body}>
            {t(`home.method.step${n}.body`)}
          </Text>
        </li>
      ))}
    </ol>
  );
}
