import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  Title1,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { CampaignSummaryDto } from "../../../bot/src/contracts/coreApi";
import { useEndpoint } from "../api/useResource";
import { errorText } from "../components/errorText";
import { usePageTitle } from "../components/usePageTitle";
import { useT, type Translate } from "../i18n/I18nProvider";
import { paths } from "../router/routes";
import type { TabInstanceConfig } from "../teams/hostContext";
import { useHost } from "../teams/HostProvider";

type TabPage = "poster" | "roadmap" | "console";
const tabPages: readonly TabPage[] = ["poster", "roadmap", "console"];

const useStyles = makeStyles({
  form: { width: "100%", maxWidth: "520px", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  url: { wordBreak: "break-all", color: tokens.colorNeutralForeground2 },
});

function tabConfig(campaign: CampaignSummaryDto, page: TabPage, t: Translate): TabInstanceConfig {
  const url = window.location.origin + paths.campaignPage(page, campaign.id);
  return {
    contentUrl: url,
    websiteUrl: url,
    entityId: `${page}:${campaign.id}`,
    suggestedDisplayName: `${t(`config.page.${page}`)} — ${campaign.name}`,
  };
}

/** Configurable-tab setup: Teams shows this page when the tab is added to a channel or chat. */
export function ConfigPage() {
  const t = useT();
  const styles = useStyles();
  const host = useHost();
  const campaigns = useEndpoint("GET /api/campaigns", {});
  const [campaignId, setCampaignId] = useState("");
  const [page, setPage] = useState<TabPage>("poster");
  usePageTitle(t("page.config"));

  const selected = campaigns.status === "ready" ? campaigns.data.campaigns.find((c) => c.id === campaignId) : undefined;
  const config = selected ? tabConfig(selected, page, t) : undefined;

  // Teams keeps the first save handler, so it reads the latest choice through a ref.
  const configRef = useRef(config);
  useEffect(() => {
    configRef.current = config;
  });
  useEffect(() => {
    host.tabConfig?.onSave(() => configRef.current);
  }, [host]);
  const valid = config !== undefined;
  useEffect(() => {
    host.tabConfig?.setValidity(valid);
  }, [host, valid]);

  return (
    <>
      <Title1 as="h1">{t("page.config")}</Title1>
      <Text as="p" block>
        {t("config.intro")}
      </Text>
      {host.mode === "local" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("config.localMode")}</MessageBarBody>
        </MessageBar>
      )}
      {campaigns.status === "loading" && <Spinner size="small" labelPosition="after" label={t("home.list.loading")} />}
      {campaigns.status === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{errorText(campaigns.error, t)}</MessageBarBody>
        </MessageBar>
      )}
      {campaigns.status === "ready" && campaigns.data.campaigns.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("config.noCampaign")}</MessageBarBody>
        </MessageBar>
      )}
      {campaigns.status === "ready" && campaigns.data.campaigns.length > 0 && (
        <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
          <Field label={t("config.campaign")} required>
            <Select value={campaignId} onChange={(_, data) => setCampaignId(data.value)}>
              <option value="">{t("config.campaignPlaceholder")}</option>
              {campaigns.data.campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("config.page")} required>
            <RadioGroup
              value={page}
              onChange={(_, data) => {
                const next = tabPages.find((p) => p === data.value);
                if (next) setPage(next);
              }}
            >
              {tabPages.map((p) => (
                <Radio key={p} value={p} label={t(`config.page.${p}`)} />
              ))}
            </RadioGroup>
          </Field>
          <Text as="p" role="status">
            {config
              ? host.mode === "teams"
                ? t("config.ready")
                : t("config.preview", { url: config.contentUrl })
              : t("config.incomplete")}
          </Text>
        </form>
      )}
    </>
  );
}
