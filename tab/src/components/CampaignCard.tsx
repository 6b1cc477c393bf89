import { Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CampaignSummaryDto } from "../../../bot/src/contracts/coreApi";
import { useLocale, useT } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";
import { paths } from "../router/routes";
import { AppLink } from "./AppLink";
import { StateBadge } from "./StateBadge";

const useStyles = makeStyles({
  card: { height: "100%", rowGap: tokens.spacingVerticalS },
  name: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: { color: tokens.colorNeutralForeground2 },
  links: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    marginTop: "auto",
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
  },
});

/** While one of these, the campaign's workshop can be run from the console. */
const WORKSHOP_STATES: ReadonlySet<string> = new Set(["workshop1", "workshop2", "workshop3"]);

function formatDate(iso: string, locale: Locale): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long" }).format(date);
}

/**
 * `canEdit` comes with the list (GET /api/campaigns): the caller coordinates this campaign, and gets
 * the links to run it (recruitment, console at workshop time, set-up, settings); everyone else reads.
 */
export function CampaignCard({ campaign }: { campaign: CampaignSummaryDto }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const created = formatDate(campaign.createdAt, locale);
  return (
    <Card className={styles.card} data-testid="campaign-card" data-campaign-id={campaign.id}>
      <h3 className={styles.name}>{campaign.name}</h3>
      <div>
        <StateBadge state={campaign.state} />
      </div>
      <Text className={styles.meta}>{t(`approach.${campaign.approach}`)}</Text>
      {campaign.site && <Text>{t("home.card.site", { site: campaign.site })}</Text>}
      {campaign.services.length > 0 && (
        <Text>{t("home.card.services", { services: campaign.services.join(", ") })}</Text>
      )}
      {created && <Text className={styles.meta}>{t("home.card.createdAt", { date: created })}</Text>}
      <ul className={styles.links} aria-label={t("home.card.linksLabel", { name: campaign.name })}>
        <li>
          <AppLink to={paths.campaignPage("campaign", campaign.id)}>{t("campaign.card.steps")}</AppLink>
        </li>
        <li>
          <AppLink to={paths.campaignPage("poster", campaign.id)}>{t("home.card.poster")}</AppLink>
        </li>
        <li>
          <AppLink to={paths.campaignPage("roadmap", campaign.id)}>{t("home.card.roadmap")}</AppLink>
        </li>
        {campaign.canEdit && (
          <>
            <li>
              <AppLink to={paths.campaignPage("recruitment", campaign.id)}>{t("home.card.recruitment")}</AppLink>
            </li>
            {WORKSHOP_STATES.has(campaign.state) && (
              <li>
                <AppLink to={paths.campaignPage("console", campaign.id)}>{t("home.card.console")}</AppLink>
              </li>
            )}
            <li>
              <AppLink to={paths.setup(campaign.id)}>{t("setup.card.edit")}</AppLink>
            </li>
            <li>
              <AppLink to={paths.campaignPage("settings", campaign.id)}>{t("settings.card.link")}</AppLink>
            </li>
          </>
        )}
      </ul>
    </Card>
  );
}
