import type { ApiError } from "../api/ApiError";
import type { PublicTranslate } from "../i18n/I18nProvider";

/** The server's localised message when it sent one; otherwise a generic text (never a raw error). */
export function errorText(error: ApiError, t: PublicTranslate): string {
  if (error.userMessage) return error.userMessage;
  switch (error.kind) {
    case "network":
      return t("error.network");
    case "auth":
      return t("error.auth");
    default:
      return t("error.unexpected");
  }
}
