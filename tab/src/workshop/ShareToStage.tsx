import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";
import { useHost } from "../teams/HostProvider";
import type { StageOutcome, StageRefusal } from "../teams/hostContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  // The stage's address is one long word: it breaks anywhere rather than widen a 320 px panel.
  refusal: { margin: 0, overflowWrap: "anywhere" },
});

/**
 * « Share to the meeting stage »: puts the stage page on the meeting's shared screen for everyone,
 * from the side panel. Teams is asked first whether this user may share here; where they may not
 * (outside a meeting, not a presenter, outside Teams) the reason is said and the stage page's
 * address offered instead, to open and share as a screen.
 */
export function ShareToStage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const styles = useStyles();
  const host = useHost();
  const [offer, setOffer] = useState<StageOutcome | undefined>();
  const [sharing, setSharing] = useState<"idle" | "busy" | "done">("idle");
  const [failure, setFailure] = useState<StageRefusal | undefined>();

  useEffect(() => {
    let alive = true;
    void host.stage.check().then((outcome) => {
      if (alive) setOffer(outcome);
    });
    return () => {
      alive = false;
    };
  }, [host]);

  // The manifest lets Teams open pages of the app's public host only: the stage's address is there.
  const stageUrl = new URL(paths.campaignPage("stage", campaignId), window.location.origin).href;
  const share = async () => {
    setSharing("busy");
    setFailure(undefined);
    const outcome = await host.stage.share(stageUrl);
    setSharing(outcome.ok ? "done" : "idle");
    if (!outcome.ok) setFailure(outcome.reason);
  };

  if (!offer) return null;
  const refusal = failure ?? (offer.ok ? undefined : offer.reason);
  return (
    <section className={styles.root} aria-label={t("workshop.share.action")} data-testid="share-to-stage">
      {offer.ok && (
        <Button appearance="primary" disabled={sharing === "busy"} onClick={() => void share()}>
          {t("workshop.share.action")}
        </Button>
      )}
      <div aria-live="polite">
        {sharing === "busy" ? t("workshop.share.sharing") : sharing === "done" ? t("workshop.share.done") : ""}
      </div>
      {refusal && (
        <p className={styles.refusal} data-testid="share-refusal">
          {t(`workshop.share.${refusal}`)}{" "}
          <Link href={stageUrl} target="_blank" rel="noopener noreferrer">
            {stageUrl}
          </Link>
        </p>
      )}
    </section>
  );
}
