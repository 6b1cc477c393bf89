import {
  addLocalDays,
  calendarDaysBetween,
  isIsoDate,
  localDate,
  localWeekday,
  toInstant,
} from "../../../bot/src/domain";

describe("calendar", () => {
  it("counts local calendar days, not 24-hour blocks", () => {
    // 23:30 Paris on 1 March and 08:00 Paris on 2 March: one calendar day apart.
    expect(calendarDaysBetween("2027-03-01T22:30:00Z", "2027-03-02T07:00:00Z")).toBe(1);
    expect(calendarDaysBetween("2027-03-02T07:00:00Z", "2027-03-01T22:30:00Z")).toBe(-1);
  });

  it("keeps the wall-clock hour across a DST change", () => {
    // 14:00 Paris on 15 March (UTC+1) → 14:00 Paris on 5 April (UTC+2).
    expect(addLocalDays("2027-03-15T13:00:00Z", 21).toISOString()).toBe("2027-04-05T12:00:00.000Z");
  });

  it("knows local dates and weekdays", () => {
    expect(localDate("2027-03-06T23:30:00Z")).toBe("2027-03-07");
    expect(localWeekday("2027-03-06T10:00:00Z")).toBe(6);
  });

  it("validates ISO dates strictly", () => {
    expect(isIsoDate("2027-02-28")).toBe(true);
    expect(isIsoDate("2027-02-30")).toBe(false);
    expect(isIsoDate("28/02/2027")).toBe(false);
    expect(() => toInstant("not a date")).toThrow(RangeError);
  });
});
