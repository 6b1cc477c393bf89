import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/I18nProvider";
import { useGapText } from "./PanelSelector";
import type { BalanceReport, UsagerPanelView } from "./recruitmentTypes";
import type { RecruitmentApi } from "./useRecruitmentApi";

const useStyles = makeStyles({
  list: { listStyleType: "none", paddingLeft: 0, display: "grid", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", marginTop: tokens.spacingVerticalM },
});

/** The proposed usager panel as a checklist: each swap is previewed on the server before confirming. */
export function UsagerPanelSelector({ view, api, onConfirmed, formatDate }: { view: UsagerPanelView; api: RecruitmentApi; onConfirmed: () => void; formatDate: (iso: string) => string }) {
  const styles = useStyles();
  const t = useT();
  const gapText = useGapText();
  const proposed = view.proposal.selectedIds;
  const [selected, setSelected] = useState<readonly string[]>(view.confirmed?.selectedIds ?? proposed);
  const [report, setReport] = useState<BalanceReport | undefined>(view.confirmed ? undefined : view.proposal.report);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string } | undefined>();
  const path = `/api/campaigns/${encodeURIComponent(view.campaign.id)}/usagers/panel`;
  const candidates = view.usagers.filter((u) => u.status === "accepted" && u.profile);

  useEffect(() => {
    let live = true;
    api.json<{ report: BalanceReport }>("POST", `${path}/preview`, { selectedIds: selected }).then(
      (answer) => live && setReport(answer.report),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, path, selected]);

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const confirm = async () => {
    setBusy(true);
    try {
      await api.json("POST", `${path}/confirm`, { selectedIds: selected });
      setNotice({ intent: "success", text: t("usagers.panel.confirmed") });
      onConfirmed();
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined), t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="usager-panel-title">
      <h3 id="usager-panel-title">{t("usagers.panel.title", { size: String(view.campaign.panelSize) })}</h3>
      {candidates.length === 0 ? (
        <p>{t("usagers.panel.nobody")}</p>
      ) : (
        <>
          <p>{t("usagers.panel.intro")}</p>
          {view.confirmed ? <p>{t("usagers.panel.confirmedAt", { date: formatDate(view.confirmed.at) })}</p> : null}
          <p aria-live="polite">
            {t("usagers.panel.selected", { count: String(selected.length), size: String(view.campaign.panelSize) })}
            {report ? ` ${t("usagers.panel.deviation", { max: String(report.maxDeviation), total: String(report.totalDeviation) })}` : ""}
          </p>
          <ul className={styles.list}>
            {candidates.map((u) => (
              <li key={u.id}>
                <Checkbox
                  checked={selected.includes(u.id)}
                  onChange={(_e, data) => toggle(u.id, data.checked === true)}
                  label={`${u.name} — ${Object.entries(u.profile ?? {})
                    .map(([d, v]) => t(`recruitment.value.${d}.${v}` as MessageKey))
                    .join(", ")}`}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {view.proposal.gaps.length > 0 ? (
        <>
          <h4>{t("usagers.panel.gaps")}</h4>
          <ul>
            {view.proposal.gaps.map((g, i) => (
              <li key={i}>{gapText(g)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {candidates.length > 0 ? (
        view.canConfirm ? (
          <div className={styles.actions}>
            <Button onClick={() => setSelected(proposed)}>{t("usagers.panel.reset")}</Button>
            <Button appearance="primary" disabled={busy} onClick={() => void confirm()}>
              {t("usagers.panel.confirm")}
            </Button>
          </div>
        ) : (
          <p>{t("usagers.panel.managerOnly")}</p>
        )
      ) : null}
      {notice ? (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
