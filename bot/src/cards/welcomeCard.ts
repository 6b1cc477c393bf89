import type { Locale } from "../i18n/locale";
import { translator } from "../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardAction } from "./adaptiveCard";
import { heading, imBack, paragraph } from "./elements";

export interface WelcomeView {
  readonly scope: "personal" | "team" | "groupChat";
  /** Deep link to the app's personal tab, when the app id is known. */
  readonly appUrl?: string;
}

export function welcomeCard(view: WelcomeView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const next =
    view.scope === "team"
      ? t("welcome.next.team")
      : view.scope === "groupChat"
        ? t("welcome.next.groupChat")
        : t("welcome.next.personal");
  const actions: CardAction[] = [imBack(t("welcome.action.help"), locale === "fr" ? "aide" : "help")];
  if (view.appUrl) actions.push({ type: "Action.OpenUrl", title: t("welcome.action.openApp"), url: view.appUrl });
  return adaptiveCard(
    [
      heading(t("welcome.title")),
      paragraph(t("welcome.intro")),
      { type: "TextBlock", text: t("welcome.steps.title"), weight: "bolder", wrap: true, spacing: "medium" },
      paragraph(`1. ${t("welcome.step1")}`, { spacing: "small" }),
      paragraph(`2. ${t("welcome.step2")}`, { spacing: "small" }),
      paragraph(`3. ${t("welcome.step3")}`, { spacing: "small" }),
      paragraph(`4. ${t("welcome.step4")}`, { spacing: "small" }),
      paragraph(next, { spacing: "medium" }),
      paragraph(t("welcome.privacy"), { subtle: true }),
    ],
    actions,
  );
}
