import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { ConfirmationViewDto, UsagerAnswerBody } from "../../../bot/src/contracts/recruitmentDtos";
import type { MixedAnswer } from "../../../bot/src/domain/mixedPanel";
import { ApiError } from "../api/ApiError";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";
import { errorText } from "../components/errorText";
import { usePageTitle } from "../components/usePageTitle";
import { useLocale, useT } from "../i18n/I18nProvider";
import { ConfirmForm } from "../recruitment/ConfirmForm";

/**
 * The usager's personal link: no account, no Teams; the token in the address is the only key.
 * The shared API client sends no token outside Teams, and these routes ask for none.
 */
export function ConfirmPage({ token }: { token: string }) {
  const t = useT();
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
  const view = confirmation.status === "ready" ? confirmation.data : undefined;
  return (
    <section>
      <h1>{t("confirm.title")}</h1>
      {confirmation.status === "error" || !view ? (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{confirmation.status === "error" ? errorText(confirmation.error, t) : null}</MessageBarBody>
        </MessageBar>
      ) : view.status === "nominated" ? (
        <>
          <p>{t("confirm.hello", { name: view.name })}</p>
          <p>{t("confirm.intro", { campaign: view.campaignName })}</p>
          <ConfirmForm view={view} onAnswer={answer} {...(refusal ? { error: refusal } : {})} />
        </>
      ) : (
        <>
          {view.selection ? (
            <SelectionOutcome selection={view.selection} />
          ) : (
            <MessageBar layout="multiline" intent={view.status === "accepted" ? "success" : "info"} role="status">
              <MessageBarBody>{t(view.status === "accepted" ? "confirm.accepted" : "confirm.declined")}</MessageBarBody>
            </MessageBar>
          )}
          {view.mixed ? (
            <MixedQuestion mixed={view.mixed} onAnswer={answerMixed} {...(refusal ? { error: refusal } : {})} />
          ) : null}
          {view.posterUrl ? (
            <section aria-labelledby="poster-ready" style={{ marginTop: "1.5rem" }}>
              <h2 id="poster-ready">{t("confirm.poster.title")}</h2>
              <p>{t("confirm.poster.body")}</p>
              <a href={view.posterUrl} data-testid="poster-link">
                {t("confirm.poster.link")}
              </a>
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The usager panel's outcome, told on the usager's own link since they have no Teams to be messaged in. */
function SelectionOutcome({ selection }: { selection: NonNullable<ConfirmationViewDto["selection"]> }) {
  const t = useT();
  const locale = useLocale();
  if (!selection.selected)
    return (
      <MessageBar layout="multiline" intent="info" role="status">
        <MessageBarBody>{t("usagers.confirm.notSelected")}</MessageBarBody>
      </MessageBar>
    );
  const date = selection.workshopAt
    ? new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
        dateStyle: "full",
        timeStyle: "short",
        timeZone: "Europe/Paris",
      }).format(new Date(selection.workshopAt))
    : undefined;
  return (
    <MessageBar layout="multiline" intent="success" role="status">
      <MessageBarBody>
        <strong>{t("usagers.confirm.selectedTitle")}</strong>
        <br />
        {date ? t("usagers.confirm.when", { date }) : t("usagers.confirm.whenUnknown")}
        {selection.meetingUrl ? (
          <>
            <br />
            <a href={selection.meetingUrl} target="_blank" rel="noreferrer noopener">
              {t("usagers.confirm.join")}
            </a>
          </>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Workshop 3, asked on the same link: one question, two large buttons, the answer said back. */
function MixedQuestion({
  mixed,
  onAnswer,
  error,
}: {
  mixed: NonNullable<ConfirmationViewDto["mixed"]>;
  onAnswer: (answer: MixedAnswer) => void;
  error?: string;
}) {
  const t = useT();
  return (
    <section aria-labelledby="mixed-question" style={{ marginTop: "1.5rem" }}>
      <h2 id="mixed-question">{t("confirm.mixed.question")}</h2>
      {mixed.answer ? (
        <p role="status">{t(mixed.answer === "yes" ? "confirm.mixed.answeredYes" : "confirm.mixed.answeredNo")}</p>
      ) : null}
      {error ? (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {mixed.closed ? null : (
        <div style={{ display: "flex", gap: "0.75rem", flexWrap: "wrap" }}>
          <Button
            appearance={mixed.answer === "yes" ? "primary" : "secondary"}
            size="large"
            aria-pressed={mixed.answer === "yes"}
            onClick={() => onAnswer("yes")}
          >
            {t("confirm.mixed.yes")}
          </Button>
          <Button
            appearance={mixed.answer === "no" ? "primary" : "secondary"}
            size="large"
            aria-pressed={mixed.answer === "no"}
            onClick={() => onAnswer("no")}
          >
            {t("confirm.mixed.no")}
          </Button>
        </div>
      )}
    </section>
  );
}
