import { Link, makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens } from "@fluentui/react-components";
import type { CampaignProgressDto } from "../../../bot/src/contracts/campaignProgress";
import { AppLink } from "../components/AppLink";
import { useLocale, useT } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";
import { paths } from "../router/routes";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { overflowWrap: "anywhere" },
  progress: { color: tokens.colorNeutralForeground2 },
});

function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/Paris",
  }).format(new Date(iso));
}

/** Each workshop's date and Teams meeting, with the spacing rule's warning wherever the dates break it. */
export function WorkshopSchedule({ view }: { view: CampaignProgressDto }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="workshops-title">
      <Title2 as="h2" id="workshops-title">
        {t("campaign.workshops.title")}
      </Title2>
      <ul className={styles.list}>
        {view.workshops.map((w) => (
          <li key={w.number} className={styles.item} data-workshop={w.number}>
            <Text>
              {w.plannedAt
                ? t("campaign.workshops.date", { number: String(w.number), date: formatDate(w.plannedAt, locale) })
                : t("campaign.workshops.noDate", { number: String(w.number) })}
            </Text>
            {w.progress !== "notStarted" && (
              <Text className={styles.progress}>
                {" "}
                — {t(w.progress === "ended" ? "campaign.workshops.held" : "campaign.workshops.running")}
              </Text>
            )}
            {w.meetingUrl && (
              <>
                {" · "}
                <Link href={w.meetingUrl} target="_blank" rel="noopener noreferrer">
                  {t("campaign.workshops.meeting", { number: String(w.number) })}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
      {view.warnings.map((w) => (
        <MessageBar key={w.code} intent="warning" layout="multiline" data-testid="spacing-warning">
          <MessageBarBody>{w.message}</MessageBarBody>
        </MessageBar>
      ))}
      {view.can.edit && view.campaign.state !== "closed" && (
        <AppLink to={paths.setup(view.campaign.id)}>{t("campaign.workshops.edit")}</AppLink>
      )}
    </section>
  );
}
