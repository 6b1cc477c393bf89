import { smallGroupSuppression } from "../../../bot/src/domain";

describe("smallGroupSuppression", () => {
  it("keeps groups of 5 or more and zeros", () => {
    expect(smallGroupSuppression({ A: 5, B: 9, C: 0 })).toEqual({ A: 5, B: 9, C: 0 });
  });

  it("hides every small group", () => {
    expect(smallGroupSuppression({ A: 2, B: 3, C: 12 })).toEqual({ A: null, B: null, C: 12 });
  });

  it("hides a second group when only one would be hidden, so totals cannot reveal it", () => {
    expect(smallGroupSuppression({ A: 1, B: 7, C: 12 })).toEqual({ A: null, B: null, C: 12 });
  });

  it("honours a custom minimum", () => {
    expect(smallGroupSuppression({ A: 2, B: 3 }, 3)).toEqual({ A: null, B: null });
    expect(smallGroupSuppression({ A: 3, B: 4 }, 3)).toEqual({ A: 3, B: 4 });
  });
});
