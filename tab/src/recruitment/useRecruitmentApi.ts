import { useCallback, useMemo } from "react";
import { ApiError } from "../api/ApiError";
import { useLocale } from "../i18n/I18nProvider";
import { useHost } from "../teams/HostProvider";

export interface RecruitmentApi {
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
}

async function toError(response: Response): Promise<ApiError> {
  const kind = response.status === 401 || response.status === 403 ? "auth" : "server";
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    return new ApiError(kind, typeof body.error?.code === "string" ? body.error.code : `http_${response.status}`, typeof body.error?.message === "string" ? body.error.message : undefined, response.status);
  } catch {
    return new ApiError(kind, `http_${response.status}`, undefined, response.status);
  }
}

/** Calls the recruitment API with the Teams SSO token and the UI language (the shared client only reads). */
export function useRecruitmentApi(): RecruitmentApi {
  const host = useHost();
  const locale = useLocale();
  const json = useCallback(
    async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
      const headers = new Headers({ Accept: "application/json", "Accept-Language": locale });
      let token: string | undefined;
      try {
        token = await host.getAuthToken();
      } catch {
        throw new ApiError("auth", "token_unavailable", undefined);
      }
      if (token) headers.set("Authorization", `Bearer ${token}`);
      if (body !== undefined) headers.set("Content-Type", "application/json");
      let response: Response;
      try {
        response = await window.fetch(path, { method, headers, credentials: "same-origin", ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      } catch {
        throw new ApiError("network", "unreachable", undefined);
      }
      if (!response.ok) throw await toError(response);
      return (await response.json()) as T;
    },
    [host, locale],
  );
  return useMemo(() => ({ json }), [json]);
}
