import { makeStyles, MessageBar, MessageBarBody, Spinner, Title1, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { PeopleDto } from "../../../bot/src/contracts/campaignProgress";
import { ApiError } from "../api/ApiError";
import { PeopleList } from "../campaign/PeopleList";
import { RolesSection } from "../campaign/RolesSection";
import { AppLink } from "../components/AppLink";
import { errorText } from "../components/errorText";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { useRecruitmentApi } from "../recruitment/useRecruitmentApi";
import { paths } from "../router/routes";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXL, minWidth: 0 },
  title: { overflowWrap: "anywhere" },
});

type State =
  { status: "loading" } | { status: "error"; error: ApiError } | { status: "ready"; people: PeopleDto; name: string };

/** « Personnes et rôles » (coordinators): who runs and follows the campaign, and everyone it involves. */
export function PeoplePage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const styles = useStyles();
  const api = useRecruitmentApi();
  const [state, setState] = useState<State>({ status: "loading" });
  usePageTitle(state.status === "ready" ? t("people.title", { name: state.name }) : t("people.titleShort"));
  const base = `/api/campaigns/${encodeURIComponent(campaignId)}`;

  const load = useCallback(async () => {
    try {
      const [people, progress] = await Promise.all([
        api.json<PeopleDto>("GET", `${base}/people`),
        api.json<{ campaign: { name: string } }>("GET", `${base}/progress`),
      ]);
      setState({ status: "ready", people, name: progress.campaign.name });
    } catch (error) {
      setState({
        status: "error",
        error: error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined),
      });
    }
  }, [api, base]);
  useEffect(() => {
    void load();
  }, [load]);

  if (state.status === "loading") return <Spinner label={t("people.loading")} />;
  if (state.status === "error")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{errorText(state.error, t)}</MessageBarBody>
      </MessageBar>
    );
  return (
    <div className={styles.page}>
      <div>
        <Title1 as="h1" className={styles.title}>
          {t("people.title", { name: state.name })}
        </Title1>
        <div>
          <AppLink to={paths.campaignPage("campaign", campaignId)}>{t("campaign.card.steps")}</AppLink>
        </div>
      </div>
      <RolesSection campaignId={campaignId} staff={state.people.staff} api={api} onChanged={() => void load()} />
      <PeopleList campaignId={campaignId} people={state.people.people} api={api} onErased={() => void load()} />
    </div>
  );
}
