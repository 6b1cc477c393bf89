import { MessageBar, MessageBarBody, Spinner, Title1 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { useRecruitmentApi } from "../recruitment/useRecruitmentApi";
import type { SettingsView } from "../settings/settingsTypes";
import { WorkshopSettingsForm } from "../settings/WorkshopSettingsForm";

type State = { status: "loading" } | { status: "error"; error: ApiError } | { status: "ready"; view: SettingsView };

/** « Réglages des ateliers »: a campaign's prompts, titles, scale and votes; coordinators edit, others read. */
export function WorkshopSettingsPage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const api = useRecruitmentApi();
  usePageTitle(t("settings.title"));
  const [state, setState] = useState<State>({ status: "loading" });
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    api.json<SettingsView>("GET", `/api/workshop-settings/${encodeURIComponent(campaignId)}`).then(
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
  }, [api, campaignId, loads]);

  return (
    <section>
      <Title1 as="h1">
        {state.status === "ready"
          ? t("settings.title.campaign", { name: state.view.campaignName })
          : t("settings.title")}
      </Title1>
      {state.status === "loading" && <Spinner label={t("settings.loading")} />}
      {state.status === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{errorText(state.error, t)}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && (
        <WorkshopSettingsForm
          key={loads}
          campaignId={campaignId}
          view={state.view}
          onReload={() => setLoads((n) => n + 1)}
        />
      )}
    </section>
  );
}
