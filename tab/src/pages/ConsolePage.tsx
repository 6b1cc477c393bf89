import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens, Title1 } from "@fluentui/react-components";
import { AppLink } from "../components/AppLink";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";
import { CommandBar, Commitments, HiddenItems, MergeAndHide } from "../workshop/FacilitatorControls";
import { LiveResults } from "../workshop/LiveResults";
import { ProxyEntries } from "../workshop/ProxyEntries";
import { StepHeading } from "../workshop/StepHeading";
import { useLiveWorkshop } from "../workshop/workshopApi";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  code: { fontFamily: "monospace", fontSize: "1.25rem", fontWeight: tokens.fontWeightBold },
});

/** The facilitator's console (meeting side panel): the same controls as the facilitator card. */
export function ConsolePage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const styles = useStyles();
  usePageTitle(t("page.console"));
  const { state, error, post } = useLiveWorkshop(campaignId);
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
    <div className={styles.root}>
      <p>
        {t(`workshop.kind.${state.kind}`)} — {state.campaign.name}
      </p>
      <StepHeading state={state} level={1} />
      <p>{t("workshop.console.status", { phase: t(`workshop.phase.${state.pointer.phase}`) })}</p>
      <p>
        {t("workshop.join.code", { code: "" })}
        <span className={styles.code}>{state.join.code}</span> ·{" "}
        <AppLink to={paths.campaignPage("stage", campaignId)}>{t("workshop.console.stageLink")}</AppLink>
      </p>
      <p aria-live="polite" data-testid="devices-joined">
        {t("workshop.console.devices", { joined: String(state.devices.joined), limit: String(state.devices.limit) })}
      </p>
      {error && (
        <MessageBar intent="warning">
          <MessageBarBody>{error.userMessage ?? t("error.network")}</MessageBarBody>
        </MessageBar>
      )}
      {state.canFacilitate ? (
        <CommandBar state={state} post={post} />
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{t("workshop.console.notFacilitator")}</MessageBarBody>
        </MessageBar>
      )}
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
