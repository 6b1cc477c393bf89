import { makeStyles, Text, Title2, tokens } from "@fluentui/react-components";
import type { HistoryEntryDto } from "../../../bot/src/contracts/campaignProgress";
import { useLocale, useT } from "../i18n/I18nProvider";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  when: { color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalS },
  item: { overflowWrap: "anywhere" },
});

/** Every move and every change of roles, newest first: who, when, from where to where. */
export function CampaignHistory({ history }: { history: readonly HistoryEntryDto[] }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Europe/Paris",
    }).format(new Date(iso));
  return (
    <section className={styles.section} aria-labelledby="history-title">
      <Title2 as="h2" id="history-title">
        {t("campaign.history.title")}
      </Title2>
      {history.length === 0 ? (
        <Text>{t("campaign.history.empty")}</Text>
      ) : (
        <ul className={styles.list} data-testid="history">
          {history.map((e, i) => (
            <li key={`${e.at}-${i}`} className={styles.item}>
              <time className={styles.when} dateTime={e.at}>
                {when(e.at)}
              </time>
              <Text>
                {e.kind === "move"
                  ? t("campaign.history.move", { who: e.byName, from: t(`state.${e.from}`), to: t(`state.${e.to}`) })
                  : t(e.kind === "roleAdded" ? "campaign.history.roleAdded" : "campaign.history.roleRemoved", {
                      who: e.byName,
                      person: e.personName,
                      role: t(`campaign.role.${e.role}`),
                    })}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
