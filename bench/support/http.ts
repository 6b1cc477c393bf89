import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A silent Bot Connector stand-in: acknowledges sends and updates (the test one parses cards, too slow here). */
export function stubConnector(): Promise<{ url: string; stop: () => void }> {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ id: `activity-${++n}` }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, stop: () => server.close() }),
    ),
  );
}

/** Runs the tasks with at most `limit` in flight. */
export async function pool(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

/** Posts a Teams activity to the app's /api/messages; resolves with the round trip in ms. */
export async function post(url: string, activity: object): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(activity),
  });
  await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return performance.now() - started;
}
