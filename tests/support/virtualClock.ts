import type { Timing } from "../../bot/src/services/outbox/rateLimiter";

export interface VirtualClock extends Timing {
  /** Moves time forward, as if `ms` had passed. */
  advance(ms: number): void;
  /** The same time as a Clock (`() => Date`) for services that take one. */
  date(): Date;
}

/**
 * Time that passes only when told to: `sleep` moves it forward without waiting (it only yields, so
 * other work runs), `advance` jumps. A rate limiter or a back-off then waits no real time, and a test can say
 * exactly when a retry becomes due.
 */
export function virtualClock(start = Date.parse("2027-03-01T08:00:00.000Z")): VirtualClock {
  let t = start;
  return {
    now: () => t,
    date: () => new Date(t),
    advance(ms) {
      t += ms;
    },
    async sleep(ms) {
      // Time moves once the sleeper's turn comes, not at the call: what other callers do in the
      // same turn (record a send that just left) still happens at the time it left.
      const until = t + Math.max(0, ms);
      await new Promise((resolve) => setImmediate(resolve));
      t = Math.max(t, until);
    },
  };
}
