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

interface KeyState {
  /** When the requests still able to block a window actually left (oldest first). */
  readonly left: number[];
  /** The paced schedule: when the last request was due to leave. */
  scheduled: number;
  /** After this long without a request, nothing about this key can block any more. */
  readonly forgetAfterMs: number;
}

/**
 * A request up to this late (in spacings: timers firing late, a short stall) is made up for by
 * the next ones leaving sooner. Later than that (an idle spell, a pause) the schedule restarts
 * from now instead of sending a burst. Catching up is safe because slots are taken as requests
 * leave (SendOptions.beforeRequest), where the sliding windows bound what actually goes out.
 */
const LATE_TOLERANCE = 3;
/** Keys (one per conversation) are swept after this many reservations. */
const SWEEP_EVERY = 1000;
/** After a 429 the app pace slows by this factor (up to MAX_SLOWDOWN), and recovers a little with every request sent. */
const SLOWDOWN_STEP = 1.2;
const MAX_SLOWDOWN = 2;
const RECOVERY_PER_REQUEST = 0.002;

/**
 * Sliding-window limiter over several windows at once (per app, and per conversation), plus a
 * global pause used to honour Retry-After. Reservations are serialised so concurrent senders
 * never both take the last slot of a window.
 *
 * Two rules, for two reasons. Requests are paced evenly (one every windowMs / limit) because a
 * burst leaving together can arrive bunched up with the next one. The pace follows a schedule,
 * not the previous request's actual departure: timers fire late, and pacing from the late time
 * would lose that lateness on every request (about 10% at 100 requests per second). The hard
 * limit is the sliding window over actual departures, widened by the window's margin.
 */
export class RateLimiter {
  private readonly keys = new Map<string, KeyState>();
  private pausedUntil = 0;
  private slowdown = 1;
  private reservations = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly perApp: readonly RateWindow[],
    private readonly perConversation: readonly RateWindow[],
    private readonly timing: Timing = realTiming,
  ) {}

  /** Nothing goes out before `until` (epoch ms): a 429 said so. */
  pauseUntil(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  /**
   * A 429 came back: pause until its Retry-After, and pace the app a little slower for a while,
   * since the service saw more than the schedule meant to send (arrivals bunch up on a busy
   * network or host). The requests already on the wire when the first 429 came back get 429s too:
   * one slowdown per pause, not one per answer.
   */
  throttled(until: number): void {
    if (this.timing.now() >= this.pausedUntil) this.slowdown = Math.min(MAX_SLOWDOWN, this.slowdown * SLOWDOWN_STEP);
    this.pauseUntil(until);
  }

  /** How much slower than the configured pace the app windows currently run (1 = full pace). */
  get currentSlowdown(): number {
    return this.slowdown;
  }

  /** Waits for a slot in the app windows and, when given, in the conversation's windows; then takes it. */
  acquire(conversationId?: string): Promise<void> {
    const turn = this.chain.then(() => this.reserve(conversationId));
    this.chain = turn.catch(() => undefined);
    return turn;
  }

  private async reserve(conversationId: string | undefined): Promise<void> {
    const scopes: [string, readonly RateWindow[]][] = [["app", this.perApp]];
    if (conversationId !== undefined) scopes.push([`c:${conversationId}`, this.perConversation]);
    for (;;) {
      const now = this.timing.now();
      let wait = Math.max(0, this.pausedUntil - now);
      for (const [key, windows] of scopes) wait = Math.max(wait, this.waitFor(key, windows, now));
      if (wait <= 0) break;
      await this.timing.sleep(wait);
    }
    const at = this.timing.now();
    for (const [key, windows] of scopes) this.record(key, windows, at);
    this.slowdown = Math.max(1, this.slowdown - RECOVERY_PER_REQUEST);
    if (++this.reservations % SWEEP_EVERY === 0) this.sweep(at);
  }

  private waitFor(key: string, windows: readonly RateWindow[], now: number): number {
    const state = this.keys.get(key);
    if (!state) return 0;
    let wait = state.scheduled + this.spacing(key, windows) - now;
    for (const w of windows) {
      // The request that must leave the window before a new one fits.
      const blocking = state.left.length >= w.limit ? state.left[state.left.length - w.limit] : undefined;
      const span = w.windowMs + (w.marginMs ?? 0);
      if (blocking !== undefined && now - blocking < span) wait = Math.max(wait, blocking + span - now);
    }
    return wait;
  }

  private spacing(key: string, windows: readonly RateWindow[]): number {
    return key === "app" ? spacingOf(windows) * this.slowdown : spacingOf(windows);
  }

  private record(key: string, windows: readonly RateWindow[], at: number): void {
    const spacing = this.spacing(key, windows);
    const state = this.keys.get(key);
    if (!state) {
      const forgetAfterMs = Math.max(spacing * 2, ...windows.map((w) => w.windowMs + (w.marginMs ?? 0)));
      this.keys.set(key, { left: [at], scheduled: at, forgetAfterMs });
      return;
    }
    state.scheduled = at - state.scheduled <= spacing * (1 + LATE_TOLERANCE) ? state.scheduled + spacing : at;
    state.left.push(at);
    const keep = Math.max(0, ...windows.map((w) => w.limit));
    if (state.left.length > keep) state.left.splice(0, state.left.length - keep);
  }

  private sweep(now: number): void {
    for (const [key, state] of this.keys) {
      const last = state.left[state.left.length - 1] ?? 0;
      if (now - last >= state.forgetAfterMs) this.keys.delete(key);
    }
  }
}

/** The even pace that fits every window. */
function spacingOf(windows: readonly RateWindow[]): number {
  return Math.max(0, ...windows.map((w) => w.windowMs / w.limit));
}
