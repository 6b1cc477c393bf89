import { parseAgentProfile, parseUsagerProfile } from "../../../bot/src/domain";
import { errorOf, unwrap } from "./fixtures";

const agent = { ageBand: "30to44", sex: "female", category: "C", staffKind: "technical" };
const usager = { kind: "association", ageBand: "55plus", sex: "undisclosed", frequency: "regular" };

describe("parseAgentProfile", () => {
  it("accepts a complete profile and drops unknown fields", () => {
    expect(unwrap(parseAgentProfile({ ...agent, name: "Jeanne" }))).toEqual(agent);
  });

  it.each([
    ["ageBand", "42", "profile.ageBandInvalid"],
    ["sex", "F", "profile.sexInvalid"],
    ["category", "D", "profile.categoryInvalid"],
    ["staffKind", "manager", "profile.staffKindInvalid"],
    ["category", 3, "profile.categoryInvalid"],
  ])("rejects %s = %j with %s", (field, value, code) => {
    const error = errorOf(parseAgentProfile({ ...agent, [field]: value }));
    expect(error.code).toBe(code);
    expect(error.params).toMatchObject({ field, value: String(value) });
  });

  it("says which field is missing", () => {
    const { staffKind: _s, ...partial } = agent;
    expect(errorOf(parseAgentProfile(partial))).toEqual({
      code: "profile.fieldMissing",
      params: { field: "staffKind" },
    });
  });

  it("rejects non-objects", () => {
    for (const input of [null, "A", 3, [agent]])
      expect(errorOf(parseAgentProfile(input)).code).toBe("profile.notAnObject");
  });
});

describe("parseUsagerProfile", () => {
  it("accepts a complete profile", () => {
    expect(unwrap(parseUsagerProfile(usager))).toEqual(usager);
  });

  it.each([
    ["kind", "company", "profile.kindInvalid"],
    ["frequency", "daily", "profile.frequencyInvalid"],
    ["ageBand", "young", "profile.ageBandInvalid"],
    ["sex", "", "profile.fieldMissing"],
  ])("rejects %s = %j with %s", (field, value, code) => {
    expect(errorOf(parseUsagerProfile({ ...usager, [field]: value })).code).toBe(code);
  });
});
