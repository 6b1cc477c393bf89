import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A load balancer in miniature on 127.0.0.1: each request goes to the next backend in turn, so
 * consecutive calls of one conversation land on different instances.
 */
export class RoundRobinProxy {
  private server?: Server;
  private next = 0;
  readonly hits: number[];

  constructor(private readonly backends: string[]) {
    this.hits = backends.map(() => 0);
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** Takes a backend out (e.g. after killing it), as a health probe would. */
  remove(backendUrl: string): void {
    const i = this.backends.indexOf(backendUrl);
    if (i >= 0) this.backends.splice(i, 1);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const index = this.next++ % this.backends.length;
      const target = new URL(req.url ?? "/", this.backends[index]);
      this.hits[index] = (this.hits[index] ?? 0) + 1;
      const upstream = request(target, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on("error", () => {
        res.writeHead(502);
        res.end();
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
