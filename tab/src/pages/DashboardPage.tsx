import { ComingSoon } from "../components/ComingSoon";
import { useT } from "../i18n/I18nProvider";

export function DashboardPage() {
  const t = useT();
  return <ComingSoon title={t("page.dashboard")} />;
}
