import { ComingSoon } from "../components/ComingSoon";
import { useT } from "../i18n/I18nProvider";

export function ConsolePage({ campaignId }: { campaignId: string }) {
  const t = useT();
  return <ComingSoon title={t("page.console")} details={[t("comingSoon.campaign", { id: campaignId })]} />;
}
