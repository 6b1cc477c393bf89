import type { Request } from "restify";
import type { MessageKey } from "../../i18n/fr";
import { localeFromAcceptLanguage } from "../../i18n/locale";
import { translate } from "../../i18n/translate";

/** Every API error has this shape; `message` is localised, never an exception's text. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly params?: Record<string, string | number>;
  };
}

export function errorBody(
  req: Request,
  code: string,
  key: MessageKey,
  params?: Record<string, string | number>,
): ErrorBody {
  const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
  return { error: { code, message: translate(locale, key, params), ...(params ? { params } : {}) } };
}

/** Maps restify's own errors (body parser, routing) to our shape and vocabulary. */
export function keyForStatus(status: number): { code: string; key: MessageKey } {
  if (status === 400) return { code: "badRequest", key: "error.badJson" };
  if (status === 401) return { code: "unauthorized", key: "error.unauthorized" };
  if (status === 403) return { code: "forbidden", key: "error.forbidden" };
  if (status === 404 || status === 405) return { code: "notFound", key: "error.notFound" };
  if (status === 413) return { code: "tooLarge", key: "error.tooLarge" };
  if (status === 429) return { code: "rateLimited", key: "error.rateLimited" };
  if (status === 415) return { code: "badRequest", key: "error.badJson" };
  if (status === 503) return { code: "storageUnavailable", key: "error.storageUnavailable" };
  return { code: "internal", key: "error.internal" };
}
