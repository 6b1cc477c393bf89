import { MessageBar, MessageBarBody, Spinner, Title1 } from "@fluentui/react-components";
import { useEndpoint } from "../api/useResource";
import { errorText } from "../components/errorText";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { CampaignFacts } from "../setup/CampaignFacts";
import { CampaignSetupForm } from "../setup/CampaignSetupForm";
import { valuesFromCampaign } from "../setup/setupForm";

function EditCampaign({ campaignId }: { campaignId: string }) {
  const t = useT();
  const campaign = useEndpoint("GET /api/campaigns/:campaignId", { campaignId });

  if (campaign.status === "loading") return <Spinner label={t("setup.loading")} />;
  if (campaign.status === "error")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{errorText(campaign.error, t)}</MessageBarBody>
      </MessageBar>
    );
  if (!campaign.data.canEdit)
    return (
      <>
        <MessageBar intent="info" layout="multiline" data-testid="setup-readonly">
          <MessageBarBody>{t("setup.readOnly")}</MessageBarBody>
        </MessageBar>
        <CampaignFacts values={valuesFromCampaign(campaign.data)} withDates />
      </>
    );
  return <CampaignSetupForm mode={{ kind: "edit", view: campaign.data }} />;
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
