import type { RateWindow } from "../../config/outboxSettings";

/** Timer functions, injectable so tests can drive time. */
export interface Timing {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTiming: Timing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * Sliding-window limiter over several windows at once (per app, and per conversation), with
 * requests paced evenly inside each window, plus a global pause used to honour Retry-After. Reservations are serialised so concurrent senders
 * never both take the last slot of a window.
 */
export class RateLimiter {
  private readonly history = new Map<string, number[]>();
  private pausedUntil = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly perApp: readonly RateWindow[],
    private readonly perConversation: readonly RateWindow[],
    private readonly marginMs: number,
    private readonly timing: Timing = realTiming,
  ) {}

  /** Nothing goes out before `until` (epoch ms): a 429 said so. */
  pauseUntil(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  /** Waits for a slot in the app windows and, when given, in the conversation's windows; then takes it. */
  acquire(conversationId?: string): Promise<void> {
    const turn = this.chain.then(() => this.reserve(conversationId));
    this.chain = turn.catch(() => undefined);
    return turn;
  }

  private async reserve(conversationId: string | undefined): Promise<void> {
    for (;;) {
      const now = this.timing.now();
      let wait = Math.max(0, this.pausedUntil - now);
      wait = Math.max(wait, this.waitFor("app", this.perApp, now));
      if (conversationId !== undefined) wait = Math.max(wait, this.waitFor(`c:${conversationId}`, this.perConversation, now));
      if (wait <= 0) break;
      await this.timing.sleep(wait);
    }
    const at = this.timing.now();
    this.record("app", this.perApp, at);
    if (conversationId !== undefined) this.record(`c:${conversationId}`, this.perConversation, at);
  }

  private waitFor(key: string, windows: readonly RateWindow[], now: number): number {
    const times = this.history.get(key);
    if (!times) return 0;
    let wait = 0;
    const last = times[times.length - 1];
    for (const w of windows) {
      // Even pacing inside the window: a burst leaving together can arrive bunched up with the
      // next one (send delays vary), while evenly spaced requests only shift a little.
      if (last !== undefined) wait = Math.max(wait, last + w.windowMs / w.limit - now);
      const span = w.windowMs + this.marginMs;
      // The request that must leave the window before a new one fits.
      const blocking = times.length >= w.limit ? times[times.length - w.limit] : undefined;
      if (blocking !== undefined && now - blocking < span) wait = Math.max(wait, blocking + span - now);
    }
    return wait;
  }

  private record(key: string, windows: readonly RateWindow[], at: number): void {
    const longest = Math.max(0, ...windows.map((w) => w.windowMs + this.marginMs));
    const keep = Math.max(0, ...windows.map((w) => w.limit));
    let times = this.history.get(key);
    if (!times) {
      times = [];
      this.history.set(key, times);
    }
    times.push(at);
    // Only the last `limit` times within the longest window can ever block.
    while (times.length > keep || (times.length > 0 && at - (times[0] as number) >= longest)) times.shift();
    if (times.length === 0) this.history.delete(key);
  }
}
