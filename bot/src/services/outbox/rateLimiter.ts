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
 * Gives a slot back: called once the sender has seen the request's answer, or its failure. The
 * slot is still held for a window after that (see RateLimiter). Calling it again does nothing.
 */
export type Release = () => void;

interface KeyState {
  /** Requests that left and whose answer (or failure) has not been seen yet. */
  inFlight: number;
  /** When the latest answers were seen (ascending), at most `keep` of them: each still holds its slot a window long. */
  readonly answered: number[];
  /** The paced schedule: when the last request was due to leave. */
  scheduled: number;
  /** How many answers can matter to a window (the largest limit). */
  readonly keep: number;
  /** After this long without a request or an answer, nothing about this key can block any more. */
  readonly forgetAfterMs: number;
}

/**
 * A request up to this late (timers firing late, the process waiting for a core on a busy host)
 * is made up for by the next ones leaving sooner; so is one up to LATE_SPACINGS spacings late,
 * for the slow paces (a conversation's). Later than that (an idle spell, a pause) the schedule
 * restarts from now instead of sending a burst. Catching up cannot break a limit: the windows
 * below are the hard bound, the schedule only smooths the rate. With a tolerance of 3 spacings
 * alone (20 ms at 100/s) a busy host's late timers lost a quarter of the rate.
 */
const LATE_TOLERANCE_MS = 150;
const LATE_SPACINGS = 3;
/**
 * The pace allows this many times the windows' average rate. The windows set the rate (a slot
 * comes back a window after each answer); the pace spreads the slots that come back together.
 * At exactly the average rate, a slot the pace delays comes back that much later the next time
 * round, for good, and a sender stalled now and then never catches up; much faster, and the
 * first window's slots leave in a burst that every later window repeats.
 */
const PACE_HEADROOM = 1.2;
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
 * The hard rule: a request holds its slot from the moment it leaves until a window after its
 * answer (or failure) is seen; a new one may leave only while fewer than `limit` slots are held.
 * That bounds what the service counts at arrival, whatever the stalls on either side: take any
 * window of the service's clock and, among the requests that arrived in it, the last to leave, x.
 * Every other one left before x, and its answer came after its arrival, so after the window's
 * start, less than a window before x left: it held its slot when x left. So the window holds at
 * most (limit - 1) + 1 arrivals. Counting from departures instead (the previous rule) assumes
 * arrivals keep the departures' spacing, which a descheduled receiver breaks: it reads them
 * bunched. The price is the latency: each slot is held a window plus one round trip, so the
 * steady rate is limit / (1 + latency / window).
 *
 * Requests are also paced evenly (one every windowMs / limit, a little faster: PACE_HEADROOM), on
 * a schedule rather than from the previous request's actual departure: timers fire late, and
 * pacing from the late time would lose that lateness on every request. The pace keeps the rate
 * smooth; the windows bound it.
 */
export class RateLimiter {
  private readonly keys = new Map<string, KeyState>();
  private pausedUntil = 0;
  private slowdown = 1;
  private reservations = 0;
  private chain: Promise<void> = Promise.resolve();
  /** Resolved (and replaced) when a slot's answer is seen, for a reservation waiting on requests in flight. */
  private answer?: { readonly seen: Promise<void>; readonly resolve: () => void };

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
   * since the service saw more than the schedule meant to send (its own limits may be tighter
   * than documented, or other requests spent the budget). The requests already on the wire when
   * the first 429 came back get 429s too: one slowdown per pause, not one per answer.
   */
  throttled(until: number): void {
    if (this.timing.now() >= this.pausedUntil) this.slowdown = Math.min(MAX_SLOWDOWN, this.slowdown * SLOWDOWN_STEP);
    this.pauseUntil(until);
  }

  /** How much slower than the configured pace the app windows currently run (1 = full pace). */
  get currentSlowdown(): number {
    return this.slowdown;
  }

  /**
   * Waits for a slot in the app windows and, when given, in the conversation's windows; then
   * takes it. The caller sends right away and calls the returned Release once the answer, or the
   * failure, is seen: until then the slot stays taken. A request the sender gave up on (a timeout)
   * may still reach the service after that, which no sender can know: the bound then holds only
   * if the failure is seen no earlier than the request could still arrive (a reset connection,
   * not a client-side timeout shorter than the network's delays).
   */
  acquire(conversationId?: string): Promise<Release> {
    const turn = this.chain.then(() => this.reserve(conversationId));
    this.chain = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async reserve(conversationId: string | undefined): Promise<Release> {
    const scopes: [string, readonly RateWindow[]][] = [["app", this.perApp]];
    if (conversationId !== undefined) scopes.push([`c:${conversationId}`, this.perConversation]);
    for (;;) {
      const now = this.timing.now();
      let wait = Math.max(0, this.pausedUntil - now);
      for (const [key, windows] of scopes) wait = Math.max(wait, this.waitFor(key, windows, now));
      if (wait <= 0) break;
      // Held only by requests in flight: nothing frees a slot before one of their answers.
      if (wait === Infinity) await this.nextAnswer();
      // At least a millisecond, as timers do anyway: a wait rounding leaves at a hair's breadth
      // could otherwise leave the clock where it is.
      else await this.timing.sleep(Math.max(1, wait));
    }
    const at = this.timing.now();
    const taken = scopes.map(([key, windows]) => this.take(key, windows, at));
    this.slowdown = Math.max(1, this.slowdown - RECOVERY_PER_REQUEST);
    if (++this.reservations % SWEEP_EVERY === 0) this.sweep(at);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const seenAt = this.timing.now();
      for (const state of taken) answered(state, seenAt);
      const answer = this.answer;
      this.answer = undefined;
      answer?.resolve();
    };
  }

  private nextAnswer(): Promise<void> {
    if (!this.answer) {
      let resolve!: () => void;
      const seen = new Promise<void>((r) => (resolve = r));
      this.answer = { seen, resolve };
    }
    return this.answer.seen;
  }

  /** How long before a request may leave for `key` (Infinity: not before an answer is seen). */
  private waitFor(key: string, windows: readonly RateWindow[], now: number): number {
    const state = this.keys.get(key);
    if (!state) return 0;
    let wait = state.scheduled + this.spacing(key, windows) - now;
    const { answered: times } = state;
    for (const w of windows) {
      const hold = w.windowMs + (w.marginMs ?? 0);
      let holding = 0;
      while (holding < times.length && now - (times[times.length - 1 - holding] as number) < hold) holding++;
      // How many held slots must be let go before one more fits.
      const over = state.inFlight + holding - w.limit + 1;
      if (over <= 0) continue;
      if (over > holding) return Infinity;
      // The answers holding slots let go oldest first; the over-th oldest frees the last one needed.
      // Written as the test above is (now - answer < hold), so rounding cannot make them disagree.
      const freeing = times[times.length - holding + over - 1] as number;
      wait = Math.max(wait, hold - (now - freeing));
    }
    return wait;
  }

  private spacing(key: string, windows: readonly RateWindow[]): number {
    return key === "app" ? spacingOf(windows) * this.slowdown : spacingOf(windows);
  }

  private take(key: string, windows: readonly RateWindow[], at: number): KeyState {
    const spacing = this.spacing(key, windows);
    let state = this.keys.get(key);
    if (!state) {
      const forgetAfterMs = Math.max(spacing * 2, ...windows.map((w) => w.windowMs + (w.marginMs ?? 0)));
      state = {
        inFlight: 0,
        answered: [],
        scheduled: at,
        keep: Math.max(1, ...windows.map((w) => w.limit)),
        forgetAfterMs,
      };
      this.keys.set(key, state);
    } else {
      const tolerance = Math.max(LATE_TOLERANCE_MS, spacing * LATE_SPACINGS);
      state.scheduled = at - state.scheduled <= spacing + tolerance ? state.scheduled + spacing : at;
    }
    state.inFlight++;
    return state;
  }

  private sweep(now: number): void {
    for (const [key, state] of this.keys) {
      // A key with a request in flight is never forgotten: its slot must outlive the answer.
      if (state.inFlight > 0) continue;
      const last = Math.max(state.scheduled, state.answered[state.answered.length - 1] ?? 0);
      if (now - last >= state.forgetAfterMs) this.keys.delete(key);
    }
  }
}

/** Records an answer seen at `at`: the slot moves from in flight to held for a window from now. */
function answered(state: KeyState, at: number): void {
  state.inFlight--;
  const times = state.answered;
  // Answers come in clock order unless the clock stepped back: keep them sorted anyway.
  let i = times.length;
  while (i > 0 && (times[i - 1] as number) > at) i--;
  times.splice(i, 0, at);
  // Only the latest `keep` answers can block a window: with that many held, the limit is reached.
  if (times.length > state.keep) times.splice(0, times.length - state.keep);
}

/** The even pace that fits every window, with the headroom to catch up after a stall. */
function spacingOf(windows: readonly RateWindow[]): number {
  return Math.max(0, ...windows.map((w) => w.windowMs / w.limit)) / PACE_HEADROOM;
}
