import { mulberry32, seededShuffle, seedFromString } from "../../../bot/src/domain";

describe("prng", () => {
  it("is reproducible for a seed and differs across seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it("shuffles without losing or mutating items", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = seededShuffle(items, 7);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort()).toEqual(items);
    expect(seededShuffle(items, 7)).toEqual(shuffled);
    expect(seededShuffle(items, 8)).not.toEqual(shuffled);
  });

  it("spreads values roughly evenly", () => {
    const r = mulberry32(1);
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) buckets[Math.floor(r() * 4)]! += 1;
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });

  it("hashes strings to stable unsigned seeds", () => {
    expect(seedFromString("campaign-1")).toBe(seedFromString("campaign-1"));
    expect(seedFromString("campaign-1")).not.toBe(seedFromString("campaign-2"));
    expect(seedFromString("")).toBeGreaterThanOrEqual(0);
  });
});
