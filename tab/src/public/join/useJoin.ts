import { useCallback, useEffect, useMemo, useState } from "react";
import { ApiClient } from "../../api/client";
import { ApiError } from "../../api/ApiError";
import { useApi } from "../../api/ApiProvider";
import { useEndpoint } from "../../api/useResource";
import { useLive } from "../../api/useLive";
import { pathOf } from "../../../../bot/src/contracts/endpoint";
import { LIVE_STREAMS, type WorkshopLiveDto } from "../../../../bot/src/contracts/liveApi";
import type { JoinInfoDto } from "../../../../bot/src/contracts/workshopApi";
import { useLocale } from "../../i18n/I18nProvider";
import { answersOf, isSnapshot, POLL_MS } from "../../workshop/workshopApi";

/** The device's signed token for one workshop code, kept for the tab's life (a reload keeps it). */
export interface DeviceToken {
  get(): string | undefined;
  set(token: string): void;
  clear(): void;
}

function deviceToken(code: string): DeviceToken {
  const key = `workshop-device:${code}`;
  let memory: string | undefined;
  return {
    get() {
      try {
        return window.sessionStorage.getItem(key) ?? memory;
      } catch {
        return memory;
      }
    },
    set(token) {
      memory = token;
      try {
        window.sessionStorage.setItem(key, token);
      } catch {
        /* private mode: the token lives as long as the page */
      }
    },
    clear() {
      memory = undefined;
      try {
        window.sessionStorage.removeItem(key);
      } catch {
        /* nothing stored */
      }
    },
  };
}

/**
 * The join page's API client: anonymous (no sign-in token: usagers have no
 * account) and carrying the device's token, the only thing that tells one phone from another.
 */
export function useDeviceClient(code: string): { readonly api: ApiClient; readonly device: DeviceToken } {
  const locale = useLocale();
  const device = useMemo(() => deviceToken(code), [code]);
  const api = useMemo(
    () =>
      new ApiClient({
        locale: () => locale,
        token: () => Promise.resolve(undefined),
        fetchImpl: (input, init) => {
          const headers = new Headers(init?.headers);
          const token = device.get();
          if (token) headers.set("X-Device-Token", token);
          return window.fetch(input, { ...init, headers });
        },
      }),
    [device, locale],
  );
  return { api, device };
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
}

/**
 * A usager's device in a workshop: registers once (a signed token, no name), shows the current
 * step's card, follows the facilitator's pointer through the workshop's stream (the card is read
 * again only when the revision moves; the GET of the code is polled while the stream is down),
 * shows how many answers the step has so far, and sends answers. The stream is opened by the
 * device's client, so it carries the device's token like every other request of the page.
 * Runs under the ApiProvider of useDeviceClient.
 */
export function useJoin(code: string, device: DeviceToken) {
  const api = useApi();
  const [registered, setRegistered] = useState(() => device.get() !== undefined);
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  const params = registered ? { code } : null;
  const info = useLive<JoinInfoDto | WorkshopLiveDto>({
    streamPath: registered ? LIVE_STREAMS.join(code) : null,
    pollPath: registered ? pathOf("GET /api/join/:code", { code }) : null,
    pollMs: POLL_MS,
  });
  const card = useEndpoint("GET /api/join/:code/card", params);
  const { reload: reloadCard, set: setCard } = card;
  // A token the server no longer knows (another workshop's, or a new secret): register again.
  const refused = card.status === "error" && card.error.code === "joinDevice.forbidden";

  useEffect(() => {
    if (registered && !refused) return;
    if (refused) device.clear();
    let alive = true;
    let retry: number | undefined;
    const register = async (): Promise<void> => {
      try {
        const { token } = await api.call("POST /api/join/:code/devices", { code }, {});
        device.set(token);
        if (!alive) return;
        setError(undefined);
        setRegistered(true);
        if (refused) reloadCard();
      } catch (e) {
        if (!alive) return;
        const failure = asApiError(e);
        setError(failure);
        // A room joining at once through one connection: the server says when there is room again.
        const wait = failure.code === "joinDevice.tooMany" ? Number(failure.params?.["seconds"]) : NaN;
        if (wait > 0) retry = window.setTimeout(() => void register(), wait * 1000);
      }
    };
    void register();
    return () => {
      alive = false;
      window.clearTimeout(retry);
    };
  }, [api, code, device, registered, refused, reloadCard]);

  // The facilitator moved the pointer: the step's card follows.
  const revision = info.status === "ready" ? info.data.revision : undefined;
  const shown = card.status === "ready" ? card.data.revision : undefined;
  useEffect(() => {
    if (revision !== undefined && shown !== undefined && revision !== shown) reloadCard();
  }, [revision, shown, reloadCard]);

  const act = useCallback(
    async (verb: string, data: Record<string, unknown>) => {
      setBusy(true);
      try {
        setCard(await api.call("POST /api/join/:code/actions", { code }, { verb, data }));
        setError(undefined);
      } catch (e) {
        // The refusal says why, in the device's language; the card is read again as it is now.
        setError(asApiError(e));
        reloadCard();
      } finally {
        setBusy(false);
      }
    },
    [api, code, setCard, reloadCard],
  );

  // The step's answers so far, when the last snapshot is about the step the card shows.
  const pushed = info.status === "ready" && isSnapshot(info.data) ? info.data : undefined;
  const answers = pushed && pushed.revision === shown ? answersOf(pushed.results) : undefined;

  const failure = error ?? (card.status === "error" ? card.error : info.status === "error" ? info.error : undefined);
  // Once the workshop has ended its code is dead: the last step's card would still invite
  // answers nobody can send, so only the message that it has ended stays.
  const ended = failure?.code === "joinCode.expired";
  return {
    card: !ended && card.status === "ready" ? card.data.card : undefined,
    error: failure,
    answers: ended ? undefined : answers,
    busy,
    act,
  };
}
