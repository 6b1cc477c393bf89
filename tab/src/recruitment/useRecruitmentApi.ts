import { useCallback, useMemo } from "react";
import { apiRequest } from "../api/client";
import { useLocale } from "../i18n/I18nProvider";
import { useHost } from "../teams/HostProvider";

export interface RecruitmentApi {
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** Calls the recruitment API through the shared request function (token, language, localised errors). */
export function useRecruitmentApi(): RecruitmentApi {
  const host = useHost();
  const locale = useLocale();
  const json = useCallback(
    async <T>(method: string, path: string, body?: unknown): Promise<T> =>
      (await (await apiRequest({ method, path, body, locale, token: () => host.getAuthToken() })).json()) as T,
    [host, locale],
  );
  return useMemo(() => ({ json }), [json]);
}
