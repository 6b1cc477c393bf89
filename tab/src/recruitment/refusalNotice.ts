import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import type { Notice } from "../components/NoticeBar";
import type { Translate } from "../i18n/I18nProvider";

/** A refused action as a notice: the server's own words and the reasons it gives, never a code. */
export function refusalNotice(error: unknown, t: Translate): Notice {
  const apiError = error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
  return { intent: "error", text: errorText(apiError, t), causes: apiError.causes };
}
