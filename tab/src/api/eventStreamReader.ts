export interface StreamEvent {
  readonly event: string;
  readonly data: unknown;
}

/**
 * Reads a text/event-stream body to its end: events are blocks of `field: value` lines separated
 * by a blank line; `event` names it ("message" by default), `data` lines are joined and parsed as
 * JSON; comment lines (": keep-alive") and other fields are skipped. A data block that is not JSON
 * is skipped too: a page keeps what it shows rather than break on a proxy's garbage.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: StreamEvent) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = parseBlock(block);
      if (event) onEvent(event);
    }
  }
}

function parseBlock(block: string): StreamEvent | undefined {
  let name = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line === "" || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") name = value;
    else if (field === "data") data.push(value);
  }
  if (data.length === 0) return undefined;
  try {
    return { event: name, data: JSON.parse(data.join("\n")) as unknown };
  } catch {
    return undefined;
  }
}
