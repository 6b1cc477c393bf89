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
import { useState } from "react";
import type { OutboxCountsDto } from "../../../bot/src/contracts/recruitmentDtos";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";
import { errorText } from "../components/errorText";
import { NoticeBar, type Notice } from "../components/NoticeBar";
import type { MessageKey } from "../i18n/fr";
import { useLocale, useT } from "../i18n/I18nProvider";
import { refusalNotice } from "./refusalNotice";

/** While messages are pending the counts are fetched again this often; nothing is polled once all are settled. */
export const OUTBOX_REFRESH_MS = 4000;

const KINDS = ["invitation", "reminder", "selection", "mixed"] as const;

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", marginTop: tokens.spacingVerticalM },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function settled(c: OutboxCountsDto): number {
  return c.sent + c.failed + c.unreachable;
}

/**
 * Invitations and notices sent 1:1 through the outbox: how far sending got, who could not be
 * reached and why, and a button to try the dead letters again. Refreshes itself while sending.
 */
export function OutboxSection({ campaignId }: { campaignId: string }) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  const api = useApi();
  const [pending, setPending] = useState(0);
  const outbox = useEndpoint(
    "GET /api/campaigns/:campaignId/outbox",
    { campaignId },
    pending > 0 ? { pollMs: OUTBOX_REFRESH_MS } : {},
  );
  const [notice, setNotice] = useState<Notice | undefined>();
  const [busy, setBusy] = useState(false);
  // Polls while messages are pending; the count is read from the answer shown, during render.
  const shownPending = outbox.status === "ready" ? outbox.data.progress.pending : 0;
  if (shownPending !== pending) setPending(shownPending);

  const replay = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const answer = await api.call("POST /api/campaigns/:campaignId/outbox/replay", { campaignId });
      setNotice({ intent: "success", text: t("recruitment.outbox.replayed", { count: String(answer.replayed) }) });
      outbox.reload();
    } catch (error) {
      setNotice(refusalNotice(error, t));
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
      {outbox.status === "loading" ? <p>{t("recruitment.outbox.loading")}</p> : null}
      {outbox.status === "error" ? <p role="alert">{errorText(outbox.error, t)}</p> : null}
      {outbox.status === "ready" && outbox.data.jobs.length === 0 ? <p>{t("recruitment.outbox.none")}</p> : null}
      {outbox.status === "ready" && outbox.data.jobs.length > 0 ? (
        <>
          <p aria-live="polite">{t("recruitment.outbox.counts", numbers(outbox.data.progress))}</p>
          <Table aria-label={t("recruitment.outbox.jobsLabel")} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("recruitment.outbox.column.kind")}</TableHeaderCell>
                <TableHeaderCell>{t("recruitment.outbox.column.created")}</TableHeaderCell>
                <TableHeaderCell>{t("recruitment.outbox.column.progress")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {outbox.data.jobs.map((job) => (
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
          {outbox.data.failures.length > 0 ? (
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
                  {outbox.data.failures.map((f) => (
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
          {outbox.data.progress.failed > 0 ? (
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

function numbers(c: OutboxCountsDto): Record<keyof OutboxCountsDto, string> {
  return {
    pending: String(c.pending),
    sent: String(c.sent),
    failed: String(c.failed),
    unreachable: String(c.unreachable),
    total: String(c.total),
  };
}
