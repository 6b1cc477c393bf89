import { ComingSoon } from "../components/ComingSoon";
import { useT } from "../i18n/I18nProvider";

export function ConfirmPage({ token }: { token: string }) {
  const t = useT();
  return <ComingSoon title={t("page.confirm")} details={[t("comingSoon.code", { code: token })]} />;
}
