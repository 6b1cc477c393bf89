import { Button, Checkbox, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { MixedSideDto, MixedViewDto } from "../../../bot/src/contracts/recruitmentDtos";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";
import { errorText } from "../components/errorText";
import { NoticeBar, type Notice } from "../components/NoticeBar";
import { useT } from "../i18n/I18nProvider";
import { useGapText } from "./panelText";
import { refusalNotice } from "./refusalNotice";

const useStyles = makeStyles({
  list: { listStyleType: "none", paddingLeft: 0, display: "grid", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", marginTop: tokens.spacingVerticalM },
});

function SideList({
  id,
  title,
  side,
  selected,
  onToggle,
  disabled,
}: {
  id: string;
  title: string;
  side: MixedSideDto;
  selected: readonly string[];
  onToggle: (memberId: string, on: boolean) => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const t = useT();
  const gapText = useGapText();
  const count = selected.filter((s) => side.asked.some((m) => m.id === s)).length;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p aria-live="polite">{t("recruitment.mixed.sideCount", { count: String(count), seats: String(side.seats) })}</p>
      {side.asked.length === 0 ? <p>{t("recruitment.mixed.nobodyAsked")}</p> : null}
      <ul className={styles.list}>
        {side.asked.map((m) =>
          m.answer === "yes" ? (
            <li key={m.id}>
              <Checkbox
                checked={selected.includes(m.id)}
                disabled={disabled}
                onChange={(_e, data) => onToggle(m.id, data.checked === true)}
                label={`${m.name} — ${t("recruitment.mixed.answer.yes")}`}
              />
            </li>
          ) : (
            <li
              key={m.id}
            >{`${m.name} — ${t(m.answer === "no" ? "recruitment.mixed.answer.no" : "recruitment.mixed.answer.none")}`}</li>
          ),
        )}
      </ul>
      {side.gaps.length > 0 ? (
        <>
          <h4>{t("recruitment.panel.gaps")}</h4>
          <ul>
            {side.gaps.map((g, i) => (
              <li key={i}>{gapText(g)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The panel the checklist starts from: the confirmed one, else the proposal. */
function startingIds(view: MixedViewDto): readonly string[] {
  return view.confirmed
    ? [...view.confirmed.agentIds, ...view.confirmed.usagerIds]
    : [...view.agents.proposedIds, ...view.usagers.proposedIds];
}

/** Workshop 3: ask both panels again, then settle half agents and half usagers among those who said yes. */
export function MixedPanelSection({ campaignId }: { campaignId: string }) {
  const t = useT();
  const mixed = useEndpoint("GET /api/campaigns/:campaignId/mixed", { campaignId });
  // The last action's outcome outlives the reload that follows it.
  const [notice, setNotice] = useState<Notice | undefined>();
  if (mixed.status === "loading") return <Spinner label={t("recruitment.mixed.loading")} />;
  if (mixed.status === "error") return <p role="alert">{errorText(mixed.error, t)}</p>;
  // A new answer from the server starts the checklist again from its proposal or confirmation.
  return (
    <MixedPanelForm
      key={startingIds(mixed.data).join("|")}
      view={mixed.data}
      reload={mixed.reload}
      notice={notice}
      setNotice={setNotice}
    />
  );
}

function MixedPanelForm({
  view,
  reload,
  notice,
  setNotice,
}: {
  view: MixedViewDto;
  reload: () => void;
  notice: Notice | undefined;
  setNotice: (notice: Notice | undefined) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const api = useApi();
  const campaignId = view.campaign.id;
  const [selected, setSelected] = useState<readonly string[]>(() => startingIds(view));
  const [busy, setBusy] = useState(false);

  const inSide = (side: MixedSideDto) => selected.filter((id) => side.asked.some((m) => m.id === id));
  const toggle = (memberId: string, on: boolean) =>
    setSelected((s) => (on ? [...s, memberId] : s.filter((x) => x !== memberId)));
  const act = async (run: () => Promise<Notice>) => {
    setBusy(true);
    try {
      setNotice(await run());
      reload();
    } catch (error) {
      setNotice(refusalNotice(error, t));
    } finally {
      setBusy(false);
    }
  };
  const open = () =>
    act(async () => {
      const answer = await api.call("POST /api/campaigns/:campaignId/mixed/open", { campaignId });
      if (!answer.notified) return { intent: "warning", text: answer.warning ?? t("recruitment.mixed.openedNoTeam") };
      return {
        intent: "success",
        text: t("recruitment.mixed.openedNotice", { queued: String(answer.queued), usagers: String(answer.usagers) }),
      };
    });
  const confirm = () =>
    act(async () => {
      await api.call(
        "POST /api/campaigns/:campaignId/mixed/confirm",
        { campaignId },
        { agentIds: inSide(view.agents), usagerIds: inSide(view.usagers) },
      );
      return { intent: "success", text: t("recruitment.mixed.confirmedNotice") };
    });

  return (
    <section aria-labelledby="mixed-title">
      <h2 id="mixed-title">{t("recruitment.mixed.title", { size: String(view.campaign.panelSize) })}</h2>
      <p>{t("recruitment.mixed.intro")}</p>
      {view.confirmed ? <p>{t("recruitment.mixed.confirmedAlready")}</p> : null}
      {!view.opened ? (
        <>
          <p>{t("recruitment.mixed.notOpened")}</p>
          {view.canConfirm ? (
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy} onClick={() => void open()}>
                {t("recruitment.mixed.open")}
              </Button>
            </div>
          ) : null}
        </>
      ) : (
        <>
          <SideList
            id="mixed-agents"
            title={t("recruitment.mixed.agents")}
            side={view.agents}
            selected={selected}
            onToggle={toggle}
            disabled={!view.canConfirm || busy}
          />
          <SideList
            id="mixed-usagers"
            title={t("recruitment.mixed.usagers")}
            side={view.usagers}
            selected={selected}
            onToggle={toggle}
            disabled={!view.canConfirm || busy}
          />
          {view.canConfirm ? (
            <div className={styles.actions}>
              <Button
                disabled={busy}
                onClick={() => setSelected([...view.agents.proposedIds, ...view.usagers.proposedIds])}
              >
                {t("recruitment.panel.reset")}
              </Button>
              <Button appearance="primary" disabled={busy} onClick={() => void confirm()}>
                {t("recruitment.mixed.confirm")}
              </Button>
            </div>
          ) : (
            <p>{t("recruitment.mixed.coordinatorOnly")}</p>
          )}
        </>
      )}
      <NoticeBar notice={notice} />
    </section>
  );
}
