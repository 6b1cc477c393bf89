import type { Translate } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";
import type { Party, PosterStatus } from "./posterTypes";

// Same lead-ins as the bot's domain/commitmentText (the tab bundle does not import bot code).
const LEAD_IN: Record<Locale, Record<Party, string>> = {
  fr: {
    agents: "Les agents s'engagent à",
    usagers: "Les usagers s'engagent à",
    both: "Agents et usagers s'engagent à",
  },
  en: { agents: "Agents commit to", usagers: "Service users commit to", both: "Agents and service users commit to" },
};

export function commitmentSentence(party: Party, text: string, locale: Locale): string {
  const body = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[\s.;,]+$/u, "");
  const first = body.charAt(0);
  const second = body.charAt(1);
  const lowered =
    second && second === second.toUpperCase() && second !== second.toLowerCase()
      ? body
      : first.toLowerCase() + body.slice(1);
  return `${LEAD_IN[locale][party]} ${lowered}.`;
}

export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Paris",
  }).format(new Date(iso));
}

export function validationLine(status: PosterStatus, t: Translate): string {
  const total = String(status.total);
  const approvals = String(status.approvals);
  if (status.state === "validated") return t("poster.sheet.validatedByAll", { total });
  if (status.state === "closedByCoordinator") return t("poster.sheet.validatedBy", { approvals, total });
  return t("poster.sheet.awaiting", { version: String(status.version), approvals, total });
}
