import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
  Title1,
} from "@fluentui/react-components";
import { AppLink } from "../components/AppLink";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";
import { useHost } from "../teams/HostProvider";
import { CommandBar, Commitments, HiddenItems, MergeAndHide } from "../workshop/FacilitatorControls";
import { LiveResults } from "../workshop/LiveResults";
import { OwnCard } from "../workshop/OwnCard";
import { ProxyEntries } from "../workshop/ProxyEntries";
import { ShareToStage } from "../workshop/ShareToStage";
import { StepHeading } from "../workshop/StepHeading";
import { useLiveWorkshop } from "../workshop/workshopApi";

const useStyles = makeStyles({
  // The meeting side panel is 320 px: nothing may be wider than what holds it.
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, width: "100%", minWidth: 0 },
  // The panel's first screen is for the commands: a heading of reading size, not a title.
  sidePanel: {
    "& h1": { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0 },
    "& h2": { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, margin: 0 },
    "& p": { margin: 0 },
  },
  code: { fontFamily: "monospace", fontSize: "1.25rem", fontWeight: tokens.fontWeightBold },
});

/**
 * The facilitator's console, in a browser or the meeting side panel: the same commands as the
 * facilitator card and sharing to the meeting stage first (above the fold of the panel), then the
 * room's state. Whoever may not facilitate sees their own participant card instead.
 */
export function ConsolePage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const styles = useStyles();
  const host = useHost();
  usePageTitle(t("page.console"));
  const { state, error, channel, post } = useLiveWorkshop(campaignId);
  if (!state) {
    if (!error) return <Spinner label={t("workshop.loading")} />;
    return (
      <>
        <Title1 as="h1">{t("page.console")}</Title1>
        <p role="alert">
          {error.status === 404 ? t("workshop.console.noWorkshop") : (error.userMessage ?? t("error.network"))}
        </p>
      </>
    );
  }
  return (
    <div className={mergeClasses(styles.root, host.frame === "sidePanel" && styles.sidePanel)} data-live={channel}>
      <p>
        {t(`workshop.kind.${state.kind}`)} — {state.campaign.name}
      </p>
      <StepHeading state={state} level={1} />
      {error && (
        <MessageBar intent="warning">
          <MessageBarBody>{error.userMessage ?? t("error.network")}</MessageBarBody>
        </MessageBar>
      )}
      {state.canFacilitate ? (
        <>
          <ShareToStage campaignId={campaignId} />
          <CommandBar state={state} post={post} />
        </>
      ) : (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{t("workshop.console.notFacilitator")}</MessageBarBody>
          </MessageBar>
          {state.pointer.phase !== "ended" && <OwnCard campaignId={campaignId} revision={state.revision} />}
        </>
      )}
      <p>{t("workshop.console.status", { phase: t(`workshop.phase.${state.pointer.phase}`) })}</p>
      <p>
        {t("workshop.join.code", { code: "" })}
        <span className={styles.code}>{state.join.code}</span> ·{" "}
        <AppLink to={paths.campaignPage("stage", campaignId)}>{t("workshop.console.stageLink")}</AppLink>
      </p>
      <p aria-live="polite" data-testid="devices-joined">
        {t("workshop.console.devices", { joined: String(state.devices.joined), limit: String(state.devices.limit) })}
      </p>
      <section aria-live="polite">
        <h2>{t("workshop.results.title")}</h2>
        <LiveResults results={state.results} />
      </section>
      {state.canFacilitate && <MergeAndHide state={state} post={post} />}
      {state.canFacilitate && <HiddenItems state={state} post={post} />}
      {state.canFacilitate && <ProxyEntries state={state} post={post} />}
      {state.canFacilitate && <Commitments state={state} post={post} />}
    </div>
  );
}
