import { makeStyles, MessageBar, MessageBarBody, Spinner, Text, Title1, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";
import { AppLink } from "../components/AppLink";
import { usePageTitle } from "../components/usePageTitle";
import { NoticeBar } from "../components/NoticeBar";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";
import { ActionProgress } from "../poster/ActionProgress";
import { CommitteePanel } from "../poster/CommitteePanel";
import { problemText } from "../poster/problemText";
import { RoadmapActionItem } from "../poster/RoadmapActionItem";

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

export function RoadmapPage({ campaignId }: { campaignId: string }) {
  const styles = useStyles();
  const t = useT();
  usePageTitle(t("page.roadmap"));
  const api = useApi();
  const params = { campaignId };
  const roadmap = useEndpoint("GET /api/campaigns/:campaignId/roadmap", params);
  const committee = useEndpoint("GET /api/campaigns/:campaignId/committee", params);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string }>();

  const run = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await work();
      setNotice({ intent: "success", text: done });
    } catch (e) {
      setNotice({ intent: "error", text: problemText(e, t) });
    } finally {
      setBusy(false);
    }
  };

  if (roadmap.status === "loading") return <Spinner label={t("roadmap.loading")} />;
  if (roadmap.status === "error") {
    return (
      <>
        <Title1 as="h1">{t("page.roadmap")}</Title1>
        <MessageBar intent="error">
          <MessageBarBody>{problemText(roadmap.error, t)}</MessageBarBody>
        </MessageBar>
      </>
    );
  }
  const view = roadmap.data;
  const s = view.summary;
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t("roadmap.pageTitle", { name: view.campaign.name })}</Title1>
      <AppLink to={paths.campaignPage("poster", campaignId)}>{t("roadmap.toPoster")}</AppLink>
      <NoticeBar notice={notice} testId="roadmap-notice" />
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
            key={`${a.id}-${a.updates.length}-${a.owner ?? ""}-${a.dueDate ?? ""}`}
            action={a}
            canEdit={view.canEdit}
            busy={busy}
            onPlan={(change) =>
              void run(async () => {
                await api.call(
                  "PATCH /api/campaigns/:campaignId/roadmap/:actionId",
                  { campaignId, actionId: a.id },
                  change,
                );
                roadmap.reload();
              }, t("roadmap.saved"))
            }
            onUpdate={(change) =>
              void run(async () => {
                await api.call(
                  "POST /api/campaigns/:campaignId/roadmap/:actionId/updates",
                  { campaignId, actionId: a.id },
                  change,
                );
                roadmap.reload();
              }, t("roadmap.saved"))
            }
          />
        ))}
      </section>
      {committee.status === "ready" && (
        <CommitteePanel
          view={committee.data}
          busy={busy}
          onDecide={(d) =>
            void run(async () => {
              committee.set(await api.call("POST /api/campaigns/:campaignId/committee/decisions", params, d));
              roadmap.reload();
            }, t("roadmap.committee.saved"))
          }
        />
      )}
    </div>
  );
}
