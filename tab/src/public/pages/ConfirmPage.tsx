import { useState } from "react";
import type { ConfirmationViewDto, UsagerAnswerBody } from "../../../../bot/src/contracts/recruitmentDtos";
import type { MixedAnswer } from "../../../../bot/src/domain/mixedPanel";
import { ApiError } from "../../api/ApiError";
import { useApi } from "../../api/ApiProvider";
import { useEndpoint } from "../../api/useResource";
import { errorText } from "../../components/errorText";
import { usePageTitle } from "../../components/usePageTitle";
import { usePublicT } from "../../i18n/I18nProvider";
import { ConfirmForm } from "../confirm/ConfirmForm";
import { MixedQuestion } from "../confirm/MixedQuestion";
import { SelectionOutcome } from "../confirm/SelectionOutcome";
import { Alert, Spinner } from "../ui";

/**
 * /confirm/<token>: the usager's personal link. No account, no Teams; the token in the address is
 * the only key. They say whether they take part, then read the panel's outcome, answer about
 * workshop 3 and find the poster here.
 */
export function ConfirmPage({ token }: { token: string }) {
  const t = usePublicT();
  const api = useApi();
  const confirmation = useEndpoint("GET /api/confirm/:token", { token });
  // A refused answer (missing band, no consent, workshop 3 closed) keeps the page, with the server's words.
  const [refusal, setRefusal] = useState<string>();
  usePageTitle(t("page.confirm"));

  const settle = async (send: () => Promise<ConfirmationViewDto>) => {
    try {
      confirmation.set(await send());
      setRefusal(undefined);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
      setRefusal([errorText(apiError, t), ...apiError.causes.map((c) => c.message)].join(" "));
    }
  };
  const answer = (body: UsagerAnswerBody) => void settle(() => api.call("POST /api/confirm/:token", { token }, body));
  const answerMixed = (mixed: MixedAnswer) =>
    void settle(() => api.call("POST /api/confirm/:token/mixed", { token }, { answer: mixed }));

  if (confirmation.status === "loading") return <Spinner label={t("confirm.loading")} />;
  return (
    <section className="ve-page ve-confirm">
      <h1>{t("confirm.title")}</h1>
      {confirmation.status === "error" ? (
        <Alert intent="error">{errorText(confirmation.error, t)}</Alert>
      ) : confirmation.data.status === "nominated" ? (
        <>
          <p>{t("confirm.hello", { name: confirmation.data.name })}</p>
          <p>{t("confirm.intro", { campaign: confirmation.data.campaignName })}</p>
          <ConfirmForm view={confirmation.data} onAnswer={answer} {...(refusal ? { error: refusal } : {})} />
        </>
      ) : (
        <Answered view={confirmation.data} onMixed={answerMixed} {...(refusal ? { error: refusal } : {})} />
      )}
    </section>
  );
}

/** After their answer: the outcome, workshop 3's question when asked, and the poster once it exists. */
function Answered({
  view,
  onMixed,
  error,
}: {
  view: ConfirmationViewDto;
  onMixed: (answer: MixedAnswer) => void;
  error?: string;
}) {
  const t = usePublicT();
  return (
    <>
      {view.selection ? (
        <SelectionOutcome selection={view.selection} />
      ) : (
        <Alert intent={view.status === "accepted" ? "success" : "info"}>
          {t(view.status === "accepted" ? "confirm.accepted" : "confirm.declined")}
        </Alert>
      )}
      {view.mixed ? <MixedQuestion mixed={view.mixed} onAnswer={onMixed} {...(error ? { error } : {})} /> : null}
      {view.posterUrl ? (
        <section aria-labelledby="poster-ready" className="ve-confirm-section">
          <h2 id="poster-ready">{t("confirm.poster.title")}</h2>
          <p>{t("confirm.poster.body")}</p>
          <a href={view.posterUrl} data-testid="poster-link">
            {t("confirm.poster.link")}
          </a>
        </section>
      ) : null}
    </>
  );
}
