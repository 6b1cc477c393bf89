import { scheduleWorkshop } from "../../../bot/src/domain";
import { at, campaign, errorOf, unwrap } from "./fixtures";

describe("scheduleWorkshop", () => {
  it("sets a date and returns no warning while only one workshop is dated", () => {
    const { campaign: c, warnings } = unwrap(
      scheduleWorkshop(campaign(), 1, "2027-03-03T13:00:00Z", at(1), "https://teams.example/m1"),
    );
    expect(c.workshops[1]).toEqual({ plannedAt: "2027-03-03T13:00:00.000Z", meetingUrl: "https://teams.example/m1" });
    expect(warnings).toEqual([]);
    expect(c.updatedAt).toBe(at(1).toISOString());
  });

  it("warns about spacing once both dates are set, in either order", () => {
    const first = unwrap(scheduleWorkshop(campaign(), 2, "2027-03-10T13:00:00Z", at(1)));
    expect(first.warnings).toEqual([]);
    const second = unwrap(scheduleWorkshop(first.campaign, 1, "2027-03-03T13:00:00Z", at(2)));
    expect(second.warnings.map((w) => w.code)).toEqual(["spacing.tooClose"]);
  });

  it("refuses an invalid date or a closed campaign", () => {
    expect(errorOf(scheduleWorkshop(campaign(), 1, "demain", at(1))).code).toBe("schedule.invalidDate");
    expect(errorOf(scheduleWorkshop({ ...campaign(), state: "closed" }, 1, "2027-03-03T13:00:00Z", at(1))).code).toBe(
      "schedule.campaignClosed",
    );
  });
});
