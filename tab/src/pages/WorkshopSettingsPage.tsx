import { MessageBar, MessageBarBody, Spinner, Title1 } from "@fluentui/react-components";
import { useState } from "react";
import { useEndpoint } from "../api/useResource";
import { errorText } from "../components/errorText";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { WorkshopSettingsForm } from "../settings/WorkshopSettingsForm";

/** « Réglages des ateliers »: a campaign's prompts, titles, scale and votes; coordinators edit, others read. */
export function WorkshopSettingsPage({ campaignId }: { campaignId: string }) {
  const t = useT();
  usePageTitle(t("settings.title"));
  const form = useEndpoint("GET /api/workshop-settings/:campaignId", { campaignId });
  // A reload gives the form a fresh draft from what is stored now, once it has arrived.
  const [loads, setLoads] = useState(0);

  return (
    <section>
      <Title1 as="h1">
        {form.status === "ready" ? t("settings.title.campaign", { name: form.data.campaignName }) : t("settings.title")}
      </Title1>
      {form.status === "loading" && <Spinner label={t("settings.loading")} />}
      {form.status === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{errorText(form.error, t)}</MessageBarBody>
        </MessageBar>
      )}
      {form.status === "ready" && (
        <WorkshopSettingsForm
          key={`${loads}:${form.data.version ?? ""}`}
          campaignId={campaignId}
          view={form.data}
          onReload={() => {
            setLoads((n) => n + 1);
            form.reload();
          }}
        />
      )}
    </section>
  );
}
