import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/I18nProvider";
import type { BalanceReport, PanelGap, PanelMember, RecruitmentView } from "./recruitmentTypes";
import type { RecruitmentApi } from "./useRecruitmentApi";

const useStyles = makeStyles({
  list: { listStyleType: "none", paddingLeft: 0, display: "grid", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", marginTop: tokens.spacingVerticalM },
});

export function useGapText() {
  const t = useT();
  const value = (dimension: string, v: string) => t(`recruitment.value.${dimension}.${v}` as MessageKey);
  const dimensionName = (d: string) => t(`recruitment.dimension.${d}` as MessageKey);
  return (gap: PanelGap): string => {
    if (gap.kind === "size") return t("recruitment.gap.size", { missing: String(gap.missing), requested: String(gap.requested) });
    if (gap.kind === "quota") return t("recruitment.gap.quota", { dimension: dimensionName(gap.dimension), value: value(gap.dimension, gap.value), selected: String(gap.selected), quota: String(gap.quota) });
    return t("recruitment.gap.combination", { values: Object.entries(gap.values).map(([d, v]) => `${dimensionName(d)} ${value(d, v)}`).join(", ") });
  };
}

/** The proposed panel as a checklist: swapping people shows its effect on balance before confirming. */
export function PanelSelector({ view, api }: { view: RecruitmentView; api: RecruitmentApi }) {
  const styles = useStyles();
  const t = useT();
  const gapText = useGapText();
  const proposed = view.proposal?.selectedIds ?? [];
  const [selected, setSelected] = useState<readonly string[]>(view.confirmedIds ?? proposed);
  const [report, setReport] = useState<BalanceReport | undefined>(view.proposal?.report);
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string } | undefined>();
  const campaignPath = `/api/campaigns/${encodeURIComponent(view.campaign.id)}`;

  useEffect(() => {
    let live = true;
    api.json<{ report: BalanceReport }>("POST", `${campaignPath}/panel/preview`, { selectedIds: selected }).then(
      (answer) => live && setReport(answer.report),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, campaignPath, selected]);

  const toggle = (member: PanelMember, on: boolean) => setSelected((s) => (on ? [...s, member.id] : s.filter((id) => id !== member.id)));
  const confirm = async () => {
    try {
      const answer = await api.json<{ queued: number; notified: boolean }>("POST", `${campaignPath}/panel/confirm`, { selectedIds: selected });
      setNotice({ intent: "success", text: answer.notified ? t("recruitment.panel.confirmed", { queued: String(answer.queued) }) : t("recruitment.panel.confirmedNoTeam") });
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined), t) });
    }
  };

  return (
    <section aria-labelledby="panel-title">
      <h2 id="panel-title">{t("recruitment.panel.title", { size: String(view.campaign.panelSize) })}</h2>
      <p>{t("recruitment.panel.intro")}</p>
      <p aria-live="polite">
        {t("recruitment.panel.selected", { count: String(selected.length), size: String(view.campaign.panelSize) })}
        {report ? ` ${t("recruitment.panel.deviation", { max: String(report.maxDeviation), total: String(report.totalDeviation) })}` : ""}
      </p>
      <ul className={styles.list}>
        {(view.volunteers ?? []).map((m) => (
          <li key={m.id}>
            <Checkbox
              checked={selected.includes(m.id)}
              onChange={(_e, data) => toggle(m, data.checked === true)}
              label={`${m.name} — ${Object.entries(m.profile)
                .map(([d, v]) => t(`recruitment.value.${d}.${v}` as MessageKey))
                .join(", ")}`}
            />
          </li>
        ))}
      </ul>
      {view.proposal && view.proposal.gaps.length > 0 ? (
        <>
          <h3>{t("recruitment.panel.gaps")}</h3>
          <ul>
            {view.proposal.gaps.map((g, i) => (
              <li key={i}>{gapText(g)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className={styles.actions}>
        <Button onClick={() => setSelected(proposed)}>{t("recruitment.panel.reset")}</Button>
        <Button appearance="primary" onClick={() => void confirm()}>
          {t("recruitment.panel.confirm")}
        </Button>
      </div>
      {notice ? (
        <MessageBar intent={notice.intent} role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
