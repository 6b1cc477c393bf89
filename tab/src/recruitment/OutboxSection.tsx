import {
  Button,
  makeStyles,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import { NoticeBar } from "../components/NoticeBar";
import type { MessageKey } from "../i18n/fr";
import { useLocale, useT } from "../i18n/I18nProvider";
import type { OutboxCounts, OutboxView } from "./outboxTypes";
import type { RecruitmentApi } from "./useRecruitmentApi";

/** While messages are pending the counts are fetched again this often; nothing is polled once all are settled. */
export const OUTBOX_REFRESH_MS = 4000;

const KINDS = ["invitation", "reminder", "selection", "mixed"] as const;

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", marginTop: tokens.spacingVerticalM },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

type State = { status: "loading" } | { status: "error"; error: ApiError } | { status: "ready"; view: OutboxView };
type Notice = { readonly intent: "success" | "error"; readonly text: string };

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
}

function settled(c: OutboxCounts): number {
  return c.sent + c.failed + c.unreachable;
}

/**
 * Invitations and notices sent 1:1 through the outbox: how far sending got, who could not be
 * reached and why, and a button to try the dead letters again. Refreshes itself while sending.
 */
export function OutboxSection({ campaignId, api }: { campaignId: string; api: RecruitmentApi }) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  const path = `/api/campaigns/${encodeURIComponent(campaignId)}/outbox`;
  const [state, setState] = useState<State>({ status: "loading" });
  const [notice, setNotice] = useState<Notice | undefined>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    () =>
      api.json<OutboxView>("GET", path).then(
        (view) => setState({ status: "ready", view }),
        (error: unknown) => setState({ status: "error", error: asApiError(error) }),
      ),
    [api, path],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const pending = state.status === "ready" ? state.view.progress.pending : 0;
  useEffect(() => {
    if (pending === 0) return;
    const timer = setInterval(() => void load(), OUTBOX_REFRESH_MS);
    return () => clearInterval(timer);
  }, [pending, load]);

  const replay = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const answer = await api.json<{ replayed: number }>("POST", `${path}/replay`);
      setNotice({ intent: "success", text: t("recruitment.outbox.replayed", { count: String(answer.replayed) }) });
      await load();
    } catch (error) {
      setNotice({ intent: "error", text: errorText(asApiError(error), t) });
    } finally {
      setBusy(false);
    }
  };

  const kindText = (kind: string) =>
    (KINDS as readonly string[]).includes(kind) ? t(`recruitment.outbox.kind.${kind}` as MessageKey) : kind;
  const date = (iso: string) =>
    new Date(iso).toLocaleString(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short" });

  return (
    <section aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t("recruitment.outbox.title")}</h2>
      {state.status === "loading" ? <p>{t("recruitment.outbox.loading")}</p> : null}
      {state.status === "error" ? <p role="alert">{errorText(state.error, t)}</p> : null}
      {state.status === "ready" && state.view.jobs.length === 0 ? <p>{t("recruitment.outbox.none")}</p> : null}
      {state.status === "ready" && state.view.jobs.length > 0 ? (
        <>
          <p aria-live="polite">{t("recruitment.outbox.counts", numbers(state.view.progress))}</p>
          <Table aria-label={t("recruitment.outbox.jobsLabel")} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("recruitment.outbox.column.kind")}</TableHeaderCell>
                <TableHeaderCell>{t("recruitment.outbox.column.created")}</TableHeaderCell>
                <TableHeaderCell>{t("recruitment.outbox.column.progress")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.view.jobs.map((job) => (
                <TableRow key={job.jobId}>
                  <TableCell>{kindText(job.kind)}</TableCell>
                  <TableCell>{date(job.createdAt)}</TableCell>
                  <TableCell>
                    <ProgressBar
                      value={job.counts.total === 0 ? 1 : settled(job.counts) / job.counts.total}
                      aria-label={kindText(job.kind)}
                      aria-valuetext={t("recruitment.outbox.counts", numbers(job.counts))}
                      thickness="large"
                    />
                    <span className={styles.detail}>{t("recruitment.outbox.counts", numbers(job.counts))}</span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {state.view.failures.length > 0 ? (
            <>
              <h3>{t("recruitment.outbox.failuresTitle")}</h3>
              <Table aria-label={t("recruitment.outbox.failuresTitle")} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t("recruitment.outbox.column.name")}</TableHeaderCell>
                    <TableHeaderCell>{t("recruitment.outbox.column.kind")}</TableHeaderCell>
                    <TableHeaderCell>{t("recruitment.outbox.column.why")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {state.view.failures.map((f) => (
                    <TableRow key={`${f.jobId}|${f.name}|${f.at}`}>
                      <TableCell>{f.name || t("recruitment.outbox.unnamed")}</TableCell>
                      <TableCell>{kindText(f.kind)}</TableCell>
                      <TableCell>
                        {f.status === "unreachable"
                          ? t("recruitment.outbox.unreachable")
                          : t("recruitment.outbox.failed", { attempts: String(f.attempts) })}{" "}
                        <span className={styles.detail}>({f.reason})</span>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          ) : null}
          {state.view.progress.failed > 0 ? (
            <div className={styles.actions}>
              <Button onClick={() => void replay()} disabled={busy}>
                {t("recruitment.outbox.replay")}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
      <NoticeBar notice={notice} />
    </section>
  );
}

function numbers(c: OutboxCounts): Record<keyof OutboxCounts, string> {
  return {
    pending: String(c.pending),
    sent: String(c.sent),
    failed: String(c.failed),
    unreachable: String(c.unreachable),
    total: String(c.total),
  };
}
