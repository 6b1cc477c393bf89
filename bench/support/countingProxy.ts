import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What one Table service request is: a point read, a write (batches included), a query, or table set-up. */
export type Kind = "read" | "write" | "query" | "other";
export type Counts = Record<Kind, number>;
export const zero = (): Counts => ({ read: 0, write: 0, query: 0, other: 0 });

export function kindOf(method: string, url: string): Kind {
  const path = decodeURIComponent(url.split("?")[0] ?? "");
  if (/\/Tables(\(|$)/.test(path)) return "other";
  if (method === "GET" || method === "HEAD") return /\(PartitionKey='.*',RowKey='.*'\)$/.test(path) ? "read" : "query";
  return "write";
}

export interface CountingProxy {
  readonly server: Server;
  readonly port: number;
  /** The counts so far (a copy): subtract two of them for a window. */
  count(): Counts;
  /** With BENCH_TABLES set: requests by kind, method and table, for finding where trips come from. */
  readonly byTable: ReadonlyMap<string, number>;
}

/** Forwards every request to Azurite (on `target`) and counts them by kind. */
export function countingProxy(target: number): Promise<CountingProxy> {
  const counts = zero();
  const byTable = new Map<string, number>();
  const server = createServer((req, res) => {
    counts[kindOf(req.method ?? "GET", req.url ?? "/")]++;
    if (process.env["BENCH_TABLES"]) {
      const key = `${kindOf(req.method ?? "GET", req.url ?? "/")} ${req.method} ${
        decodeURIComponent(req.url ?? "")
          .split("?")[0]!
          .split("/")[2]!
          .split("(")[0]
      }`;
      byTable.set(key, (byTable.get(key) ?? 0) + 1);
    }
    const upstream = httpRequest(
      { host: "127.0.0.1", port: target, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, port: (server.address() as AddressInfo).port, count: () => ({ ...counts }), byTable }),
    ),
  );
}

/** What happened between two counts. */
export function difference(before: Counts, after: Counts): Counts {
  return {
    read: after.read - before.read,
    write: after.write - before.write,
    query: after.query - before.query,
    other: after.other - before.other,
  };
}
