import { ComingSoon } from "../components/ComingSoon";
import { useT } from "../i18n/I18nProvider";

export function StagePage({ campaignId }: { campaignId: string }) {
  const t = useT();
  return <ComingSoon title={t("page.stage")} details={[t("comingSoon.campaign", { id: campaignId })]} />;
}
