import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mulberry32 } from "../../bot/src/domain/prng";

/**
 * What goes wrong with a request:
 * - `503`: answered « server busy » at once, never forwarded;
 * - `delay`: forwarded at once, its answer held 3–10 s (the write happened; the caller may have
 *   given up by then, and then never hears of it);
 * - `resetBefore`: the connection is cut before the request is forwarded;
 * - `resetAfter`: forwarded, then the connection is cut instead of answering (the write happened).
 */
export type FaultKind = "503" | "delay" | "resetBefore" | "resetAfter";

export const FAULT_KINDS: readonly FaultKind[] = ["503", "delay", "resetBefore", "resetAfter"];

export interface FaultOptions {
  /** Share of requests that get a fault: 0 (none) to 0.5 at most. */
  readonly rate?: number;
  /** Which faults to draw from, evenly. All by default. */
  readonly kinds?: readonly FaultKind[];
  /** Range of a `delay`, in ms; at most 10 s. */
  readonly delayMs?: readonly [number, number];
  /** At most this many faults in all, then every request passes (unbounded by default). */
  readonly maxFaults?: number;
  /** Same seed, same sequence of draws. */
  readonly seed?: number;
}

export interface OutageRule {
  /** Which requests it affects (all by default). */
  readonly match?: (entry: ProxiedRequest) => boolean;
  /** Starts once storage has answered a request matching this. */
  readonly after?: (entry: ProxiedRequest) => boolean;
  /** Affects this many requests, then ends by itself. */
  readonly count?: number;
}

export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  /** The storage's status, once it answered (whether or not the caller got it). */
  status?: number;
  fault?: FaultKind;
  held?: boolean;
}

const MAX_RATE = 0.5;
const MAX_DELAY_MS = 10_000;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * A storage proxy for tests and benches, on 127.0.0.1 in front of Azurite (loopback only, both
 * sides): it forwards Tables requests and spoils a share of them, drawn from a seeded generator.
 * `outage` spoils every request for a while, from a chosen moment if need be: e.g. freezes storage
 * just after a claim was written, so a test can kill the server there.
 */
export class FaultyStorageProxy {
  readonly requests: ProxiedRequest[] = [];
  readonly faults: Record<FaultKind, number> = { "503": 0, delay: 0, resetBefore: 0, resetAfter: 0 };
  private server?: Server;
  private readonly target: URL;
  private options: Required<Omit<FaultOptions, "maxFaults">> & { maxFaults: number };
  private random: () => number;
  private rule?: {
    readonly mode: FaultKind | "hold";
    readonly match: (entry: ProxiedRequest) => boolean;
    readonly after: ((entry: ProxiedRequest) => boolean) | undefined;
    left: number;
    armed: boolean;
    readonly onHit: () => void;
  };
  private readonly heldSockets = new Set<IncomingMessage>();
  private readonly timers = new Set<NodeJS.Timeout>();

  /** `tableEndpoint`: Azurite's, e.g. http://127.0.0.1:10002/devstoreaccount1 (only host and port are used). */
  constructor(tableEndpoint: string, options: FaultOptions = {}) {
    this.target = new URL(tableEndpoint);
    if (!LOOPBACK.has(this.target.hostname))
      throw new Error(`FaultyStorageProxy only fronts a loopback storage, not ${this.target.hostname}`);
    this.options = checked(options);
    this.random = mulberry32(this.options.seed);
  }

  /** Proxies the table endpoint of an Azurite connection string. */
  static forConnectionString(connectionString: string, options: FaultOptions = {}): FaultyStorageProxy {
    return new FaultyStorageProxy(tableEndpointOf(connectionString), options);
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error("proxy not started");
    return `http://127.0.0.1:${address.port}`;
  }

  /** The same connection string, with its table endpoint through this proxy. */
  connectionString(connectionString: string): string {
    const endpoint = new URL(tableEndpointOf(connectionString));
    return connectionString.replace(/TableEndpoint=[^;]+/, `TableEndpoint=${this.url}${endpoint.pathname}`);
  }

  /** Changes the fault rate (or other options) from the next request on. */
  configure(options: FaultOptions): void {
    this.options = checked({ ...this.options, ...options });
    if (options.seed !== undefined) this.random = mulberry32(options.seed);
  }

  get faultCount(): number {
    return Object.values(this.faults).reduce((a, b) => a + b, 0);
  }

  /**
   * From now on, every request matching `match` (all by default) gets `mode`: a fault, or "hold"
   * (never forwarded, never answered). With `after`, only once storage has answered a request
   * matching it (e.g. just after a claim was written); with `count`, for that many requests only.
   * Lasts until `restore()`. Resolves when the first request is affected.
   */
  outage(mode: FaultKind | "hold", rule: OutageRule = {}): Promise<void> {
    return new Promise((resolve) => {
      this.rule = {
        mode,
        match: rule.match ?? (() => true),
        after: rule.after,
        left: rule.count ?? Number.POSITIVE_INFINITY,
        armed: rule.after === undefined,
        onHit: resolve,
      };
    });
  }

  /** Ends the outage; the connections held so far are cut (their callers are usually gone). */
  restore(): void {
    this.rule = undefined;
    for (const req of this.heldSockets) req.socket.destroy();
    this.heldSockets.clear();
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    // Keep-alive sockets would outlive a killed client otherwise.
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    this.restore();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private draw(entry: ProxiedRequest): FaultKind | "hold" | undefined {
    const rule = this.rule;
    if (rule?.armed && rule.left > 0 && rule.match(entry)) {
      rule.left--;
      rule.onHit();
      return rule.mode;
    }
    const { rate, kinds, maxFaults } = this.options;
    if (rate <= 0 || kinds.length === 0 || this.faultCount >= maxFaults) return undefined;
    if (this.random() >= rate) return undefined;
    return kinds[Math.floor(this.random() * kinds.length)] ?? kinds[0];
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const entry: ProxiedRequest = { method: req.method ?? "GET", path: (req.url ?? "/").split("?")[0] ?? "/" };
    this.requests.push(entry);
    const fault = this.draw(entry);
    if (fault === "hold") {
      entry.held = true;
      this.heldSockets.add(req);
      req.resume();
      req.once("close", () => this.heldSockets.delete(req));
      return;
    }
    if (fault) {
      entry.fault = fault;
      this.faults[fault]++;
    }
    if (fault === "503") {
      req.resume();
      const body = JSON.stringify({
        "odata.error": { code: "ServerBusy", message: { lang: "en-US", value: "The server is busy (injected)." } },
      });
      res.writeHead(503, {
        "Content-Type": "application/json;odata=minimalmetadata",
        "Content-Length": Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    if (fault === "resetBefore") {
      req.socket.destroy();
      return;
    }

    const headers = { ...req.headers, host: this.target.host };
    const upstream = request(
      { host: this.target.hostname, port: this.target.port, method: req.method, path: req.url, headers },
      (up) => {
        entry.status = up.statusCode;
        if (this.rule && !this.rule.armed && this.rule.after?.(entry)) this.rule.armed = true;
        if (fault === "resetAfter") {
          up.resume();
          req.socket.destroy();
          return;
        }
        const deliver = () => {
          if (res.destroyed || req.socket.destroyed) return void up.resume();
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        };
        if (fault !== "delay") return deliver();
        const [min, max] = this.options.delayMs;
        up.pause();
        const timer = setTimeout(
          () => {
            this.timers.delete(timer);
            deliver();
          },
          min + this.random() * (max - min),
        );
        this.timers.add(timer);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  }
}

function checked(options: FaultOptions): Required<Omit<FaultOptions, "maxFaults">> & { maxFaults: number } {
  const rate = options.rate ?? 0;
  if (!(rate >= 0 && rate <= MAX_RATE))
    throw new RangeError(`fault rate must be between 0 and ${MAX_RATE}, not ${rate}`);
  const delayMs = options.delayMs ?? [3000, 10_000];
  if (!(delayMs[0] >= 0 && delayMs[0] <= delayMs[1] && delayMs[1] <= MAX_DELAY_MS))
    throw new RangeError(`delays must lie within 0–${MAX_DELAY_MS} ms`);
  return {
    rate,
    kinds: options.kinds ?? FAULT_KINDS,
    delayMs,
    seed: options.seed ?? 1,
    maxFaults: options.maxFaults ?? Number.POSITIVE_INFINITY,
  };
}

function tableEndpointOf(connectionString: string): string {
  const match = /TableEndpoint=([^;]+)/.exec(connectionString);
  if (!match?.[1]) throw new Error("the connection string names no TableEndpoint");
  return match[1];
}
