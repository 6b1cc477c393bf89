import { Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import { usePageTitle } from "../components/usePageTitle";
import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/I18nProvider";
import { BalanceChart } from "../recruitment/BalanceChart";
import { MixedPanelSection } from "../recruitment/MixedPanelSection";
import { OutboxSection } from "../recruitment/OutboxSection";
import { PanelSelector } from "../recruitment/PanelSelector";
import type { RecruitmentView } from "../recruitment/recruitmentTypes";
import { UsagerSection } from "../recruitment/UsagerSection";
import { useRecruitmentApi } from "../recruitment/useRecruitmentApi";

type State = { status: "loading" } | { status: "error"; error: ApiError } | { status: "ready"; view: RecruitmentView };

/** Volunteers against the service's make-up, and for coordinators the proposed panel to confirm. */
export function RecruitmentPage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const api = useRecruitmentApi();
  const [state, setState] = useState<State>({ status: "loading" });
  usePageTitle(t("page.recruitment"));

  useEffect(() => {
    let live = true;
    api.json<RecruitmentView>("GET", `/api/campaigns/${encodeURIComponent(campaignId)}/recruitment`).then(
      (view) => live && setState({ status: "ready", view }),
      (error: unknown) => live && setState({ status: "error", error: error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined) }),
    );
    return () => {
      live = false;
    };
  }, [api, campaignId]);

  if (state.status === "loading") return <Spinner label={t("recruitment.loading")} />;
  if (state.status === "error")
    return (
      <section>
        <h1>{t("page.recruitment")}</h1>
        <p role="alert">{errorText(state.error, t)}</p>
      </section>
    );
  const { view } = state;
  return (
    <section>
      <h1>
        {t("page.recruitment")} — {view.campaign.name}
      </h1>
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
      {view.canSelect ? <PanelSelector view={view} api={api} /> : null}
      {view.canSelect ? <UsagerSection campaignId={view.campaign.id} api={api} /> : null}
      {view.canSelect ? <OutboxSection campaignId={view.campaign.id} api={api} /> : null}
      {view.canSelect ? <MixedPanelSection campaignId={view.campaign.id} api={api} /> : null}
    </section>
  );
}
