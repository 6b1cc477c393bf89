import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { usePageTitle } from "../components/usePageTitle";
import { useLocale, useT } from "../i18n/I18nProvider";
import { ConfirmForm, type ConfirmationView } from "../recruitment/ConfirmForm";

type State =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; view: ConfirmationView; error?: string };

/** The usager's personal link: no account, no Teams; the token in the address is the only key. */
export function ConfirmPage({ token }: { token: string }) {
  const t = useT();
  const locale = useLocale();
  const [state, setState] = useState<State>({ status: "loading" });
  usePageTitle(t("page.confirm"));
  const path = `/api/confirm/${encodeURIComponent(token)}`;

  const call = useCallback(
    async (method: "GET" | "POST", body?: unknown, suffix = ""): Promise<State> => {
      try {
        const res = await window.fetch(`${path}${suffix}`, {
          method,
          headers: {
            Accept: "application/json",
            "Accept-Language": locale,
            ...(body ? { "Content-Type": "application/json" } : {}),
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        const json = (await res.json()) as ConfirmationView & { error?: { message?: string } };
        if (res.ok) return { status: "ready", view: json };
        return { status: "error", message: json.error?.message ?? t("error.unexpected") };
      } catch {
        return { status: "error", message: t("error.network") };
      }
    },
    [path, locale, t],
  );

  useEffect(() => {
    let live = true;
    void call("GET").then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [call]);

  const answer = async (body: Record<string, unknown>, suffix = "") => {
    const next = await call("POST", body, suffix);
    // A refused answer (missing band, no consent) keeps the form, with the server's message.
    if (next.status === "error" && state.status === "ready") setState({ ...state, error: next.message });
    else setState(next);
  };

  if (state.status === "loading") return <Spinner label={t("confirm.loading")} />;
  return (
    <section>
      <h1>{t("confirm.title")}</h1>
      {state.status === "error" ? (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      ) : state.view.status === "nominated" ? (
        <>
          <p>{t("confirm.hello", { name: state.view.name })}</p>
          <p>{t("confirm.intro", { campaign: state.view.campaignName })}</p>
          <ConfirmForm
            view={state.view}
            onAnswer={(a) => void answer(a)}
            {...(state.error ? { error: state.error } : {})}
          />
        </>
      ) : (
        <>
          {state.view.selection ? (
            <SelectionOutcome selection={state.view.selection} />
          ) : (
            <MessageBar layout="multiline" intent={state.view.status === "accepted" ? "success" : "info"} role="status">
              <MessageBarBody>
                {t(state.view.status === "accepted" ? "confirm.accepted" : "confirm.declined")}
              </MessageBarBody>
            </MessageBar>
          )}
          {state.view.mixed ? (
            <MixedQuestion
              mixed={state.view.mixed}
              onAnswer={(a) => void answer({ answer: a }, "/mixed")}
              {...(state.error ? { error: state.error } : {})}
            />
          ) : null}
          {state.view.posterUrl ? (
            <section aria-labelledby="poster-ready" style={{ marginTop: "1.5rem" }}>
              <h2 id="poster-ready">{t("confirm.poster.title")}</h2>
              <p>{t("confirm.poster.body")}</p>
              <a href={state.view.posterUrl} data-testid="poster-link">
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
function SelectionOutcome({ selection }: { selection: NonNullable<ConfirmationView["selection"]> }) {
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
  mixed: NonNullable<ConfirmationView["mixed"]>;
  onAnswer: (answer: "yes" | "no") => void;
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
