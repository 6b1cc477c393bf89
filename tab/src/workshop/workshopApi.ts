import { useCallback, useState } from "react";
import type { BodyOf, RouteKey } from "../../../bot/src/contracts/api";
import type { LiveStateDto } from "../../../bot/src/contracts/workshopApi";
import { ApiError } from "../api/ApiError";
import { useApi } from "../api/ApiProvider";
import { useEndpoint } from "../api/useResource";

const POLL_MS = 2000;

type LiveWriteKey = Extract<RouteKey, `POST /api/workshops/:campaignId/${string}`>;
/** The console's writes, by the last part of their path ("commands", "merge", "proxy-vote"…). */
export type LivePath = LiveWriteKey extends `POST /api/workshops/:campaignId/${infer P}` ? P : never;
type KeyOf<P extends LivePath> = Extract<LiveWriteKey, `POST /api/workshops/:campaignId/${P}`>;

/** Sends a facilitator's write; resolves to whether it was accepted, so forms know when to clear. */
export type Post = <P extends LivePath>(path: P, body: BodyOf<KeyOf<P>>) => Promise<boolean>;

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
}

/**
 * The live state of a campaign's workshop, polled (the stage and console follow the pointer
 * without a socket), plus the facilitator's writes, each answered with the state after it.
 */
export function useLiveWorkshop(campaignId: string): {
  state: LiveStateDto | undefined;
  error: ApiError | undefined;
  reload: () => void;
  post: Post;
} {
  const api = useApi();
  const live = useEndpoint("GET /api/workshops/:campaignId", { campaignId }, { pollMs: POLL_MS });
  const [writeError, setWriteError] = useState<ApiError | undefined>();
  const { set, reload } = live;

  const post = useCallback<Post>(
    async (path, body) => {
      const key = `POST /api/workshops/:campaignId/${path}` as LiveWriteKey;
      try {
        // Every write of the table answers the live state (contracts/workshopApi.ts).
        const next = (await api.call(key, { campaignId }, body as never)) as LiveStateDto;
        set(next);
        setWriteError(undefined);
        return true;
      } catch (error) {
        setWriteError(asApiError(error));
        // Someone moved the pointer first: show where it is now.
        reload();
        return false;
      }
    },
    [api, campaignId, set, reload],
  );

  return {
    state: live.status === "ready" ? live.data : undefined,
    error: writeError ?? (live.status === "error" ? live.error : undefined),
    reload,
    post,
  };
}
