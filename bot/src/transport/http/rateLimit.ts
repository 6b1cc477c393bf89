import type { Next, Request, Response } from "restify";
import { errorBody } from "./errorBody";

/**
 * Fixed-window counters in memory. Per instance: with N instances the ceiling is N times higher,
 * which is fine for what this guards against (one phone or script hammering a public page).
 */
export class WindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string): { allowed: true } | { allowed: false; retryAfterMs: number } {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 50_000) this.sweep(now);
    }
    w.count++;
    if (w.count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterMs: w.start + this.windowMs - now };
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

export interface PublicLimits {
  /** Requests per client address per minute, on all public pages together. */
  readonly perClientPerMinute: number;
  /** Requests per code (workshop, invitation or follow-up link) per minute, all clients together. */
  readonly perCodePerMinute: number;
  /** Trust the first X-Forwarded-For hop (behind Azure App Service's front end). */
  readonly trustForwardedFor: boolean;
}

// 200 participants polling a workshop every 2 s is 6,000 requests a minute on one code.
export const DEFAULT_PUBLIC_LIMITS: PublicLimits = {
  perClientPerMinute: 300,
  perCodePerMinute: 12_000,
  trustForwardedFor: false,
};

/** The API paths anyone may call without an account: join page, usager confirmation, public follow-up. */
const PUBLIC = /^\/api\/(join|confirm|follow)\/([^/]+)/;

export function publicRateLimit(limits: PublicLimits, now: () => number = Date.now) {
  const perClient = new WindowLimiter(limits.perClientPerMinute, 60_000, now);
  const perCode = new WindowLimiter(limits.perCodePerMinute, 60_000, now);
  return (req: Request, res: Response, next: Next): void => {
    const match = PUBLIC.exec(req.getPath() ?? "");
    if (!match) return next();
    const forwarded = limits.trustForwardedFor
      ? String(req.headers["x-forwarded-for"] ?? "")
          .split(",")[0]
          ?.trim()
      : undefined;
    const client = forwarded || req.socket.remoteAddress || "unknown";
    const verdicts = [perClient.hit(`client:${client}`), perCode.hit(`${match[1]}:${match[2]}`)];
    const refused = verdicts.find((v) => !v.allowed);
    if (refused && !refused.allowed) {
      res.setHeader("Retry-After", String(Math.max(1, Math.ceil(refused.retryAfterMs / 1000))));
      res.send(429, errorBody(req, "rateLimited", "error.rateLimited"));
      return next(false);
    }
    next();
  };
}
