import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";

/** Shown whenever the tab runs outside Teams, so nobody mistakes the local identity for their own. */
export function LocalModeBanner() {
  const t = useT();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="local-mode-banner">
      <MessageBarBody>{t("localMode.body")}</MessageBarBody>
    </MessageBar>
  );
}
