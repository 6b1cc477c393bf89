import { z } from "zod";

/** A sliding window: at most `limit` requests in any `windowMs`. */
export interface RateWindow {
  readonly limit: number;
  readonly windowMs: number;
  /**
   * Added to how long an answered request keeps its slot. The limiter's bound is exact without it
   * (see RateLimiter); it is for a service whose window turns out longer than documented.
   */
  readonly marginMs?: number;
}

export interface OutboxSettings {
  /** Teams: 7 per second, 8 per 2 s, 60 per 30 s per bot and conversation. */
  readonly perConversation: readonly RateWindow[];
  /** Teams: about 50 requests per second per app and tenant, less the share left to interactive replies. */
  readonly perApp: readonly RateWindow[];
  readonly maxAttempts: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** How long a lease lasts without renewal; another instance takes over after that. */
  readonly leaseMs: number;
  readonly pollMs: number;
  readonly concurrency: number;
  /** Progress cards are refreshed at most this often per job. */
  readonly progressEveryMs: number;
}

const int = (min: number) => z.coerce.number().int().min(min);

const schema = z.object({
  OUTBOX_APP_PER_SECOND: int(1).default(50),
  OUTBOX_APP_SHARE: z.coerce.number().min(0.1).max(1).default(0.98),
  OUTBOX_CONVERSATION_PER_SECOND: int(1).default(7),
  OUTBOX_CONVERSATION_PER_2S: int(1).default(8),
  OUTBOX_CONVERSATION_PER_30S: int(1).default(60),
  OUTBOX_SAFETY_MARGIN_MS: int(0).default(0),
  OUTBOX_MAX_ATTEMPTS: int(1).default(6),
  OUTBOX_BACKOFF_BASE_MS: int(1).default(1000),
  OUTBOX_BACKOFF_MAX_MS: int(1).default(60_000),
  OUTBOX_LEASE_MS: int(200).default(30_000),
  OUTBOX_POLL_MS: int(10).default(2000),
  OUTBOX_CONCURRENCY: int(1).default(16),
  OUTBOX_PROGRESS_EVERY_MS: int(100).default(3000),
});

/** Outbox limits and timings, read with the rest of the configuration (config.ts) at start-up. */
export function outboxSettingsFrom(env: Record<string, string | undefined>): OutboxSettings {
  const e = schema.parse(env);
  const margin = e.OUTBOX_SAFETY_MARGIN_MS;
  // The bot's replies in conversations spend the same per-app budget: the outbox leaves them a
  // share (1 request per second of Teams' 50). The share no longer has to absorb arrivals bunching
  // up at the service (a busy host, a stalled network): the limiter holds each slot until a window
  // after the answer, which bounds what the service counts at arrival exactly. No margin is needed
  // either, for the same reason; each margin would hold every slot that much longer.
  const appLimit = Math.max(1, Math.floor(e.OUTBOX_APP_PER_SECOND * e.OUTBOX_APP_SHARE));
  return {
    perConversation: [
      { limit: e.OUTBOX_CONVERSATION_PER_SECOND, windowMs: 1000, marginMs: margin },
      { limit: e.OUTBOX_CONVERSATION_PER_2S, windowMs: 2000, marginMs: margin },
      { limit: e.OUTBOX_CONVERSATION_PER_30S, windowMs: 30_000, marginMs: margin },
    ],
    perApp: [{ limit: appLimit, windowMs: 1000, marginMs: margin }],
    maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
    backoffBaseMs: e.OUTBOX_BACKOFF_BASE_MS,
    backoffMaxMs: e.OUTBOX_BACKOFF_MAX_MS,
    leaseMs: e.OUTBOX_LEASE_MS,
    pollMs: e.OUTBOX_POLL_MS,
    concurrency: e.OUTBOX_CONCURRENCY,
    progressEveryMs: e.OUTBOX_PROGRESS_EVERY_MS,
  };
}
