import { readEventStream, type StreamEvent } from "../../../tab/src/api/eventStreamReader";

function streamOf(chunks: readonly string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function read(chunks: readonly string[]): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  await readEventStream(streamOf(chunks), (e) => events.push(e));
  return events;
}

describe("readEventStream", () => {
  it("parses named events with JSON data, skipping retry hints and keep-alive comments", async () => {
    const events = await read([
      "retry: 2000\n\n",
      'id: 1\nevent: snapshot\ndata: {"revision":3}\n\n',
      ": keep-alive\n\n",
      'data: {"plain":true}\n\n',
    ]);
    expect(events).toEqual([
      { event: "snapshot", data: { revision: 3 } },
      { event: "message", data: { plain: true } },
    ]);
  });

  it("joins an event cut across chunks, in the middle of a line or of a UTF-8 character", async () => {
    const text = 'event: snapshot\ndata: {"name":"Réunion"}\n\n';
    const bytes = new TextEncoder().encode(text);
    const cut = text.indexOf("é") + 1; // inside the two bytes of « é »
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 5));
        controller.enqueue(bytes.slice(5, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const events: StreamEvent[] = [];
    await readEventStream(stream, (e) => events.push(e));
    expect(events).toEqual([{ event: "snapshot", data: { name: "Réunion" } }]);
  });

  it("skips a block whose data is not JSON rather than failing the page", async () => {
    expect(await read(["event: snapshot\ndata: <html>\n\n", 'event: snapshot\ndata: {"ok":1}\r\n\r\n'])).toEqual([
      { event: "snapshot", data: { ok: 1 } },
    ]);
  });
});
