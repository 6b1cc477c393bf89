import { RateLimiter, type Timing } from "../../../bot/src/services/outbox/rateLimiter";
import { outboxSettingsFrom } from "../../../bot/src/config/outboxSettings";
import { backoffMs, classifyFailure } from "../../../bot/src/services/outbox/retryPolicy";
import { SendError } from "../../../bot/src/services/proactive";

/** Virtual time: sleeping advances the clock, so limits are checked exactly and instantly. */
function virtualTiming(): Timing & { sent: number[] } {
  let now = 0;
  return { sent: [], now: () => now, sleep: async (ms) => void (now += ms) };
}

function maxInWindow(times: readonly number[], windowMs: number): number {
  let max = 0;
  for (let i = 0; i < times.length; i++) {
    let n = 0;
    for (let j = i; j < times.length && (times[j] as number) < (times[i] as number) + windowMs; j++) n++;
    max = Math.max(max, n);
  }
  return max;
}

describe("outbox rate limiter", () => {
  const teamsConversation = [
    { limit: 7, windowMs: 1000 },
    { limit: 8, windowMs: 2000 },
    { limit: 60, windowMs: 30_000 },
  ];

  it("never lets one conversation exceed 7/1 s, 8/2 s and 60/30 s", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 1000, windowMs: 1000 }], teamsConversation, timing);
    const times: number[] = [];
    for (let i = 0; i < 150; i++) {
      await limiter.acquire("19:thread");
      times.push(timing.now());
    }
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(7);
    expect(maxInWindow(times, 2000)).toBeLessThanOrEqual(8);
    expect(maxInWindow(times, 30_000)).toBeLessThanOrEqual(60);
    // And it is not needlessly slow: 150 messages at 60 per 30 s, evenly paced, take about 75 s.
    expect(times[times.length - 1]).toBeLessThan(80_000);
  });

  it("spends the app budget across conversations at the configured ceiling", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 50, windowMs: 1000 }], teamsConversation, timing);
    const times: number[] = [];
    for (let i = 0; i < 500; i++) {
      await Promise.all([limiter.acquire(`a:${i}`)]);
      times.push(timing.now());
    }
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(50);
    expect(times[times.length - 1]).toBeLessThanOrEqual(10_000);
  });

  it("serialises concurrent callers so two never take the last slot", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 5, windowMs: 1000 }], teamsConversation, timing);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => limiter.acquire(`a:${i}`).then(() => times.push(timing.now()))),
    );
    expect(
      maxInWindow(
        times.sort((a, b) => a - b),
        1000,
      ),
    ).toBeLessThanOrEqual(5);
  });

  it("keeps the pace when timers fire late, without ever exceeding the window", async () => {
    // Real timers fire a millisecond or more late; pacing from the late time lost ~10% at 100/s.
    let now = 0;
    const late: Timing = { now: () => now, sleep: async (ms) => void (now += ms + 1.3) };
    const limiter = new RateLimiter([{ limit: 96, windowMs: 1000 }], teamsConversation, late);
    const times: number[] = [];
    for (let i = 0; i < 960; i++) {
      await limiter.acquire(`a:${i}`);
      times.push(now);
    }
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(96);
    const rate = (times.length - 1) / (((times[times.length - 1] as number) - (times[0] as number)) / 1000);
    expect(rate).toBeGreaterThan(95);
  });

  it("does not send a burst to make up for an idle spell", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 10, windowMs: 1000 }], teamsConversation, timing);
    await limiter.acquire("a:0");
    const idle = timing.now() + 5000;
    await timing.sleep(5000);
    const times: number[] = [];
    for (let i = 1; i <= 5; i++) {
      await limiter.acquire(`a:${i}`);
      times.push(timing.now() - idle);
    }
    expect(times).toEqual([0, 100, 200, 300, 400]);
  });

  it("widens a window by its margin", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter(
      [{ limit: 1000, windowMs: 1000 }],
      [{ limit: 2, windowMs: 1000, marginMs: 50 }],
      timing,
    );
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await limiter.acquire("19:thread");
      times.push(timing.now());
    }
    expect(times).toEqual([0, 500, 1050]);
  });

  it("slows the app pace after a 429, once per pause, and recovers as requests go out", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 100, windowMs: 1000 }], teamsConversation, timing);
    await limiter.acquire("a:0");
    // Three answers from one burst: one slowdown.
    limiter.throttled(1000);
    limiter.throttled(1000);
    limiter.throttled(1000);
    expect(limiter.currentSlowdown).toBeCloseTo(1.2);
    await limiter.acquire("a:1");
    expect(timing.now()).toBeGreaterThanOrEqual(1000);
    const start = timing.now();
    await limiter.acquire("a:2");
    expect(timing.now() - start).toBeGreaterThan(11);
    for (let i = 3; i < 200; i++) await limiter.acquire(`a:${i}`);
    expect(limiter.currentSlowdown).toBe(1);
    // A 429 after the pause is over is a new episode.
    limiter.throttled(timing.now() + 10);
    expect(limiter.currentSlowdown).toBeCloseTo(1.2);
  });

  it("holds everything until a Retry-After has passed", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 50, windowMs: 1000 }], teamsConversation, timing);
    limiter.pauseUntil(2500);
    await limiter.acquire("x");
    expect(timing.now()).toBeGreaterThanOrEqual(2500);
  });
});

describe("outbox settings", () => {
  it("widens conversation windows by the safety margin, and the app window only when the share leaves no headroom", () => {
    const shared = outboxSettingsFrom({
      OUTBOX_APP_PER_SECOND: "100",
      OUTBOX_APP_SHARE: "0.96",
      OUTBOX_SAFETY_MARGIN_MS: "25",
    });
    expect(shared.perApp).toEqual([{ limit: 96, windowMs: 1000, marginMs: 0 }]);
    expect(shared.perConversation.every((w) => w.marginMs === 25)).toBe(true);
    const whole = outboxSettingsFrom({
      OUTBOX_APP_PER_SECOND: "50",
      OUTBOX_APP_SHARE: "1",
      OUTBOX_SAFETY_MARGIN_MS: "25",
    });
    expect(whole.perApp).toEqual([{ limit: 50, windowMs: 1000, marginMs: 25 }]);
  });
});

describe("outbox retry policy", () => {
  const options = { maxAttempts: 3, backoffBaseMs: 1000, backoffMaxMs: 10_000 };

  it("honours Retry-After on 429 without spending an attempt", () => {
    expect(classifyFailure(new SendError("throttled", 429, 2500), 1, options)).toMatchObject({
      kind: "retry",
      afterMs: 2500,
      counts: false,
      pauseAll: true,
    });
  });

  it("backs off exponentially with jitter on transient errors, then dead-letters with the reason", () => {
    expect(backoffMs(1, options, () => 0)).toBe(500);
    expect(backoffMs(3, options, () => 1)).toBe(4000);
    expect(backoffMs(10, options, () => 1)).toBe(10_000);
    expect(classifyFailure(new SendError("transient", 502), 1, options, () => 0.5)).toMatchObject({
      kind: "retry",
      counts: true,
      afterMs: 750,
    });
    expect(classifyFailure(new SendError("transient", 504), 3, options)).toEqual({
      kind: "deadLetter",
      reason: "transient 504 after 3 attempts",
    });
  });

  it("reports unreachable members instead of retrying them", () => {
    expect(classifyFailure(new SendError("unreachable", 403), 1, options)).toEqual({
      kind: "unreachable",
      reason: "unreachable 403",
    });
    expect(classifyFailure(new SendError("final", 400), 1, options)).toEqual({
      kind: "deadLetter",
      reason: "final 400",
    });
  });
});
