import { makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";
import { useT } from "../i18n/I18nProvider";
import { CardView } from "../cards/CardView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, width: "100%", minWidth: 0 },
  // The card's colours are made for white, whatever the Teams theme.
  card: {
    backgroundColor: "#FFFFFF",
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalS,
    boxShadow: tokens.shadow4,
    overflowWrap: "anywhere",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
}

/**
 * A participant's own card for the current step, in the meeting side panel: the card the bot
 * sends them in Teams, read again when the facilitator moves the pointer (`revision`), its
 * answers sent as the signed-in member, so the panel and the chat's card count them once.
 */
export function OwnCard({ campaignId, revision }: { campaignId: string; revision: number }) {
  const t = useT();
  const styles = useStyles();
  const api = useApi();
  const card = useEndpoint("GET /api/workshops/:campaignId/card", { campaignId });
  const { reload, set } = card;
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  const shown = card.status === "ready" ? card.data.revision : undefined;
  useEffect(() => {
    if (shown !== undefined && shown !== revision) reload();
  }, [revision, shown, reload]);

  const act = useCallback(
    async (verb: string, data: Record<string, unknown>) => {
      setBusy(true);
      try {
        set(await api.call("POST /api/workshops/:campaignId/card", { campaignId }, { verb, data }));
        setError(undefined);
      } catch (e) {
        // The refusal says why; the card is read again as it is now.
        setError(asApiError(e));
        reload();
      } finally {
        setBusy(false);
      }
    },
    [api, campaignId, set, reload],
  );

  const failure = error ?? (card.status === "error" ? card.error : undefined);
  return (
    <section className={styles.root} aria-label={t("workshop.participant.title")} aria-busy={busy}>
      <h2>{t("workshop.participant.title")}</h2>
      {failure && (
        <Text role="alert" className={styles.error}>
          {failure.userMessage ?? t("error.network")}
        </Text>
      )}
      {card.status === "loading" && <Spinner label={t("workshop.loading")} />}
      {card.status === "ready" && (
        <div className={styles.card} data-testid="own-card">
          <CardView
            card={card.data.card}
            label={t("workshop.participant.label")}
            onExecute={({ verb, data }) => void act(verb, data)}
          />
        </div>
      )}
      <div aria-live="polite">{busy ? t("workshop.join.sending") : ""}</div>
    </section>
  );
}
