import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { UsagerPanelViewDto } from "../../../bot/src/contracts/recruitmentDtos";
import { useApi } from "../api/ApiProvider";
import { NoticeBar, type Notice } from "../components/NoticeBar";
import { useT } from "../i18n/I18nProvider";
import { GapList, PanelChecklist, usePanelPreview, type ChecklistMember } from "./PanelChecklist";
import { refusalNotice } from "./refusalNotice";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", marginTop: tokens.spacingVerticalM },
});

/** The proposed usager panel as a checklist: each swap is previewed on the server before confirming. */
export function UsagerPanelSelector({
  view,
  onConfirmed,
  formatDate,
}: {
  view: UsagerPanelViewDto;
  onConfirmed: () => void;
  formatDate: (iso: string) => string;
}) {
  const styles = useStyles();
  const t = useT();
  const api = useApi();
  const campaignId = view.campaign.id;
  const proposed = view.proposal.selectedIds;
  const [selected, setSelected] = useState<readonly string[]>(view.confirmed?.selectedIds ?? proposed);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const report = usePanelPreview(
    "POST /api/campaigns/:campaignId/usagers/panel/preview",
    campaignId,
    selected,
    view.confirmed ? undefined : view.proposal.report,
  );
  const candidates: ChecklistMember[] = view.usagers.flatMap((u) =>
    u.status === "accepted" && u.profile ? [{ id: u.id, name: u.name, profile: u.profile }] : [],
  );

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const confirm = async () => {
    setBusy(true);
    try {
      await api.call(
        "POST /api/campaigns/:campaignId/usagers/panel/confirm",
        { campaignId },
        { selectedIds: selected },
      );
      setNotice({ intent: "success", text: t("usagers.panel.confirmed") });
      onConfirmed();
    } catch (error) {
      setNotice(refusalNotice(error, t));
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
            {report
              ? ` ${t("usagers.panel.deviation", { max: String(report.maxDeviation), total: String(report.totalDeviation) })}`
              : ""}
          </p>
          <PanelChecklist members={candidates} selected={selected} onToggle={toggle} />
        </>
      )}
      <GapList title={t("usagers.panel.gaps")} gaps={view.proposal.gaps} level={4} />
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
      <NoticeBar notice={notice} />
    </section>
  );
}
