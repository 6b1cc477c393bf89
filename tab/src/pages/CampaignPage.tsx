import { makeStyles, MessageBar, MessageBarBody, Spinner, Title1, Title2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { MoveDto } from "../../../bot/src/contracts/campaignProgress";
import { ApiError } from "../api/ApiError";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";
import { CampaignHistory } from "../campaign/CampaignHistory";
import { CampaignStepper } from "../campaign/CampaignStepper";
import { NextStepPanel } from "../campaign/NextStepPanel";
import { WorkshopSchedule } from "../campaign/WorkshopSchedule";
import { AppLink } from "../components/AppLink";
import { errorText } from "../components/errorText";
import { NoticeBar, type Notice } from "../components/NoticeBar";
import { StateBadge } from "../components/StateBadge";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    overflowWrap: "anywhere",
  },
  links: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
});

const WORKSHOP_STATES: ReadonlySet<string> = new Set(["workshop1", "workshop2", "workshop3"]);

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
}

/**
 * A campaign's home: the method's steps, what is missing before the next one and the button to
 * take it, the workshops' dates, the pages of each step, and who moved it when.
 */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const styles = useStyles();
  const api = useApi();
  const progress = useEndpoint("GET /api/campaigns/:campaignId/progress", { campaignId });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  usePageTitle(
    progress.status === "ready" ? t("campaign.title", { name: progress.data.campaign.name }) : t("campaign.loading"),
  );

  const move = async (m: MoveDto) => {
    if (progress.status !== "ready") return;
    setBusy(true);
    setNotice(undefined);
    try {
      const request = { from: progress.data.campaign.state, to: m.to };
      const view = await api.call("POST /api/campaigns/:campaignId/moves", { campaignId }, request);
      progress.set(view);
      setNotice({ intent: "success", text: t("campaign.moved", { state: t(`state.${view.campaign.state}`) }) });
    } catch (error) {
      // Refused (blocked, or moved by someone else meanwhile): say why, and show the campaign as it is now.
      const refusal = asApiError(error);
      setNotice({ intent: "error", text: errorText(refusal, t), causes: refusal.causes });
      progress.reload();
    } finally {
      setBusy(false);
    }
  };

  if (progress.status === "loading") return <Spinner label={t("campaign.loading")} />;
  if (progress.status === "error")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{errorText(progress.error, t)}</MessageBarBody>
      </MessageBar>
    );
  const view = progress.data;
  const c = view.campaign;
  return (
    <div className={styles.page}>
      <div className={styles.heading}>
        <Title1 as="h1">{t("campaign.title", { name: c.name })}</Title1>
        <StateBadge state={c.state} />
      </div>
      <NoticeBar notice={notice} testId="campaign-notice" />
      <section className={styles.section} aria-labelledby="steps-title">
        <Title2 as="h2" id="steps-title">
          {t("campaign.steps.title")}
        </Title2>
        <CampaignStepper steps={view.steps} />
      </section>
      <NextStepPanel view={view} busy={busy} onMove={(m) => void move(m)} />
      <WorkshopSchedule view={view} />
      <nav className={styles.section} aria-labelledby="links-title">
        <Title2 as="h2" id="links-title">
          {t("campaign.links.title")}
        </Title2>
        <ul className={styles.links}>
          <li>
            <AppLink to={paths.campaignPage("recruitment", c.id)}>{t("home.card.recruitment")}</AppLink>
          </li>
          {WORKSHOP_STATES.has(c.state) && (
            <li>
              <AppLink to={paths.campaignPage("console", c.id)}>{t("home.card.console")}</AppLink>
            </li>
          )}
          <li>
            <AppLink to={paths.campaignPage("poster", c.id)}>{t("home.card.poster")}</AppLink>
          </li>
          <li>
            <AppLink to={paths.campaignPage("roadmap", c.id)}>{t("home.card.roadmap")}</AppLink>
          </li>
          {view.can.edit && (
            <li>
              <AppLink to={paths.campaignPage("settings", c.id)}>{t("settings.card.link")}</AppLink>
            </li>
          )}
          {view.can.manageRoles && (
            <li>
              <AppLink to={paths.campaignPage("people", c.id)}>{t("campaign.links.people")}</AppLink>
            </li>
          )}
        </ul>
      </nav>
      <CampaignHistory history={view.history} />
    </div>
  );
}
