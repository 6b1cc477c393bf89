/**
 * A client of a live stream (text/event-stream) read with Node's fetch, as a phone's EventSource
 * would: every `event: snapshot` block is parsed and handed on with the time it was read.
 */
export interface SnapshotStream {
  /** Resolves when the first snapshot (sent on connection) has come. */
  readonly first: Promise<void>;
  close(): void;
}

export async function openSnapshotStream<T>(
  url: string,
  onSnapshot: (snapshot: T, receivedAt: number) => void,
): Promise<SnapshotStream> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { Accept: "text/event-stream" }, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`live stream answered ${res.status}`);
  let arrived: () => void = () => undefined;
  const first = new Promise<void>((resolve) => (arrived = resolve));
  const body = res.body;
  void (async () => {
    const decoder = new TextDecoder();
    let pending = "";
    try {
      for await (const chunk of body) {
        const receivedAt = performance.now();
        pending += decoder.decode(chunk, { stream: true });
        // Events end with a blank line; a chunk may hold several, or part of one.
        const blocks = pending.split("\n\n");
        pending = blocks.pop() ?? "";
        for (const block of blocks) {
          const fields = block.split("\n");
          if (!fields.includes("event: snapshot")) continue;
          const data = fields.find((f) => f.startsWith("data: "));
          if (data === undefined) continue;
          onSnapshot(JSON.parse(data.slice("data: ".length)) as T, receivedAt);
          arrived();
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) console.error("live stream failed:", error);
    }
  })();
  return { first, close: () => controller.abort() };
}
