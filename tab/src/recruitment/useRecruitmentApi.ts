import { useCallback, useMemo } from "react";
import { apiRequest } from "../api/client";
import { useLocale } from "../i18n/I18nProvider";
import { useHost } from "../teams/HostProvider";

export interface RecruitmentApi {
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/**
 * @deprecated Call the API through `useApi().call` (typed by contracts/api.ts) and read it with
 * `useEndpoint`; recruitment no longer uses this. Kept while the campaign and settings pages do.
 */
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
