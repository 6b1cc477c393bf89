import { ComingSoon } from "../components/ComingSoon";
import { useT } from "../i18n/I18nProvider";

export function RoadmapPage({ campaignId }: { campaignId: string }) {
  const t = useT();
  return <ComingSoon title={t("page.roadmap")} details={[t("comingSoon.campaign", { id: campaignId })]} />;
}
