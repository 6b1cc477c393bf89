import { largestRemainder } from "../../../bot/src/domain";

describe("largestRemainder", () => {
  it("gives floors then the largest remainders", () => {
    // 8 seats over 10/6/4: exact 4, 2.4, 1.6 → 4, 2, 2.
    expect(largestRemainder({ A: 10, B: 6, C: 4 }, 8)).toEqual({ A: 4, B: 2, C: 2 });
  });

  it("always hands out exactly the seats", () => {
    for (let seats = 0; seats <= 20; seats++) {
      const q = largestRemainder({ a: 7, b: 3, c: 1, d: 13 }, seats);
      expect(Object.values(q).reduce((x, y) => x + y, 0)).toBe(seats);
    }
  });

  it("breaks equal remainders by weight, then by order", () => {
    expect(largestRemainder({ x: 1, y: 1, z: 1 }, 1, ["z", "y", "x"])).toEqual({ z: 1, y: 0, x: 0 });
    expect(largestRemainder({ x: 1, y: 1 }, 1, ["x", "y"])).toEqual({ x: 1, y: 0 });
  });

  it("lists every value of the order, with zero for empty weights", () => {
    expect(largestRemainder({}, 5, ["a", "b"])).toEqual({ a: 0, b: 0 });
    expect(largestRemainder({ a: 3, b: 0 }, 2, ["a", "b"])).toEqual({ a: 2, b: 0 });
  });
});
