import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Limit {
  readonly limit: number;
  readonly windowMs: number;
}

export interface ThrottlingOptions {
  /** Teams: 7 per second, 8 per 2 s, 60 per 30 s per conversation. */
  readonly perConversation?: readonly Limit[];
  /** Teams: 50 requests per second per app (configurable to keep tests short). */
  readonly perApp?: readonly Limit[];
  /** Retry-After given on a 429, in ms (sent as seconds, possibly fractional). */
  readonly retryAfterMs?: number;
  /** Also answers 429 to every n-th request that is within limits, as Teams does under load, to prove Retry-After is honoured. */
  readonly injectThrottleEvery?: number;
}

export interface Violation {
  readonly at: number;
  readonly kind: "limitExceeded" | "retryAfterIgnored";
  readonly scope: string;
  readonly detail: string;
}

/**
 * A Bot Connector that enforces Teams' rate limits in front of the recording LocalConnector:
 * requests over a limit get 429 with Retry-After and are counted as violations; a request that
 * comes back before its Retry-After expired is a violation too. Accepted requests are forwarded.
 */
/** What is wrapped: the recording LocalConnector in tests, a lighter counter in benchmarks. */
export interface WrappedConnector {
  readonly url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Answers in process instead of over HTTP: a benchmark's judge should not spend its time forwarding. */
  respond?(method: string, path: string, body: Buffer): { status: number; body: unknown };
}

export class ThrottlingConnector<C extends WrappedConnector> {
  readonly violations: Violation[] = [];
  /** Every 429 answered, with when its Retry-After ends. */
  readonly throttled: { at: number; until: number; scope: string; injected: boolean }[] = [];
  accepted = 0;
  private server?: Server;
  private readonly history = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();
  private sends = 0;
  private readonly perConversation: readonly Limit[];
  private readonly perApp: readonly Limit[];
  private readonly retryAfterMs: number;

  constructor(
    readonly inner: C,
    private readonly options: ThrottlingOptions = {},
  ) {
    this.perConversation = options.perConversation ?? [
      { limit: 7, windowMs: 1000 },
      { limit: 8, windowMs: 2000 },
      { limit: 60, windowMs: 30_000 },
    ];
    this.perApp = options.perApp ?? [{ limit: 50, windowMs: 1000 }];
    this.retryAfterMs = options.retryAfterMs ?? 1000;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error("throttling connector not started");
    return `http://127.0.0.1:${address.port}/`;
  }

  async start(): Promise<void> {
    await this.inner.start();
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await this.inner.stop();
  }

  private conversationOf(path: string): string | undefined {
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    return parts[0] === "v3" && parts[1] === "conversations" && parts[3] === "activities" ? parts[2] : undefined;
  }

  /** True when `windows` allow one more request for `scope` at `now`. */
  private fits(scope: string, windows: readonly Limit[], now: number): string | undefined {
    const times = this.history.get(scope) ?? [];
    for (const w of windows) {
      const inWindow = times.filter((t) => t > now - w.windowMs).length;
      if (inWindow >= w.limit) return `${inWindow} in ${w.windowMs} ms (limit ${w.limit})`;
    }
    return undefined;
  }

  private remember(scope: string, now: number, windows: readonly Limit[]): void {
    const longest = Math.max(...windows.map((w) => w.windowMs));
    const times = (this.history.get(scope) ?? []).filter((t) => t > now - longest);
    times.push(now);
    this.history.set(scope, times);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const now = Date.now();
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const conversation = this.conversationOf(path);
    const scopes: [string, readonly Limit[]][] = [["app", this.perApp]];
    if (conversation) scopes.push([`conversation:${conversation}`, this.perConversation]);

    for (const [scope] of scopes) {
      const until = this.blockedUntil.get(scope) ?? 0;
      if (now < until) {
        this.violations.push({ at: now, kind: "retryAfterIgnored", scope, detail: `${until - now} ms early` });
        return this.tooMany(req, res, scope, now, false);
      }
    }
    for (const [scope, windows] of scopes) {
      const over = this.fits(scope, windows, now);
      if (over) {
        this.violations.push({ at: now, kind: "limitExceeded", scope, detail: over });
        return this.tooMany(req, res, scope, now, false);
      }
    }
    const every = this.options.injectThrottleEvery;
    // Injected on message sends only, per conversation (Teams throttles per bot and thread): an
    // app-wide 429 could not be honoured by requests already on the wire, whoever the client.
    // Counted over sends alone, so how they interleave with other requests cannot skip them all.
    if (conversation && every && ++this.sends % every === 0)
      return this.tooMany(req, res, `conversation:${conversation}`, now, true);

    for (const [scope, windows] of scopes) this.remember(scope, now, windows);
    this.accepted++;
    await this.forward(req, res);
  }

  private tooMany(req: IncomingMessage, res: ServerResponse, scope: string, now: number, injected: boolean): void {
    const until = now + this.retryAfterMs;
    this.blockedUntil.set(scope, Math.max(this.blockedUntil.get(scope) ?? 0, until));
    this.throttled.push({ at: now, until, scope, injected });
    req.resume();
    const body = JSON.stringify({ error: { code: "TooManyRequests", message: "throttled" } });
    res.writeHead(429, {
      "Content-Type": "application/json",
      "Retry-After": String(this.retryAfterMs / 1000),
      "Content-Length": Buffer.byteLength(body),
    });
    res.end(body);
  }

  private async forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (this.inner.respond) {
      const answer = this.inner.respond(req.method ?? "GET", req.url ?? "/", Buffer.concat(chunks));
      const text = JSON.stringify(answer.body);
      res.writeHead(answer.status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    const target = new URL(req.url ?? "/", this.inner.url);
    const answer = await fetch(target, {
      method: req.method ?? "GET",
      headers: { "Content-Type": "application/json" },
      ...(chunks.length > 0 && req.method !== "GET" ? { body: Buffer.concat(chunks) } : {}),
    });
    const text = await answer.text();
    res.writeHead(answer.status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
    res.end(text);
  }
}
