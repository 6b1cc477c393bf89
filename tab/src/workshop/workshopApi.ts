import { useCallback, useEffect, useState } from "react";
import type { BodyOf, LiveWriteKey } from "../../../bot/src/contracts/api";
import { pathOf } from "../../../bot/src/contracts/endpoint";
import { LIVE_STREAMS, type WorkshopLiveDto } from "../../../bot/src/contracts/liveApi";
import type { LiveStateDto } from "../../../bot/src/contracts/workshopApi";
import type { StepResults } from "../../../bot/src/contracts/workshopResults";
import { ApiError } from "../api/ApiError";
import { useApi } from "../api/ApiProvider";
import { useLive } from "../api/useLive";
import { useEndpoint } from "../api/useResource";

/** How often a page reads again while the push stream is down. */
export const POLL_MS = 2000;

/** The console's writes, by the last part of their path ("commands", "merge", "proxy-vote"…). */
export type LivePath = LiveWriteKey extends `POST /api/workshops/:campaignId/${infer P}` ? P : never;
type KeyOf<P extends LivePath> = Extract<LiveWriteKey, `POST /api/workshops/:campaignId/${P}`>;

/** Sends a facilitator's write; resolves to whether it was accepted, so forms know when to clear. */
export type Post = <P extends LivePath>(path: P, body: BodyOf<KeyOf<P>>) => Promise<boolean>;

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
}

/** A pushed snapshot, as opposed to the member's own state read by GET. */
export function isSnapshot(data: object): data is WorkshopLiveDto {
  return !("campaign" in data) && "results" in data;
}

/**
 * How many answers the current step has, from its results: contributions, scale answers or
 * voters; undefined for steps nobody answers (commitments, waiting screens).
 */
export function answersOf(results: StepResults): number | undefined {
  switch (results.type) {
    case "contributions":
      return results.items.length;
    case "scale":
      return results.summary.count;
    case "vote":
      return results.voters;
    default:
      return undefined;
  }
}

/**
 * The page's own read or the last poll, whichever is of the newer revision; on a tie the poll,
 * read every few seconds while the stream is down and so the fresher (a write's answer shows
 * until the next poll brings it back).
 */
function newer(read: LiveStateDto | undefined, polled: LiveStateDto | undefined): LiveStateDto | undefined {
  if (!read || !polled) return read ?? polled;
  return polled.revision >= read.revision ? polled : read;
}

/**
 * The live state of a campaign's workshop for the stage and the console: one GET draws it, then
 * the workshop's stream pushes each change (useLive, polling the GET while the stream is down). A
 * snapshot of the same revision brings new results, shown as they are; a snapshot of a newer
 * revision (a facilitator's command) makes the page read its own state again, since the step, the
 * allowed commands and the hidden items are not in what the stream shows the whole room.
 * The facilitator's writes are answered with the state after them.
 */
export function useLiveWorkshop(campaignId: string): {
  state: LiveStateDto | undefined;
  error: ApiError | undefined;
  /** "push" while the stream delivers, "poll" while the page reads on a timer. */
  channel: "push" | "poll";
  reload: () => void;
  post: Post;
} {
  const api = useApi();
  const read = useEndpoint("GET /api/workshops/:campaignId", { campaignId });
  const live = useLive<LiveStateDto | WorkshopLiveDto>({
    streamPath: LIVE_STREAMS.workshop(campaignId),
    pollPath: pathOf("GET /api/workshops/:campaignId", { campaignId }),
    pollMs: POLL_MS,
    readAtOnce: false,
  });
  const [writeError, setWriteError] = useState<ApiError | undefined>();
  const { set, reload } = read;

  const pushed = live.status === "ready" ? live.data : undefined;
  const snapshot = pushed && isSnapshot(pushed) ? pushed : undefined;
  // Polled while the stream is down: the same GET as the page's own read.
  const polled = pushed && !isSnapshot(pushed) ? pushed : undefined;
  const base = newer(read.status === "ready" ? read.data : undefined, polled);
  const state =
    base && snapshot && snapshot.revision === base.revision
      ? { ...base, results: snapshot.results, devices: { ...base.devices, joined: snapshot.devicesJoined } }
      : base;

  // A command moved the workshop on: read the page's own state again (once per revision seen).
  const behind = snapshot !== undefined && base !== undefined && snapshot.revision > base.revision;
  const seen = snapshot?.revision;
  useEffect(() => {
    if (behind) reload();
  }, [behind, seen, reload]);

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
    state,
    error: writeError ?? (read.status === "error" && !state ? read.error : undefined),
    channel: live.channel,
    reload,
    post,
  };
}
