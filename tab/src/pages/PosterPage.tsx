import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Title1, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";
import { AppLink } from "../components/AppLink";
import { usePageTitle } from "../components/usePageTitle";
import { NoticeBar } from "../components/NoticeBar";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";
import { AnswerForm, PosterDownloads } from "../poster/PosterActions";
import { PosterCoordination } from "../poster/PosterCoordination";
import { PosterEditor, type PosterContent, type PosterParticipants } from "../poster/PosterEditor";
import { PosterSheet } from "../poster/PosterSheet";
import { validationLine } from "../poster/posterText";
import { problemText } from "../poster/problemText";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL, alignItems: "flex-start" },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

export function PosterPage({ campaignId }: { campaignId: string }) {
  const styles = useStyles();
  const t = useT();
  usePageTitle(t("page.poster"));
  const api = useApi();
  const params = { campaignId };
  const loaded = useEndpoint("GET /api/campaigns/:campaignId/poster", params);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string }>();

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await work();
    } catch (e) {
      setNotice({ intent: "error", text: problemText(e, t) });
    } finally {
      setBusy(false);
    }
  };
  const save = (content: PosterContent) =>
    run(async () => {
      if (loaded.status === "ready") {
        const version = loaded.data.poster.version;
        loaded.set(await api.call("PUT /api/campaigns/:campaignId/poster", params, { version, ...content }));
        setEditing(false);
        setNotice({ intent: "success", text: t("poster.saved") });
      }
    });
  const create = (content: PosterContent, participants: PosterParticipants) =>
    run(async () => {
      loaded.set(await api.call("POST /api/campaigns/:campaignId/poster", params, { content, participants }));
      setNotice({ intent: "success", text: t("poster.saved") });
    });

  if (loaded.status === "loading") return <Spinner label={t("poster.loading")} />;
  if (loaded.status === "error") {
    if (loaded.error.code === "poster.notFound") {
      return (
        <div className={styles.page}>
          <Title1 as="h1">{t("page.poster")}</Title1>
          <MessageBar intent="info">
            <MessageBarBody>{t("poster.none")}</MessageBarBody>
          </MessageBar>
          <Button
            onClick={() =>
              void run(async () =>
                loaded.set(await api.call("POST /api/campaigns/:campaignId/poster", params, { fromWorkshop: true })),
              )
            }
            disabled={busy}
          >
            {t("poster.fromWorkshop")}
          </Button>
          <PosterEditor onSubmit={(c, p) => void create(c, p)} busy={busy} submitLabel={t("poster.create")} />
          <NoticeBar notice={notice} />
        </div>
      );
    }
    return (
      <>
        <Title1 as="h1">{t("page.poster")}</Title1>
        <MessageBar intent="error">
          <MessageBarBody>{problemText(loaded.error, t)}</MessageBarBody>
        </MessageBar>
      </>
    );
  }
  const view = loaded.data;
  const service = view.campaign.site ?? view.campaign.services.join(", ");
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t("poster.pageTitle", { name: view.campaign.name })}</Title1>
      <div className={styles.bar}>
        <MessageBar intent={view.final ? "success" : "info"} data-testid="poster-status">
          <MessageBarBody>{validationLine(view.status, t)}</MessageBarBody>
        </MessageBar>
        <AppLink to={paths.campaignPage("roadmap", campaignId)}>{t("poster.toRoadmap")}</AppLink>
      </div>
      <NoticeBar notice={notice} testId="poster-notice" />
      {editing ? (
        <PosterEditor
          poster={view.poster}
          onSubmit={(c) => void save(c)}
          busy={busy}
          submitLabel={t("poster.saveVersion")}
        />
      ) : (
        <PosterSheet poster={view.poster} status={view.status} serviceName={service} />
      )}
      {view.can.edit && (
        <Button onClick={() => setEditing((e) => !e)} data-testid="toggle-edit">
          {editing ? t("poster.cancelEdit") : t("poster.edit")}
        </Button>
      )}
      {view.can.validate && !view.final && (
        <AnswerForm
          version={view.poster.version}
          {...(view.myAnswer ? { myAnswer: view.myAnswer } : {})}
          busy={busy}
          onAnswer={(approved, comment) =>
            void run(async () => {
              loaded.set(
                await api.call("POST /api/campaigns/:campaignId/poster/answer", params, {
                  version: view.poster.version,
                  approved,
                  ...(comment.trim() ? { comment } : {}),
                }),
              );
            })
          }
        />
      )}
      {view.answers && (
        <PosterCoordination
          view={view}
          busy={busy}
          onRequest={() =>
            void run(async () => {
              const report = await api.call("POST /api/campaigns/:campaignId/poster/request-validation", params);
              setNotice({
                intent: "success",
                text: t("poster.coord.sent", { sent: String(report.sent), unreachable: String(report.unreachable) }),
              });
            })
          }
          onClose={() =>
            void run(async () => loaded.set(await api.call("POST /api/campaigns/:campaignId/poster/close", params)))
          }
        />
      )}
      <PosterDownloads view={view} />
    </div>
  );
}
