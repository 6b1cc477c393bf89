import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RecruitmentViewDto } from "../../../bot/src/contracts/recruitmentDtos";
import { useApi } from "../api/ApiProvider";
import { NoticeBar, type Notice } from "../components/NoticeBar";
import { useT } from "../i18n/I18nProvider";
import { GapList, PanelChecklist, usePanelPreview } from "./PanelChecklist";
import { refusalNotice } from "./refusalNotice";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", marginTop: tokens.spacingVerticalM },
});

/** The proposed agent panel as a checklist: swapping people shows its effect on balance before confirming. */
export function PanelSelector({ view }: { view: RecruitmentViewDto }) {
  const styles = useStyles();
  const t = useT();
  const api = useApi();
  const campaignId = view.campaign.id;
  const proposed = view.proposal?.selectedIds ?? [];
  const [selected, setSelected] = useState<readonly string[]>(view.confirmedIds ?? proposed);
  const [notice, setNotice] = useState<Notice | undefined>();
  const report = usePanelPreview(
    "POST /api/campaigns/:campaignId/panel/preview",
    campaignId,
    selected,
    view.proposal?.report,
  );

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const confirm = async () => {
    try {
      const answer = await api.call(
        "POST /api/campaigns/:campaignId/panel/confirm",
        { campaignId },
        {
          selectedIds: selected,
        },
      );
      setNotice({
        intent: "success",
        text: answer.notified
          ? t("recruitment.panel.confirmed", { queued: String(answer.queued) })
          : t("recruitment.panel.confirmedNoTeam"),
      });
    } catch (error) {
      setNotice(refusalNotice(error, t));
    }
  };

  return (
    <section aria-labelledby="panel-title">
      <h2 id="panel-title">{t("recruitment.panel.title", { size: String(view.campaign.panelSize) })}</h2>
      <p>{t("recruitment.panel.intro")}</p>
      <p aria-live="polite">
        {t("recruitment.panel.selected", { count: String(selected.length), size: String(view.campaign.panelSize) })}
        {report
          ? ` ${t("recruitment.panel.deviation", { max: String(report.maxDeviation), total: String(report.totalDeviation) })}`
          : ""}
      </p>
      <PanelChecklist members={view.volunteers ?? []} selected={selected} onToggle={toggle} />
      <GapList title={t("recruitment.panel.gaps")} gaps={view.proposal?.gaps ?? []} level={3} />
      <div className={styles.actions}>
        <Button onClick={() => setSelected(proposed)}>{t("recruitment.panel.reset")}</Button>
        <Button appearance="primary" onClick={() => void confirm()}>
          {t("recruitment.panel.confirm")}
        </Button>
      </div>
      <NoticeBar notice={notice} />
    </section>
  );
}
