import type { PublicTranslate } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";
import type { PosterStatus } from "../../../bot/src/domain/poster";

export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Paris",
  }).format(new Date(iso));
}

export function validationLine(status: PosterStatus, t: PublicTranslate): string {
  const total = String(status.total);
  const approvals = String(status.approvals);
  if (status.state === "validated") return t("poster.sheet.validatedByAll", { total });
  if (status.state === "closedByCoordinator") return t("poster.sheet.validatedBy", { approvals, total });
  return t("poster.sheet.awaiting", { version: String(status.version), approvals, total });
}
