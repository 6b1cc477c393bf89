import type { Request, Response } from "restify";

/** How long a silent stream waits before a comment line keeps proxies from closing it. */
const HEARTBEAT_MS = 15_000;
/** What the browser waits before reconnecting on its own after a dropped stream. */
const RETRY_MS = 2_000;

export interface EventStream {
  /** Sends one event; `data` is JSON. Returns false once the client has gone. */
  send(event: string, data: unknown): boolean;
  /** Sends one event whose data is already JSON text (one serialisation for every client). */
  sendJson(event: string, json: string): boolean;
  /** Called once when the client goes (or the server closes the stream). */
  onClose(run: () => void): void;
  close(): void;
}

/**
 * Turns a response into a Server-Sent Events stream (what EventSource reads): no caching, no
 * buffering by proxies (App Service's front end and nginx honour X-Accel-Buffering), a heartbeat
 * so idle streams survive load balancers, and the close of the request releasing what was held.
 */
export function openEventStream(req: Request, res: Response): EventStream {
  const closers: (() => void)[] = [];
  let open = true;
  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "keep-alive",
    "X-Accel-Buffering": "no",
  });
  res.write(`retry: ${RETRY_MS}\n\n`);
  const heartbeat = setInterval(() => open && res.write(": keep-alive\n\n"), HEARTBEAT_MS);
  const end = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    for (const run of closers.splice(0)) run();
  };
  req.on("close", end);
  res.on("close", end);
  let id = 0;
  const sendJson = (event: string, json: string): boolean => {
    if (!open) return false;
    res.write(`id: ${++id}\nevent: ${event}\ndata: ${json}\n\n`);
    return true;
  };
  return {
    send: (event, data) => sendJson(event, JSON.stringify(data)),
    sendJson,
    onClose(run) {
      if (open) closers.push(run);
      else run();
    },
    close() {
      end();
      res.end();
    },
  };
}
