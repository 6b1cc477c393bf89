import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { useEndpoint } from "../api/useResource";
import { errorText } from "../components/errorText";
import { usePageTitle } from "../components/usePageTitle";
import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/I18nProvider";
import { BalanceChart } from "../recruitment/BalanceChart";
import { MixedPanelSection } from "../recruitment/MixedPanelSection";
import { OutboxSection } from "../recruitment/OutboxSection";
import { PanelSelector } from "../recruitment/PanelSelector";
import { UsagerSection } from "../recruitment/UsagerSection";

/** The coordinator's four jobs on this page, one tab each; `?section=` keeps the tab across reloads and links. */
const SECTIONS = ["agents", "usagers", "mixed", "messages"] as const;
type Section = (typeof SECTIONS)[number];

function sectionFromUrl(): Section {
  const asked = new URLSearchParams(window.location.search).get("section");
  return (SECTIONS as readonly string[]).includes(asked ?? "") ? (asked as Section) : "agents";
}

/** Volunteers against the service's make-up, and for coordinators the proposed panel to confirm. */
export function RecruitmentPage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const recruitment = useEndpoint("GET /api/campaigns/:campaignId/recruitment", { campaignId });
  usePageTitle(t("page.recruitment"));

  if (recruitment.status === "loading") return <Spinner label={t("recruitment.loading")} />;
  if (recruitment.status === "error")
    return (
      <section>
        <h1>{t("page.recruitment")}</h1>
        <p role="alert">{errorText(recruitment.error, t)}</p>
      </section>
    );
  const view = recruitment.data;
  const balance = (
    <>
      <p>{t("recruitment.volunteers", { count: String(view.volunteerCount) })}</p>
      <h2>{t("recruitment.balance.title")}</h2>
      {view.canSelect ? null : <p>{t("recruitment.balance.hiddenNote")}</p>}
      {view.breakdown.map((b) => (
        <figure key={b.dimension} style={{ margin: 0 }}>
          <figcaption>
            <h3>{t(`recruitment.dimension.${b.dimension}` as MessageKey)}</h3>
          </figcaption>
          <BalanceChart breakdown={b} />
        </figure>
      ))}
    </>
  );
  return (
    <section>
      <h1>
        {t("page.recruitment")} — {view.campaign.name}
      </h1>
      {view.canSelect ? (
        <CoordinatorTabs
          panels={{
            agents: (
              <>
                {balance}
                <PanelSelector view={view} />
              </>
            ),
            usagers: <UsagerSection campaignId={view.campaign.id} />,
            mixed: <MixedPanelSection campaignId={view.campaign.id} />,
            messages: <OutboxSection campaignId={view.campaign.id} />,
          }}
        />
      ) : (
        balance
      )}
    </section>
  );
}

const useTabStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalL,
  },
});

function CoordinatorTabs({ panels }: { panels: Record<Section, ReactNode> }) {
  const t = useT();
  const styles = useTabStyles();
  const [section, setSection] = useState<Section>(sectionFromUrl);
  const select = (next: Section) => {
    setSection(next);
    const url = new URL(window.location.href);
    url.searchParams.set("section", next);
    window.history.replaceState(window.history.state, "", url);
  };
  return (
    <>
      <TabList
        selectedValue={section}
        onTabSelect={(_e, data) => select(data.value as Section)}
        aria-label={t("recruitment.tabs.label")}
      >
        {SECTIONS.map((s) => (
          <Tab key={s} value={s} id={`recruitment-tab-${s}`} aria-controls={`recruitment-panel-${s}`}>
            {t(`recruitment.tabs.${s}` as MessageKey)}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        className={styles.panel}
        id={`recruitment-panel-${section}`}
        aria-labelledby={`recruitment-tab-${section}`}
      >
        {panels[section]}
      </div>
    </>
  );
}
