import { makeStyles, MessageBar, MessageBarBody, Spinner, Title1, tokens } from "@fluentui/react-components";
import { useEndpoint } from "../api/useResource";
import { PeopleList } from "../campaign/PeopleList";
import { RolesSection } from "../campaign/RolesSection";
import { AppLink } from "../components/AppLink";
import { errorText } from "../components/errorText";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXL, minWidth: 0 },
  title: { overflowWrap: "anywhere" },
});

/** « Personnes et rôles » (coordinators): who runs and follows the campaign, and everyone it involves. */
export function PeoplePage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const styles = useStyles();
  const people = useEndpoint("GET /api/campaigns/:campaignId/people", { campaignId });
  // The campaign's name, for the title: the steps page's answer has it.
  const progress = useEndpoint("GET /api/campaigns/:campaignId/progress", { campaignId });
  const name = progress.status === "ready" ? progress.data.campaign.name : undefined;
  usePageTitle(name !== undefined ? t("people.title", { name }) : t("people.titleShort"));

  const failed = people.status === "error" ? people.error : progress.status === "error" ? progress.error : undefined;
  if (failed)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{errorText(failed, t)}</MessageBarBody>
      </MessageBar>
    );
  if (people.status !== "ready" || name === undefined) return <Spinner label={t("people.loading")} />;
  return (
    <div className={styles.page}>
      <div>
        <Title1 as="h1" className={styles.title}>
          {t("people.title", { name })}
        </Title1>
        <div>
          <AppLink to={paths.campaignPage("campaign", campaignId)}>{t("campaign.card.steps")}</AppLink>
        </div>
      </div>
      <RolesSection campaignId={campaignId} staff={people.data.staff} onChanged={people.reload} />
      <PeopleList campaignId={campaignId} people={people.data.people} onErased={people.reload} />
    </div>
  );
}
