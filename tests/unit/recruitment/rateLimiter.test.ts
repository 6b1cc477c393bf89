import { RateLimiter, type Timing } from "../../../bot/src/services/outbox/rateLimiter";
import { outboxSettingsFrom, type RateWindow } from "../../../bot/src/config/outboxSettings";
import { mulberry32 } from "../../../bot/src/domain/prng";
import { backoffMs, classifyFailure } from "../../../bot/src/services/outbox/retryPolicy";
import { SendError } from "../../../bot/src/services/proactive";

/** Virtual time for one caller at a time: sleeping advances the clock, so limits are checked exactly and instantly. */
function virtualTiming(): Timing & { sent: number[] } {
  let now = 0;
  return { sent: [], now: () => now, sleep: async (ms) => void (now += ms) };
}

/**
 * Virtual time for many callers at once: sleepers wake in time order, and time moves to the next
 * wake-up only once every caller is waiting, as an event loop would.
 */
function simulation() {
  let now = 0;
  let order = 0;
  const timers: { at: number; order: number; wake: () => void }[] = [];
  const timing: Timing = {
    now: () => now,
    sleep: (ms) => new Promise<void>((wake) => void timers.push({ at: now + Math.max(0, ms), order: order++, wake })),
  };
  /** Runs until `work` settles; fails if it waits on nothing that time can bring. */
  async function run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (settled) return work;
      timers.sort((a, b) => a.at - b.at || a.order - b.order);
      const next = timers.shift();
      if (!next) throw new Error("stuck: nothing left to wait for");
      now = Math.max(now, next.at);
      next.wake();
    }
  }
  /** Runs until `work` settles or `ms` of virtual time have passed, whichever is first. */
  async function runFor(ms: number, work: Promise<unknown>): Promise<void> {
    await run(Promise.race([work, timing.sleep(ms)]));
  }
  return { timing, run, runFor, now: () => now };
}

/** The most requests any window holds: requests less than windowMs apart. */
function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let first = 0;
  for (let i = 0; i < sorted.length; i++) {
    // Written as the limiter's own test (later - earlier < window): fractional times round alike.
    while ((sorted[i] as number) - (sorted[first] as number) >= windowMs) first++;
    max = Math.max(max, i - first + 1);
  }
  return max;
}

/** Takes a slot and gives it back at once: a request answered as soon as it left. */
async function sendNow(limiter: RateLimiter, conversationId?: string): Promise<void> {
  (await limiter.acquire(conversationId))();
}

const teamsConversation = [
  { limit: 7, windowMs: 1000 },
  { limit: 8, windowMs: 2000 },
  { limit: 60, windowMs: 30_000 },
];

describe("outbox rate limiter", () => {
  it("never lets one conversation exceed 7/1 s, 8/2 s and 60/30 s", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 1000, windowMs: 1000 }], teamsConversation, timing);
    const times: number[] = [];
    for (let i = 0; i < 150; i++) {
      await sendNow(limiter, "19:thread");
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
      await sendNow(limiter, `a:${i}`);
      times.push(timing.now());
    }
    expect(maxInWindow(times, 1000)).toBe(50);
    expect(times[times.length - 1]).toBeLessThanOrEqual(10_000);
  });

  it("serialises concurrent callers so two never take the last slot", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 5, windowMs: 1000 }], teamsConversation, timing);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.acquire(`a:${i}`).then((release) => {
          times.push(timing.now());
          release();
        }),
      ),
    );
    expect(maxInWindow(times, 1000)).toBe(5);
  });

  it("keeps the pace when timers fire late, without ever exceeding the window", async () => {
    // Real timers fire a millisecond or more late; pacing from the late time lost ~10% at 100/s.
    let now = 0;
    const late: Timing = { now: () => now, sleep: async (ms) => void (now += ms + 1.3) };
    const limiter = new RateLimiter([{ limit: 96, windowMs: 1000 }], teamsConversation, late);
    const times: number[] = [];
    for (let i = 0; i < 960; i++) {
      await sendNow(limiter, `a:${i}`);
      times.push(now);
    }
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(96);
    const rate = (times.length - 1) / (((times[times.length - 1] as number) - (times[0] as number)) / 1000);
    expect(rate).toBeGreaterThan(95);
  });

  it("does not send a burst to make up for an idle spell", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 10, windowMs: 1000 }], teamsConversation, timing);
    await sendNow(limiter, "a:0");
    const idle = timing.now() + 5000;
    await timing.sleep(5000);
    const times: number[] = [];
    for (let i = 1; i <= 5; i++) {
      await sendNow(limiter, `a:${i}`);
      times.push(timing.now() - idle);
    }
    // Paced at the windows' even rate, a fifth faster (PACE_HEADROOM): 100 ms / 1.2.
    times.forEach((t, i) => expect(t).toBeCloseTo((i * 100) / 1.2));
  });

  it("holds an answered slot a window and its margin longer", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter(
      [{ limit: 1000, windowMs: 1000 }],
      [{ limit: 2, windowMs: 1000, marginMs: 50 }],
      timing,
    );
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await sendNow(limiter, "19:thread");
      times.push(timing.now());
    }
    expect(times).toEqual([0, 500 / 1.2, 1050]);
  });

  it("slows the app pace after a 429, once per pause, and recovers as requests go out", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 100, windowMs: 1000 }], teamsConversation, timing);
    await sendNow(limiter, "a:0");
    // Three answers from one burst: one slowdown.
    limiter.throttled(1000);
    limiter.throttled(1000);
    limiter.throttled(1000);
    expect(limiter.currentSlowdown).toBeCloseTo(1.2);
    await sendNow(limiter, "a:1");
    expect(timing.now()).toBeGreaterThanOrEqual(1000);
    const start = timing.now();
    await sendNow(limiter, "a:2");
    // 10 ms at full pace less the headroom, times the slowdown (less one request's recovery).
    expect(timing.now() - start).toBeGreaterThan((10 / 1.2) * 1.19);
    for (let i = 3; i < 200; i++) await sendNow(limiter, `a:${i}`);
    expect(limiter.currentSlowdown).toBe(1);
    // A 429 after the pause is over is a new episode.
    limiter.throttled(timing.now() + 10);
    expect(limiter.currentSlowdown).toBeCloseTo(1.2);
  });

  it("holds everything until a Retry-After has passed", async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter([{ limit: 50, windowMs: 1000 }], teamsConversation, timing);
    limiter.pauseUntil(2500);
    await sendNow(limiter, "x");
    expect(timing.now()).toBeGreaterThanOrEqual(2500);
  });
});

/**
 * How a request's arrival at the service and its answer at the sender are delayed, from its
 * departure `s` (ms): any arrival between departure and answer is possible, as a stalled network,
 * a descheduled service or a descheduled sender make them.
 */
type Delays = (s: number, random: () => number) => { arrival: number; answer: number };

/** The service stalls `stallMs` every `everyMs`: what arrives meanwhile is read at the stall's end, bunched. */
const serviceStalls =
  (everyMs: number, stallMs: number, networkMs: number): Delays =>
  (s, random) => {
    const sent = s + Math.floor(random() * networkMs);
    const phase = sent % everyMs;
    const arrival = phase < stallMs ? sent - phase + stallMs : sent;
    return { arrival, answer: arrival + Math.floor(random() * networkMs) };
  };

/** The sender stalls too (a garbage collection): answers are seen late, arrivals anywhere in between. */
const bothStall =
  (everyMs: number, stallMs: number): Delays =>
  (s, random) => {
    const service = serviceStalls(everyMs, stallMs, 5)(s, random);
    const late = random() < 0.1 ? Math.floor(random() * 3 * stallMs) : 0;
    return { arrival: service.arrival, answer: service.answer + late };
  };

/** Round trips anywhere up to `maxMs`, the arrival at either end of it or anywhere in between. */
const extremes =
  (maxMs: number): Delays =>
  (s, random) => {
    const answer = s + Math.floor(random() * random() * maxMs);
    const pick = random();
    const arrival = pick < 0.4 ? answer : pick < 0.6 ? s : s + Math.floor(random() * (answer - s + 1));
    return { arrival, answer };
  };

interface Broadcast {
  readonly perApp: readonly RateWindow[];
  readonly perConversation?: readonly RateWindow[];
  readonly senders: number;
  readonly requests: number;
  /** Requests go to this many conversations in turn (default: one each). */
  readonly conversations?: number;
  readonly delays: Delays;
  readonly seed: number;
  /** Enough senders and short enough round trips that the busiest window should be full. */
  readonly fills?: boolean;
}

/** Sends `requests` through the limiter from `senders` concurrent callers; returns when each arrived, by scope. */
async function broadcast(b: Broadcast) {
  const sim = simulation();
  const random = mulberry32(b.seed);
  const limiter = new RateLimiter(b.perApp, b.perConversation ?? teamsConversation, sim.timing);
  const arrivals = new Map<string, number[]>([["app", []]]);
  const answers: number[] = [];
  let next = 0;
  const sender = async () => {
    while (next < b.requests) {
      const i = next++;
      const conversation = `c${b.conversations ? i % b.conversations : i}`;
      const release = await limiter.acquire(conversation);
      const { arrival, answer } = b.delays(sim.now(), random);
      await sim.timing.sleep(answer - sim.now());
      release();
      // The clock after the sleep, which floating-point sums may leave an ulp short of `answer`.
      const answeredAt = sim.now();
      answers.push(answeredAt);
      const arrived = arrival <= answer ? Math.min(arrival, answeredAt) : arrival;
      arrivals.get("app")!.push(arrived);
      arrivals.set(conversation, [...(arrivals.get(conversation) ?? []), arrived]);
    }
  };
  await sim.run(Promise.all(Array.from({ length: b.senders }, sender)));
  return { arrivals, answers, endedAt: sim.now() };
}

describe("outbox rate limiter, slots held until a window after the answer", () => {
  const app50 = [{ limit: 49, windowMs: 1000 }];
  const app100 = [{ limit: 98, windowMs: 1000 }];
  it.each<[string, Broadcast]>([
    [
      "the service stalls 300 ms every 2 s",
      { perApp: app50, senders: 32, requests: 3000, delays: serviceStalls(2000, 300, 8), seed: 1, fills: true },
    ],
    [
      "the service stalls 900 ms every 1.3 s",
      { perApp: app100, senders: 64, requests: 3000, delays: serviceStalls(1300, 900, 3), seed: 2, fills: true },
    ],
    [
      "both sides stall",
      { perApp: app50, senders: 32, requests: 3000, delays: bothStall(1700, 400), seed: 3, fills: true },
    ],
    [
      "round trips up to 3 s, arrivals anywhere in them",
      { perApp: app100, senders: 200, requests: 4000, delays: extremes(3000), seed: 4 },
    ],
    ["few senders, long round trips", { perApp: app50, senders: 4, requests: 400, delays: extremes(1500), seed: 5 }],
    [
      "one conversation's own windows",
      { perApp: app100, senders: 16, requests: 600, conversations: 3, delays: extremes(2500), seed: 6 },
    ],
  ])("never lets a window hold more arrivals than its limit: %s", async (_name, b) => {
    const { arrivals } = await broadcast(b);
    const app = arrivals.get("app")!;
    expect(app).toHaveLength(b.requests);
    const [appWindow] = b.perApp as [RateWindow];
    const busiest = maxInWindow(app, appWindow.windowMs);
    expect(busiest).toBeLessThanOrEqual(appWindow.limit);
    // The bound is reached, not merely respected from afar: the limiter spends what it may.
    if (b.fills) expect(busiest).toBeGreaterThanOrEqual(appWindow.limit - 2);
    for (const [scope, times] of arrivals) {
      if (scope === "app") continue;
      for (const w of b.perConversation ?? teamsConversation)
        expect(maxInWindow(times, w.windowMs)).toBeLessThanOrEqual(w.limit);
    }
    if (b.conversations) expect(maxInWindow(arrivals.get("c0")!, 30_000)).toBe(60);
  });

  it("would be broken by an arrival after its answer, as the check shows", async () => {
    // The same check, given arrivals the rule does not cover (the service reads requests after
    // the sender saw their answers), finds windows over the limit: it can fail.
    const late: Delays = (s, random) => {
      const answer = s + Math.floor(random() * 5);
      return { arrival: answer + (Math.floor(answer / 1000) % 2 === 0 ? 900 : 0), answer };
    };
    const { arrivals } = await broadcast({
      perApp: [{ limit: 49, windowMs: 1000 }],
      senders: 32,
      requests: 1000,
      delays: late,
      seed: 7,
    });
    expect(maxInWindow(arrivals.get("app")!, 1000)).toBeGreaterThan(49);
  });

  it.each([
    [49, 0],
    [49, 20],
    [49, 100],
    [98, 5],
    [98, 50],
  ])(
    "sends %i per window of 1 s, less the round trip of %i ms: limit / (1 + latency / window)",
    async (limit, latencyMs) => {
      const requests = limit * 20;
      const { answers } = await broadcast({
        perApp: [{ limit, windowMs: 1000 }],
        senders: 64,
        requests,
        delays: (s) => ({ arrival: s, answer: s + latencyMs }),
        seed: 8,
      });
      // Counted over whole turns of the slots (a window and a round trip each), after the first.
      const sorted = [...answers].sort((a, b) => a - b);
      const turnMs = 1000 + latencyMs;
      const from = sorted[limit] as number;
      const turns = Math.floor(((sorted[sorted.length - 1] as number) - from) / turnMs);
      const counted = sorted.filter((t) => t >= from && t < from + turns * turnMs).length;
      const rate = (counted * 1000) / (turns * turnMs);
      const expected = limit / (1 + latencyMs / 1000);
      expect(rate).toBeGreaterThan(expected * 0.99);
      expect(rate).toBeLessThan(expected * 1.01);
    },
  );

  it("holds a slot while its request is in flight, and a window after a failure", async () => {
    const sim = simulation();
    const limiter = new RateLimiter([{ limit: 2, windowMs: 1000 }], teamsConversation, sim.timing);
    const first = await sim.run(limiter.acquire("a"));
    const second = await sim.run(limiter.acquire("b"));
    let thirdAt: number | undefined;
    const third = limiter.acquire("c").then((release) => {
      thirdAt = sim.now();
      return release;
    });
    // Both still in flight: however long it takes, nothing else leaves.
    await sim.runFor(60_000, third);
    expect(thirdAt).toBeUndefined();
    // The first one fails (a reset connection): its slot is free a window later.
    const failedAt = sim.now();
    first();
    first(); // A second call changes nothing.
    await sim.run(third);
    expect(thirdAt).toBe(failedAt + 1000);
    second();
  });

  it("forgets nothing about a conversation while its request is in flight", async () => {
    // Many other conversations come and go (keys are swept every 1000 reservations) while one
    // request stays unanswered for a long time: its conversation's slots must still count.
    const sim = simulation();
    const limiter = new RateLimiter([{ limit: 1000, windowMs: 1000 }], [{ limit: 1, windowMs: 1000 }], sim.timing);
    const held = await sim.run(limiter.acquire("slow"));
    for (let i = 0; i < 2500; i++) (await sim.run(limiter.acquire(`other-${i}`)))();
    let again: number | undefined;
    const next = limiter.acquire("slow").then((release) => ((again = sim.now()), release));
    await sim.runFor(5000, next);
    expect(again).toBeUndefined();
    const answeredAt = sim.now();
    held();
    (await sim.run(next))();
    expect(again).toBe(answeredAt + 1000);
  });
});

describe("outbox settings", () => {
  it("keeps a share of the app budget for replies, and no margin unless configured", () => {
    const defaults = outboxSettingsFrom({});
    expect(defaults.perApp).toEqual([{ limit: 49, windowMs: 1000, marginMs: 0 }]);
    expect(defaults.perConversation.every((w) => w.marginMs === 0)).toBe(true);
    const configured = outboxSettingsFrom({
      OUTBOX_APP_PER_SECOND: "100",
      OUTBOX_APP_SHARE: "0.9",
      OUTBOX_SAFETY_MARGIN_MS: "25",
    });
    expect(configured.perApp).toEqual([{ limit: 90, windowMs: 1000, marginMs: 25 }]);
    expect(configured.perConversation.every((w) => w.marginMs === 25)).toBe(true);
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
