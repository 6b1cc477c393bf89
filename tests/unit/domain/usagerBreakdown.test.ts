import type { UsagerProfile } from "../../../bot/src/domain/profiles";
import { usagerBreakdown } from "../../../bot/src/domain/usagerBreakdown";

const person = (kind: UsagerProfile["kind"], sex: UsagerProfile["sex"]): UsagerProfile => ({
  kind,
  ageBand: "30to44",
  sex,
  frequency: "regular",
});

describe("usagerBreakdown", () => {
  const profiles = [
    ...Array.from({ length: 6 }, () => person("individual", "female")),
    person("business", "male"),
    person("association", "female"),
  ];

  it("counts accepted usagers per value of each dimension, with shares, in display order", () => {
    const kind = usagerBreakdown(profiles, false).find((b) => b.dimension === "kind");
    expect(kind?.rows).toEqual([
      { value: "individual", volunteers: 6, volunteerShare: 0.75, service: 0, serviceShare: null },
      { value: "business", volunteers: 1, volunteerShare: 0.125, service: 0, serviceShare: null },
      { value: "association", volunteers: 1, volunteerShare: 0.125, service: 0, serviceShare: null },
    ]);
    expect(usagerBreakdown(profiles, false).map((b) => b.dimension)).toEqual(["kind", "ageBand", "sex", "frequency"]);
  });

  it("hides groups under 5 from anyone but the coordinator", () => {
    const kind = usagerBreakdown(profiles, true).find((b) => b.dimension === "kind");
    expect(Object.fromEntries(kind!.rows.map((r) => [r.value, r.volunteers]))).toEqual({
      individual: 6,
      business: null,
      association: null,
    });
    expect(kind!.rows.find((r) => r.value === "business")?.volunteerShare).toBeNull();
    // A single small group would be recovered by subtraction: the next smallest is hidden too.
    const sex = usagerBreakdown(profiles, true).find((b) => b.dimension === "sex");
    expect(Object.fromEntries(sex!.rows.map((r) => [r.value, r.volunteers]))).toEqual({
      female: null,
      male: null,
      other: 0,
      undisclosed: 0,
    });
  });

  it("gives no shares when nobody has accepted", () => {
    expect(usagerBreakdown([], false)[0]!.rows.every((r) => r.volunteers === 0 && r.volunteerShare === null)).toBe(
      true,
    );
  });
});
