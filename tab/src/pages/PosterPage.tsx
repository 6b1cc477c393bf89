import { Button, makeStyles, Title1, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";
import { AppLink } from "../components/AppLink";
import { lazyPart, PartSlot } from "../components/LazyPart";
import { LoadingRing } from "../components/LoadingRing";
import { Note } from "../components/Note";
import { usePageTitle } from "../components/usePageTitle";
import { NoticeBar } from "../components/NoticeBar";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";
import { PosterCoordination } from "../poster/PosterCoordination";
import { PosterPrint } from "../poster/PosterPrint";
import type { PosterContent, PosterParticipants } from "../poster/PosterEditor";
import { PosterSheet } from "../poster/PosterSheet";
import { validationLine } from "../poster/posterText";
import { problemText } from "../poster/problemText";

// What a viewer has not asked for comes in a chunk of its own: the editor (Fluent's inputs) when Edit is
// pressed or there is no poster yet, fetched ahead as soon as the pointer or the focus reaches the button;
// the answer form only for a viewer who may answer. The coordinator's first load is the sheet and its actions.
const PosterEditor = lazyPart(() => import("../poster/PosterEditor").then((m) => m.PosterEditor));
const AnswerForm = lazyPart(() => import("../poster/PosterActions").then((m) => m.AnswerForm));

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL, alignItems: "flex-start" },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

/** Fetched once; a failure here is left to the click, where PartSlot shows it and offers a retry. */
const preloadEditor = () => void PosterEditor.preload();

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

  if (loaded.status === "loading") return <LoadingRing label={t("poster.loading")} />;
  if (loaded.status === "error") {
    if (loaded.error.code === "poster.notFound") {
      return (
        <div className={styles.page}>
          <Title1 as="h1">{t("page.poster")}</Title1>
          <Note intent="info">{t("poster.none")}</Note>
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
          <PartSlot part={PosterEditor} loading={t("poster.editor.loading")} retryLabel={t("poster.part.retry")}>
            <PosterEditor onSubmit={(c, p) => void create(c, p)} busy={busy} submitLabel={t("poster.create")} />
          </PartSlot>
          <NoticeBar notice={notice} />
        </div>
      );
    }
    return (
      <>
        <Title1 as="h1">{t("page.poster")}</Title1>
        <Note intent="error" role="alert">
          {problemText(loaded.error, t)}
        </Note>
      </>
    );
  }
  const view = loaded.data;
  const service = view.campaign.site ?? view.campaign.services.join(", ");
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t("poster.pageTitle", { name: view.campaign.name })}</Title1>
      <div className={styles.bar}>
        <Note intent={view.final ? "success" : "info"} data-testid="poster-status">
          {validationLine(view.status, t)}
        </Note>
        <AppLink to={paths.campaignPage("roadmap", campaignId)}>{t("poster.toRoadmap")}</AppLink>
      </div>
      <NoticeBar notice={notice} testId="poster-notice" />
      {editing ? (
        <PartSlot part={PosterEditor} loading={t("poster.editor.loading")} retryLabel={t("poster.part.retry")}>
          <PosterEditor
            poster={view.poster}
            onSubmit={(c) => void save(c)}
            busy={busy}
            submitLabel={t("poster.saveVersion")}
          />
        </PartSlot>
      ) : (
        <PosterSheet poster={view.poster} status={view.status} serviceName={service} />
      )}
      {view.can.edit && (
        <Button
          onClick={() => setEditing((e) => !e)}
          onPointerEnter={preloadEditor}
          onFocus={preloadEditor}
          data-testid="toggle-edit"
        >
          {editing ? t("poster.cancelEdit") : t("poster.edit")}
        </Button>
      )}
      {view.can.validate && !view.final && (
        <PartSlot part={AnswerForm} loading={t("poster.answer.loading")} retryLabel={t("poster.part.retry")}>
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
        </PartSlot>
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
      <PosterPrint view={view} />
    </div>
  );
}
