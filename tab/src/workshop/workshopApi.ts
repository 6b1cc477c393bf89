import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale } from "../i18n/I18nProvider";
import { useHost } from "../teams/HostProvider";
import type { LiveState } from "./workshopTypes";

export class WorkshopApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly userMessage: string | undefined,
    readonly body: Record<string, unknown>,
  ) {
    super(code);
    this.name = "WorkshopApiError";
  }
}

/** JSON over fetch with the tab's token (none in local mode) and the UI language. */
export async function callJson<T>(
  path: string,
  init: { method?: string; body?: unknown; token?: string; locale: string; headers?: Record<string, string> },
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": init.locale,
    ...(init.headers ?? {}),
  };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  if (init.token) headers["Authorization"] = `Bearer ${init.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers,
      credentials: "same-origin",
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch {
    throw new WorkshopApiError(0, "network", undefined, {});
  }
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    /* not JSON: a proxy page; handled as a generic error below */
  }
  if (!response.ok) {
    const error = (body["error"] ?? {}) as { code?: unknown; message?: unknown };
    throw new WorkshopApiError(
      response.status,
      typeof error.code === "string" ? error.code : `http_${response.status}`,
      typeof error.message === "string" ? error.message : undefined,
      body,
    );
  }
  return body as T;
}

const POLL_MS = 2000;

/**
 * The live state of a campaign's workshop, polled (the stage and console follow the pointer
 * without a socket), plus the facilitator's writes.
 */
export function useLiveWorkshop(campaignId: string) {
  const host = useHost();
  const locale = useLocale();
  const [state, setState] = useState<LiveState | undefined>();
  const [error, setError] = useState<WorkshopApiError | undefined>();
  const alive = useRef(true);
  const base = `/api/workshops/${encodeURIComponent(campaignId)}`;

  const load = useCallback(async () => {
    try {
      const next = await callJson<LiveState>(base, { locale, token: await host.getAuthToken() });
      if (alive.current) {
        setState(next);
        setError(undefined);
      }
    } catch (e) {
      if (alive.current)
        setError(e instanceof WorkshopApiError ? e : new WorkshopApiError(0, "unexpected", undefined, {}));
    }
  }, [base, host, locale]);

  useEffect(() => {
    alive.current = true;
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => {
      alive.current = false;
      window.clearInterval(timer);
    };
  }, [load]);

  // Resolves to whether the write was accepted, so forms know when to clear; the error is in `error`.
  const post = useCallback(
    async (path: string, body: unknown): Promise<boolean> => {
      try {
        const next = await callJson<LiveState>(`${base}/${path}`, {
          method: "POST",
          body,
          locale,
          token: await host.getAuthToken(),
        });
        setState(next);
        setError(undefined);
        return true;
      } catch (e) {
        const failure = e instanceof WorkshopApiError ? e : new WorkshopApiError(0, "unexpected", undefined, {});
        setError(failure);
        const fresh = failure.body["state"] as LiveState | undefined;
        if (fresh) setState(fresh);
        return false;
      }
    },
    [base, host, locale],
  );

  return { state, error, reload: load, post };
}
