import { useCallback, useEffect, useRef, useState } from "react";
import type { AnswerOf, RouteKey } from "../../../bot/src/contracts/api";
import { pathOf, type PathParams } from "../../../bot/src/contracts/endpoint";
import type { ApiClient } from "./client";
import { ApiError } from "./ApiError";
import { useApi } from "./ApiProvider";

export type Loaded<T> =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly error: ApiError }
  | { readonly status: "ready"; readonly data: T };

export type Resource<T> = Loaded<T> & {
  /** Fetches again; the data shown stays until the new answer arrives. */
  readonly reload: () => void;
  /** Replaces the data with a mutation's answer, so a save needs no second read. */
  readonly set: (data: T) => void;
};

export interface ResourceOptions {
  /** Reads again every so many milliseconds while the page is open (live views). */
  readonly pollMs?: number;
}

interface Slot<T> {
  readonly path: string | null;
  readonly state: Loaded<T>;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
}

/**
 * The tab's one way to read the API: GET `path` (null: nothing to read yet), with the token and
 * language of the shared client, an answer typed by the route's contract, aborted when the page
 * leaves or the path changes. An answer for an older path is never shown for a newer one.
 */
export function useResource<T>(path: string | null, options: ResourceOptions = {}): Resource<T> {
  return useRead<T>(path, (api, signal) => api.get<T>(path ?? "", signal), options);
}

/**
 * Reads the GET route `key` of the API table with its `params` (null: nothing to read yet); the
 * data is typed by the route's contract.
 */
export function useEndpoint<K extends RouteKey>(
  key: K,
  params: PathParams<K> | null,
  options: ResourceOptions = {},
): Resource<AnswerOf<K>> {
  const path = params === null ? null : pathOf(key, params);
  return useRead<AnswerOf<K>>(path, (api, signal) => api.get<AnswerOf<K>>(path ?? "", signal), options);
}

function useRead<T>(
  path: string | null,
  read: (api: ApiClient, signal: AbortSignal) => Promise<T>,
  options: ResourceOptions,
): Resource<T> {
  const api = useApi();
  const [slot, setSlot] = useState<Slot<T>>({ path, state: { status: "loading" } });
  const [tick, setTick] = useState(0);
  const { pollMs } = options;
  // The latest reader, so a new closure each render does not restart the read; the path keys it.
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  });

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    const read = (): void => {
      readRef.current(api, controller.signal).then(
        (data) => setSlot({ path, state: { status: "ready", data } }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          // A failed poll keeps what is shown; only a first read shows the error.
          setSlot((current) =>
            current.path === path && current.state.status === "ready" && pollMs
              ? current
              : { path, state: { status: "error", error: asApiError(error) } },
          );
        },
      );
    };
    read();
    const timer = pollMs ? window.setInterval(read, pollMs) : undefined;
    return () => {
      controller.abort();
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [api, path, tick, pollMs]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const set = useCallback((data: T) => setSlot({ path, state: { status: "ready", data } }), [path]);
  const state: Loaded<T> = slot.path === path ? slot.state : { status: "loading" };
  return { ...state, reload, set };
}
