import { makeStyles, MessageBar, MessageBarBody, Spinner, Text, Title1, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";
import { usePageTitle } from "../components/usePageTitle";
import { useLocale, useT } from "../i18n/I18nProvider";
import { ActionProgress, StatusBadge } from "../poster/ActionProgress";
import { AnswerForm } from "../poster/PosterActions";
import { PosterSheet } from "../poster/PosterSheet";
import { formatDay } from "../poster/posterText";
import { problemText } from "../poster/problemText";

const useStyles = makeStyles({
  // A long word on the poster (« Professionnalisme » in large type) or an address in a comment
  // breaks anywhere rather than widening the page past a phone's screen.
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
    alignItems: "flex-start",
    overflowWrap: "anywhere",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    maxWidth: "760px",
    width: "100%",
  },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** The usager's page, reached through their personal link: validate the poster, then follow the roadmap. */
export function FollowPage({ token }: { token: string }) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  usePageTitle(t("page.follow"));
  const api = useApi();
  const params = { token };
  const loaded = useEndpoint("GET /api/follow/:token", params);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (loaded.status === "loading") return <Spinner label={t("roadmap.follow.loading")} />;
  if (loaded.status === "error") {
    return (
      <>
        <Title1 as="h1">{t("page.follow")}</Title1>
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problemText(loaded.error, t)}</MessageBarBody>
        </MessageBar>
      </>
    );
  }
  const view = loaded.data;
  const open = view.status.state === "awaitingValidation";
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t("roadmap.follow.title", { name: view.campaign.name })}</Title1>
      <Text as="p">{t("roadmap.follow.intro")}</Text>
      <PosterSheet poster={view.poster} status={view.status} serviceName={view.campaign.services.join(", ")} />
      {open && (
        <AnswerForm
          version={view.poster.version}
          {...(view.myAnswer ? { myAnswer: view.myAnswer } : {})}
          busy={busy}
          onAnswer={(approved, comment) => {
            setBusy(true);
            setError(undefined);
            api
              .call("POST /api/follow/:token/answer", params, {
                version: view.poster.version,
                approved,
                ...(comment.trim() ? { comment } : {}),
              })
              .then(loaded.set, (e: unknown) => setError(problemText(e, t)))
              .finally(() => setBusy(false));
          }}
        />
      )}
      {error && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <section aria-labelledby="follow-roadmap">
        <h2 id="follow-roadmap">{t("roadmap.follow.roadmap")}</h2>
        {view.actions.length === 0 && <Text>{t("roadmap.follow.noActions")}</Text>}
        <ul className={styles.list}>
          {view.actions.map((a) => (
            <li key={a.id} className={styles.item}>
              <Text weight="semibold">{a.title}</Text>
              <span>
                <StatusBadge status={a.status} />{" "}
                {a.dueDate ? t("roadmap.follow.due", { date: formatDay(`${a.dueDate}T12:00:00Z`, locale) }) : ""}
              </span>
              <ActionProgress progress={a.progress} label={t("roadmap.progress")} />
              {a.updates.at(-1)?.comment && (
                <Text>
                  {t("roadmap.follow.latest", {
                    date: formatDay(a.updates.at(-1)!.at, locale),
                    comment: a.updates.at(-1)!.comment,
                  })}
                </Text>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
