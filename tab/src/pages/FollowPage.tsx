import { ComingSoon } from "../components/ComingSoon";
import { useT } from "../i18n/I18nProvider";

export function FollowPage({ token }: { token: string }) {
  const t = useT();
  return <ComingSoon title={t("page.follow")} details={[t("comingSoon.code", { code: token })]} />;
}
