import { MessageBar, MessageBarBody, Spinner, Title1 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { useRecruitmentApi } from "../recruitment/useRecruitmentApi";
import { CampaignFacts } from "../setup/CampaignFacts";
import { CampaignSetupForm } from "../setup/CampaignSetupForm";
import { valuesFromCampaign } from "../setup/setupForm";
import type { CampaignForEdit } from "../setup/setupTypes";

type State = { status: "loading" } | { status: "error"; error: ApiError } | { status: "ready"; view: CampaignForEdit };

function EditCampaign({ campaignId }: { campaignId: string }) {
  const t = useT();
  const api = useRecruitmentApi();
  const [state, setState] = useState<State>({ status: "loading" });

  useEffect(() => {
    let live = true;
    api.json<CampaignForEdit>("GET", `/api/campaigns/${encodeURIComponent(campaignId)}`).then(
      (view) => live && setState({ status: "ready", view }),
      (error: unknown) =>
        live &&
        setState({
          status: "error",
          error: error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined),
        }),
    );
    return () => {
      live = false;
    };
  }, [api, campaignId]);

  if (state.status === "loading") return <Spinner label={t("setup.loading")} />;
  if (state.status === "error")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{errorText(state.error, t)}</MessageBarBody>
      </MessageBar>
    );
  if (!state.view.canEdit)
    return (
      <>
        <MessageBar intent="info" layout="multiline" data-testid="setup-readonly">
          <MessageBarBody>{t("setup.readOnly")}</MessageBarBody>
        </MessageBar>
        <CampaignFacts values={valuesFromCampaign(state.view)} withDates />
      </>
    );
  return <CampaignSetupForm mode={{ kind: "edit", view: state.view }} />;
}

/** « Nouvelle campagne » (no id) or « Modifier la campagne » (its dates, meeting links and make-up). */
export function CampaignSetupPage({ campaignId }: { campaignId?: string }) {
  const t = useT();
  const title = t(campaignId === undefined ? "setup.title.create" : "setup.title.edit");
  usePageTitle(title);
  return (
    <section>
      <Title1 as="h1">{title}</Title1>
      {campaignId === undefined ? (
        <CampaignSetupForm mode={{ kind: "create" }} />
      ) : (
        <EditCampaign campaignId={campaignId} />
      )}
    </section>
  );
}
