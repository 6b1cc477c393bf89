import { useEffect, useRef, useState } from "react";
import { ApiError } from "./ApiError";
import { useApi } from "./ApiProvider";
import type { Loaded } from "./useResource";

export interface LiveOptions {
  /** The stream of changes (Server-Sent Events, `snapshot` events carrying the whole view). */
  readonly streamPath: string | null;
  /** The same view by a plain GET, read at once and polled while the stream is down. */
  readonly pollPath: string | null;
  readonly pollMs: number;
  /** Headers of the route's own (the join page's device token). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Read `pollPath` at once (default). False for a page that draws from a read of its own and
   * wants only the changes: the first data is then the stream's first snapshot, or, where the
   * stream cannot open, the first poll.
   */
  readonly readAtOnce?: boolean;
}

/** How long a failed stream waits before it is tried again; polling covers the gap. */
const STREAM_RETRY_MS = 10_000;

export type LiveState<T> = Loaded<T> & {
  /** "push" while the stream delivers, "poll" while the page falls back to reading on a timer. */
  readonly channel: "push" | "poll";
};

/**
 * A view kept current by the server: one GET to draw at once, then the changes pushed as they
 * happen. Where the stream cannot be opened or drops (a proxy that buffers, a network that cuts
 * long requests), the page polls the GET every `pollMs` and tries the stream again later.
 */
export function useLive<T>({ streamPath, pollPath, pollMs, headers, readAtOnce = true }: LiveOptions): LiveState<T> {
  const api = useApi();
  const [state, setState] = useState<{ key: string; loaded: Loaded<T>; channel: "push" | "poll" }>({
    key: `${streamPath}|${pollPath}`,
    loaded: { status: "loading" },
    channel: "poll",
  });
  const headersRef = useRef(headers);
  useEffect(() => {
    headersRef.current = headers;
  });
  const key = `${streamPath}|${pollPath}`;

  useEffect(() => {
    if (pollPath === null) return;
    const controller = new AbortController();
    let pollTimer: number | undefined;
    let retryTimer: number | undefined;
    // Whether the stream delivers now: a GET answered after a snapshot is older than it.
    let streaming = false;
    const show = (loaded: Loaded<T>, channel?: "push" | "poll") =>
      setState((current) => ({
        key,
        loaded:
          loaded.status === "error" && current.key === key && current.loaded.status === "ready"
            ? current.loaded
            : loaded,
        channel: channel ?? (current.key === key ? current.channel : "poll"),
      }));
    const poll = async () => {
      try {
        const data = await api.send<T>("GET", pollPath, undefined, controller.signal, headersRef.current);
        if (!streaming) show({ status: "ready", data });
      } catch (error) {
        if (controller.signal.aborted || streaming) return;
        show({
          status: "error",
          error: error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined),
        });
      }
    };
    const startPolling = () => {
      if (pollTimer === undefined) pollTimer = window.setInterval(() => void poll(), pollMs);
    };
    const stopPolling = () => {
      if (pollTimer !== undefined) window.clearInterval(pollTimer);
      pollTimer = undefined;
    };
    const openStream = async () => {
      if (streamPath === null || controller.signal.aborted) return startPolling();
      try {
        await api.stream(
          streamPath,
          (event) => {
            if (event.event !== "snapshot") return;
            streaming = true;
            stopPolling();
            show({ status: "ready", data: event.data as T }, "push");
          },
          controller.signal,
          headersRef.current,
        );
      } catch {
        // Refused, cut or unsupported: polling takes over below.
      }
      streaming = false;
      if (controller.signal.aborted) return;
      setState((current) => (current.key === key ? { ...current, channel: "poll" } : current));
      void poll();
      startPolling();
      retryTimer = window.setTimeout(() => void openStream(), STREAM_RETRY_MS);
    };
    if (readAtOnce) void poll();
    void openStream();
    return () => {
      controller.abort();
      stopPolling();
      if (retryTimer !== undefined) window.clearTimeout(retryTimer);
    };
  }, [api, key, streamPath, pollPath, pollMs, readAtOnce]);

  const loaded: Loaded<T> = state.key === key ? state.loaded : { status: "loading" };
  return { ...loaded, channel: state.key === key ? state.channel : "poll" };
}
