import { makeStyles, tokens } from "@fluentui/react-components";
import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/I18nProvider";
import { WORKSHOPS, type SetupValues } from "./setupForm";

const useStyles = makeStyles({
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    "& dd": { margin: 0 },
  },
});

/** The campaign's identity, fixed at creation (afterwards only dates, links and make-up change). */
export function CampaignFacts({ values, withDates = false }: { values: SetupValues; withDates?: boolean }) {
  const t = useT();
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      <dt>{t("setup.name")}</dt>
      <dd>{values.name}</dd>
      <dt>{t("setup.approach")}</dt>
      <dd>{t(`approach.${values.approach}`)}</dd>
      {values.site && <dt>{t("setup.site")}</dt>}
      {values.site && <dd>{values.site}</dd>}
      <dt>{t("setup.services")}</dt>
      <dd>{values.services}</dd>
      <dt>{t("setup.panelSize")}</dt>
      <dd>{values.panelSize}</dd>
      {withDates &&
        WORKSHOPS.flatMap((n) => [
          <dt key={`t${n}`}>{t(`setup.dates.workshop${n}` as MessageKey)}</dt>,
          <dd key={`d${n}`}>{values[`workshop${n}`] || t("setup.dates.none")}</dd>,
        ])}
    </dl>
  );
}
