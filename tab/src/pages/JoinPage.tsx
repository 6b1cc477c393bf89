import { ComingSoon } from "../components/ComingSoon";
import { useT } from "../i18n/I18nProvider";

export function JoinPage({ code }: { code: string }) {
  const t = useT();
  return <ComingSoon title={t("page.join")} details={[t("comingSoon.code", { code })]} />;
}
