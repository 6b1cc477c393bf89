import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { useLocale } from "../i18n/I18nProvider";
import { useHost } from "../teams/HostProvider";

export interface PosterApi {
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
  blob(path: string): Promise<Blob>;
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

/** Calls the poster API with the Teams SSO token and the UI language (the shared client only reads). */
export function usePosterApi(): PosterApi {
  const host = useHost();
  const locale = useLocale();
  const request = useCallback(
    async (method: string, path: string, body?: unknown): Promise<Response> => {
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
      return response;
    },
    [host, locale],
  );
  return {
    json: async <T,>(method: string, path: string, body?: unknown) => (await (await request(method, path, body)).json()) as T,
    blob: async (path: string) => (await request("GET", path)).blob(),
  };
}

export type Loaded<T> =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly error: ApiError }
  | { readonly status: "ready"; readonly data: T };

/** Loads a GET path; `set` replaces the data with a mutation's answer, `reload` fetches again. */
export function useLoaded<T>(path: string): Loaded<T> & { reload: () => void; set: (data: T) => void } {
  const api = usePosterApi();
  const [state, setState] = useState<Loaded<T>>({ status: "loading" });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    api.json<T>("GET", path).then(
      (data) => live && setState({ status: "ready", data }),
      (error: unknown) => live && setState({ status: "error", error: error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined) }),
    );
    return () => {
      live = false;
    };
  }, [path, tick]);
  return { ...state, reload: () => setTick((n) => n + 1), set: (data: T) => setState({ status: "ready", data }) };
}
