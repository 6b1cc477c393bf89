import { checkSpacing, localWeekday, proposeWorkshop2Date, calendarDaysBetween } from "../../../bot/src/domain";

// Wednesday 3 March 2027, 14:00 in Paris.
const W1 = "2027-03-03T13:00:00Z";

describe("checkSpacing", () => {
  it("accepts 15 to 31 days", () => {
    expect(checkSpacing(W1, "2027-03-18T13:00:00Z")).toEqual([]);
    expect(checkSpacing(W1, "2027-04-03T08:00:00Z")).toEqual([]);
  });

  it("warns when too close", () => {
    expect(checkSpacing(W1, "2027-03-17T16:00:00Z")).toEqual([
      { code: "spacing.tooClose", params: { days: 14, minDays: 15, maxDays: 31 } },
    ]);
  });

  it("warns when too far", () => {
    expect(checkSpacing(W1, "2027-04-04T08:00:00Z").map((w) => w.code)).toEqual(["spacing.tooFar"]);
  });

  it("warns when workshop 2 comes first or at the same time", () => {
    expect(checkSpacing(W1, "2027-03-01T08:00:00Z").map((w) => w.code)).toEqual(["spacing.workshop2BeforeWorkshop1"]);
    expect(checkSpacing(W1, W1).map((w) => w.code)).toEqual(["spacing.workshop2BeforeWorkshop1"]);
  });

  it("counts days in local calendar days whatever the hour", () => {
    // 15 calendar days, even though less than 15 × 24 h.
    expect(checkSpacing(W1, "2027-03-18T07:00:00Z")).toEqual([]);
  });
});

describe("proposeWorkshop2Date", () => {
  it("plans three weeks later at the same local time", () => {
    expect(proposeWorkshop2Date(W1)).toBe("2027-03-24T13:00:00.000Z");
    expect(checkSpacing(W1, proposeWorkshop2Date(W1))).toEqual([]);
  });

  it("moves a weekend date to the Monday after", () => {
    const saturday = "2027-03-06T09:00:00Z";
    const sunday = "2027-03-07T09:00:00Z";
    for (const w1 of [saturday, sunday]) {
      const proposed = proposeWorkshop2Date(w1);
      expect(localWeekday(proposed)).toBe(1);
      expect(checkSpacing(w1, proposed)).toEqual([]);
    }
    expect(calendarDaysBetween(saturday, proposeWorkshop2Date(saturday))).toBe(23);
  });

  it("accepts a Date", () => {
    expect(proposeWorkshop2Date(new Date(W1))).toBe("2027-03-24T13:00:00.000Z");
  });
});
