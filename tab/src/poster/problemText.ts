import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import type { PublicTranslate } from "../i18n/I18nProvider";

/** The server's localised refusal, followed by its reasons when it gave several; a generic text otherwise. */
export function problemText(error: unknown, t: PublicTranslate): string {
  if (!(error instanceof ApiError)) return t("error.unexpected");
  return [errorText(error, t), ...error.causes.map((c) => c.message)].join(" ");
}
