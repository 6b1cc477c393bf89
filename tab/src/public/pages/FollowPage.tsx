import { useState } from "react";
import { useApi } from "../../api/ApiProvider";
import { useEndpoint } from "../../api/useResource";
import { usePageTitle } from "../../components/usePageTitle";
import { usePublicT } from "../../i18n/I18nProvider";
import { PosterSheet } from "../../poster/PosterSheet";
import { problemText } from "../../poster/problemText";
import { AnswerForm } from "../follow/AnswerForm";
import { RoadmapList } from "../follow/RoadmapList";
import { Alert, Spinner } from "../ui";

/** /follow/<token>: the usager's link after workshop 3. Validate the poster, then follow the roadmap. */
export function FollowPage({ token }: { token: string }) {
  const t = usePublicT();
  usePageTitle(t("page.follow"));
  const api = useApi();
  const loaded = useEndpoint("GET /api/follow/:token", { token });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (loaded.status === "loading") return <Spinner label={t("roadmap.follow.loading")} />;
  if (loaded.status === "error") {
    return (
      <section className="ve-page">
        <h1>{t("page.follow")}</h1>
        <Alert intent="error">{problemText(loaded.error, t)}</Alert>
      </section>
    );
  }
  const view = loaded.data;
  const answer = (approved: boolean, comment: string) => {
    setBusy(true);
    setError(undefined);
    api
      .call(
        "POST /api/follow/:token/answer",
        { token },
        { version: view.poster.version, approved, ...(comment.trim() ? { comment } : {}) },
      )
      .then(loaded.set, (e: unknown) => setError(problemText(e, t)))
      .finally(() => setBusy(false));
  };
  return (
    <div className="ve-page ve-follow">
      <h1>{t("roadmap.follow.title", { name: view.campaign.name })}</h1>
      <p>{t("roadmap.follow.intro")}</p>
      <PosterSheet poster={view.poster} status={view.status} serviceName={view.campaign.services.join(", ")} />
      {view.status.state === "awaitingValidation" && (
        <AnswerForm
          version={view.poster.version}
          {...(view.myAnswer ? { myAnswer: view.myAnswer } : {})}
          busy={busy}
          onAnswer={answer}
        />
      )}
      {error && <Alert intent="error">{error}</Alert>}
      <RoadmapList actions={view.actions} />
    </div>
  );
}
