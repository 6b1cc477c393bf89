import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CampaignProgressDto, MoveDto } from "../../../bot/src/contracts/campaignProgress";
import type { CampaignState } from "../../../bot/src/domain/campaign";
import { useT } from "../i18n/I18nProvider";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  blockers: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  // A long French label must wrap inside a 320 px screen rather than push the page sideways.
  wrap: { whiteSpace: "normal", height: "auto", minHeight: "32px", textAlign: "start", maxWidth: "100%" },
});

type ForwardState = Exclude<CampaignState, "draft">;

export interface NextStepPanelProps {
  readonly view: CampaignProgressDto;
  readonly busy: boolean;
  readonly onMove: (move: MoveDto) => void;
}

/**
 * What comes next and what is missing before it, with one clear button. Going back (a workshop
 * postponed) and stopping the campaign are secondary and ask for a confirmation first.
 */
export function NextStepPanel({ view, busy, onMove }: NextStepPanelProps) {
  const t = useT();
  const styles = useStyles();
  const [confirming, setConfirming] = useState<MoveDto>();
  const forward = view.moves.find((m) => m.kind === "forward");
  const back = view.moves.find((m) => m.kind === "back");
  const stop = view.moves.find((m) => m.kind === "close");
  const closed = view.campaign.state === "closed";

  const confirmText = (m: MoveDto) =>
    m.kind === "back" ? t("campaign.back.confirm", { state: t(`state.${m.to}`) }) : t("campaign.stop.confirm");

  return (
    <section className={styles.panel} aria-labelledby="next-step-title" data-testid="next-step">
      <Title2 as="h2" id="next-step-title">
        {t("campaign.next.title")}
      </Title2>
      {closed && <Text>{t("campaign.next.closed")}</Text>}
      {forward && forward.blockers.length > 0 && (
        <>
          <Text>{t("campaign.next.missing")}</Text>
          <ul className={styles.blockers} data-testid="blockers">
            {forward.blockers.map((b) => (
              <li key={b.code} data-code={b.code}>
                {b.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {forward && forward.blockers.length === 0 && <Text>{t("campaign.next.ready")}</Text>}
      {!view.can.move && !closed && <Text italic>{t("campaign.next.readOnly")}</Text>}
      {view.can.move && (
        <div className={styles.buttons}>
          {forward && (
            <Button
              appearance="primary"
              className={styles.wrap}
              disabled={busy || forward.blockers.length > 0}
              onClick={() => onMove(forward)}
              data-testid="move-forward"
            >
              {t(`campaign.move.${forward.to as ForwardState}`)}
            </Button>
          )}
          {back && back.blockers.length === 0 && (
            <Button className={styles.wrap} disabled={busy} onClick={() => setConfirming(back)} data-testid="move-back">
              {t("campaign.back.button", { state: t(`state.${back.to}`) })}
            </Button>
          )}
          {stop && forward?.to !== "closed" && (
            <Button
              appearance="subtle"
              className={styles.wrap}
              disabled={busy}
              onClick={() => setConfirming(stop)}
              data-testid="move-stop"
            >
              {t("campaign.stop.button")}
            </Button>
          )}
        </div>
      )}
      <Dialog open={confirming !== undefined} onOpenChange={(_e, data) => !data.open && setConfirming(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>
              {confirming?.kind === "back" ? t("campaign.back.title") : t("campaign.stop.button")}
            </DialogTitle>
            <DialogContent>{confirming ? confirmText(confirming) : null}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                data-testid="confirm-move"
                onClick={() => {
                  if (confirming) onMove(confirming);
                  setConfirming(undefined);
                }}
              >
                {t("campaign.confirm.yes")}
              </Button>
              <Button onClick={() => setConfirming(undefined)}>{t("campaign.confirm.no")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
