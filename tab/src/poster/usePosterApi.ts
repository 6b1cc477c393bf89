import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { apiRequest } from "../api/client";
import { useLocale } from "../i18n/I18nProvider";
import { useHost } from "../teams/HostProvider";

export interface PosterApi {
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
  blob(path: string): Promise<Blob>;
}

/** Calls the poster API through the shared request function (token, language, localised errors). */
export function usePosterApi(): PosterApi {
  const host = useHost();
  const locale = useLocale();
  const request = useCallback(
    (method: string, path: string, body?: unknown): Promise<Response> =>
      apiRequest({ method, path, body, locale, token: () => host.getAuthToken() }),
    [host, locale],
  );
  return {
    json: async <T>(method: string, path: string, body?: unknown) =>
      (await (await request(method, path, body)).json()) as T,
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
      (error: unknown) =>
        live &&
        setState({
          status: "error",
          error: error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined),
        }),
    );
    return () => {
      live = false;
    };
  }, [path, tick]);
  return { ...state, reload: () => setTick((n) => n + 1), set: (data: T) => setState({ status: "ready", data }) };
}
