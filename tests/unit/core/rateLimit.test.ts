import { WindowLimiter } from "../../../bot/src/transport/http/rateLimit";

describe("window limiter", () => {
  it("allows up to the limit per window, then says how long to wait, then allows again", () => {
    let now = 1_000_000;
    const limiter = new WindowLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.hit("a").allowed)).toEqual([true, true, true]);
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterMs: 60_000 });
    expect(limiter.hit("b").allowed).toBe(true);
    now += 45_000;
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterMs: 15_000 });
    now += 15_000;
    expect(limiter.hit("a").allowed).toBe(true);
  });
});
