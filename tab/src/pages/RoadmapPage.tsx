import { makeStyles, Text, Title1, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";
import { AppLink } from "../components/AppLink";
import { LoadingRing } from "../components/LoadingRing";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";
import { ActionProgress } from "../poster/ActionProgress";
import { CommitteePanel } from "../poster/CommitteePanel";
import { problemText } from "../poster/problemText";
import { RoadmapActionItem } from "../poster/RoadmapActionItem";

// Only when the roadmap cannot be read: MessageBar and its motion and icons stay off the first load.
const NoticeBar = lazy(() => import("../components/NoticeBar").then((m) => ({ default: m.NoticeBar })));

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXL,
    alignItems: "center",
    maxWidth: "820px",
  },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

/**
 * A campaign's roadmap: every action with its owner, due date, progress and history, then the
 * steering committee's decisions. Most visitors only read it, so the edit forms come on demand;
 * each shows its own refusal, and once saved the page shows the roadmap as the server now has it.
 */
export function RoadmapPage({ campaignId }: { campaignId: string }) {
  const styles = useStyles();
  const t = useT();
  usePageTitle(t("page.roadmap"));
  const api = useApi();
  const params = { campaignId };
  const roadmap = useEndpoint("GET /api/campaigns/:campaignId/roadmap", params);
  const committee = useEndpoint("GET /api/campaigns/:campaignId/committee", params);

  /** After a save, the roadmap as saved (summary included), before the form closes on it. */
  const refresh = async () => {
    roadmap.set(await api.call("GET /api/campaigns/:campaignId/roadmap", params));
  };

  if (roadmap.status === "loading") return <LoadingRing label={t("roadmap.loading")} />;
  if (roadmap.status === "error") {
    return (
      <>
        <Title1 as="h1">{t("page.roadmap")}</Title1>
        <Suspense fallback={<Text role="alert">{problemText(roadmap.error, t)}</Text>}>
          <NoticeBar notice={{ intent: "error", text: problemText(roadmap.error, t) }} />
        </Suspense>
      </>
    );
  }
  const view = roadmap.data;
  const s = view.summary;
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t("roadmap.pageTitle", { name: view.campaign.name })}</Title1>
      <AppLink to={paths.campaignPage("poster", campaignId)}>{t("roadmap.toPoster")}</AppLink>
      <section className={styles.summary} aria-label={t("roadmap.summary")} data-testid="roadmap-summary">
        <Text>
          {t("roadmap.counts", {
            total: String(s.total),
            done: String(s.byStatus.done),
            inProgress: String(s.byStatus.inProgress),
            toStart: String(s.byStatus.toStart),
            overdue: String(s.overdue),
          })}
        </Text>
        {s.meanProgress !== null && <ActionProgress progress={s.meanProgress} label={t("roadmap.meanProgress")} />}
      </section>
      <section aria-labelledby="roadmap-actions" className={styles.list}>
        <h2 id="roadmap-actions">{t("roadmap.actions")}</h2>
        {view.actions.length === 0 && <Text>{t("roadmap.empty")}</Text>}
        {view.actions.map((a) => (
          <RoadmapActionItem
            key={a.id}
            action={a}
            canEdit={view.canEdit}
            onPlan={async (change) => {
              await api.call(
                "PATCH /api/campaigns/:campaignId/roadmap/:actionId",
                { campaignId, actionId: a.id },
                change,
              );
              await refresh();
            }}
            onUpdate={async (change) => {
              await api.call(
                "POST /api/campaigns/:campaignId/roadmap/:actionId/updates",
                { campaignId, actionId: a.id },
                change,
              );
              await refresh();
            }}
          />
        ))}
      </section>
      {committee.status === "ready" && (
        <CommitteePanel
          view={committee.data}
          onDecide={async (d) => {
            committee.set(await api.call("POST /api/campaigns/:campaignId/committee/decisions", params, d));
            // A decision adds, changes or removes an action.
            await refresh();
          }}
        />
      )}
    </div>
  );
}
