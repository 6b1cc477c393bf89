import { makeStyles, mergeClasses, Spinner, tokens, Title1 } from "@fluentui/react-components";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { useHost } from "../teams/HostProvider";
import { Histogram, LiveResults } from "../workshop/LiveResults";
import { StepHeading } from "../workshop/StepHeading";
import { useLiveWorkshop } from "../workshop/workshopApi";

const useStyles = makeStyles({
  root: {
    fontSize: "1.5rem",
    lineHeight: 1.4,
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(220px, 1fr)",
    gap: tokens.spacingHorizontalXXL,
  },
  // On the meeting stage the page is the room's screen, read from the back of the room.
  meetingStage: { fontSize: "1.75rem" },
  join: { textAlign: "center", fontSize: "1.75rem", minWidth: 0 },
  qr: { width: "100%", maxWidth: "260px", boxSizing: "border-box", backgroundColor: "#FFFFFF", padding: "8px" },
  // An address has no spaces to wrap at: it breaks anywhere rather than run off the screen.
  url: { fontSize: "1.1rem", overflowWrap: "anywhere" },
  code: { fontFamily: "monospace", fontSize: "2.5rem", letterSpacing: "0.15em", fontWeight: tokens.fontWeightBold },
  sides: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalXL },
});

/** The meeting stage: the question, how to join, live results, readable from the back of the room. */
export function StagePage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const styles = useStyles();
  const host = useHost();
  usePageTitle(t("page.stage"));
  // Results come straight from the pushed snapshots; a new step is read again (useLiveWorkshop).
  const { state, error, channel } = useLiveWorkshop(campaignId);
  if (!state) {
    if (!error) return <Spinner label={t("workshop.loading")} />;
    return (
      <>
        <Title1 as="h1">{t("page.stage")}</Title1>
        <p role="alert">
          {error.status === 404 ? t("workshop.console.noWorkshop") : (error.userMessage ?? t("error.network"))}
        </p>
      </>
    );
  }
  return (
    <div
      className={mergeClasses(styles.root, host.frame === "meetingStage" && styles.meetingStage)}
      data-live={channel}
    >
      <section>
        <p>{t(`workshop.kind.${state.kind}`)}</p>
        <StepHeading state={state} level={1} />
        {state.sides && (
          <section className={styles.sides} aria-label={t("workshop.sides.title")}>
            <Histogram summary={state.sides.agents} label={t("workshop.sides.agents")} />
            <Histogram summary={state.sides.usagers} label={t("workshop.sides.usagers")} />
          </section>
        )}
        <section aria-live="polite">
          <h2>{t("workshop.results.title")}</h2>
          <LiveResults results={state.results} />
        </section>
      </section>
      {state.pointer.phase !== "ended" && (
        <aside className={styles.join} aria-label={t("workshop.join.title")}>
          <img
            className={styles.qr}
            src={`data:image/svg+xml;utf8,${encodeURIComponent(state.join.qrSvg)}`}
            alt={t("workshop.join.qrAlt", { url: state.join.url })}
          />
          <p className={styles.code}>{state.join.code}</p>
          <p className={styles.url}>{state.join.url}</p>
        </aside>
      )}
    </div>
  );
}
