import {
  AGE_BANDS,
  balanceReport,
  CATEGORIES,
  mulberry32,
  STAFF_KINDS,
  parseMakeupCsv,
  proposePanel,
  proposeUsagerPanel,
  type AgentProfile,
  type Makeup,
  type UsagerProfile,
  type Volunteer,
} from "../../../bot/src/domain";
import { unwrap } from "./fixtures";

function agent(
  id: string,
  ageBand: AgentProfile["ageBand"],
  sex: AgentProfile["sex"],
  category: AgentProfile["category"],
  staffKind: AgentProfile["staffKind"],
): Volunteer<AgentProfile> {
  return { id, profile: { ageBand, sex, category, staffKind } };
}

// A service of 40: 50/50 women/men, 25% A, 25% B, 50% C, half technical, ages spread.
const MAKEUP: Makeup<AgentProfile> = unwrap(
  parseMakeupCsv(
    [
      "age_band;sex;category;staff_kind;count",
      "under30;female;C;technical;5",
      "30to44;male;C;technical;5",
      "45to54;female;C;administrative;5",
      "55plus;male;C;administrative;5",
      "30to44;female;B;administrative;5",
      "45to54;male;B;technical;5",
      "under30;male;A;administrative;5",
      "55plus;female;A;technical;5",
    ].join("\n"),
  ),
) as Makeup<AgentProfile>;

// 16 volunteers, skewed: mostly women in category C.
const VOLUNTEERS: Volunteer<AgentProfile>[] = [
  agent("v01", "under30", "female", "C", "technical"),
  agent("v02", "under30", "female", "C", "technical"),
  agent("v03", "30to44", "female", "C", "technical"),
  agent("v04", "45to54", "female", "C", "administrative"),
  agent("v05", "45to54", "female", "C", "administrative"),
  agent("v06", "55plus", "female", "C", "administrative"),
  agent("v07", "30to44", "female", "C", "technical"),
  agent("v08", "30to44", "male", "C", "technical"),
  agent("v09", "55plus", "male", "C", "administrative"),
  agent("v10", "30to44", "female", "B", "administrative"),
  agent("v11", "45to54", "male", "B", "technical"),
  agent("v12", "30to44", "female", "B", "administrative"),
  agent("v13", "under30", "male", "A", "administrative"),
  agent("v14", "55plus", "female", "A", "technical"),
  agent("v15", "55plus", "undisclosed", "A", "technical"),
  agent("v16", "45to54", "female", "C", "technical"),
];

function profilesOf(
  ids: readonly string[],
  volunteers: readonly Volunteer<AgentProfile>[] = VOLUNTEERS,
): AgentProfile[] {
  return ids.map((id) => volunteers.find((v) => v.id === id)!.profile);
}

describe("proposePanel", () => {
  it("finds a panel matching every quota when one exists", () => {
    const p = proposePanel({ volunteers: VOLUNTEERS, makeup: MAKEUP, size: 8, seed: 1 });
    expect(p.selectedIds).toHaveLength(8);
    expect(p.quotas.category).toEqual({ A: 2, B: 2, C: 4 });
    expect(p.quotas.sex).toEqual({ female: 4, male: 4, other: 0, undisclosed: 0 });
    expect(p.report.maxDeviation).toBe(0);
    expect(p.gaps).toEqual([]);
    const category = p.report.dimensions.find((d) => d.dimension === "category")!;
    expect(category.values.map((v) => [v.value, v.count])).toEqual([
      ["A", 2],
      ["B", 2],
      ["C", 4],
    ]);
  });

  it("does better than taking the first volunteers", () => {
    const naive = balanceReport(profilesOf(VOLUNTEERS.slice(0, 8).map((v) => v.id)), MAKEUP);
    const p = proposePanel({ volunteers: VOLUNTEERS, makeup: MAKEUP, size: 8, seed: 1 });
    expect(naive.maxDeviation).toBeGreaterThan(p.report.maxDeviation);
  });

  it("is deterministic for a seed and independent of input order", () => {
    const a = proposePanel({ volunteers: VOLUNTEERS, makeup: MAKEUP, size: 6, seed: 99 });
    const b = proposePanel({ volunteers: [...VOLUNTEERS].reverse(), makeup: MAKEUP, size: 6, seed: 99 });
    expect(b).toEqual(a);
  });

  it("uses the seed to break ties between equally good panels", () => {
    // Ten identical volunteers: any 3 are equally good, the seed decides.
    const same = Array.from({ length: 10 }, (_, i) => agent(`s${i}`, "30to44", "female", "B", "technical"));
    const panels = new Set(
      [1, 2, 3, 4, 5].map((seed) =>
        proposePanel({ volunteers: same, makeup: MAKEUP, size: 3, seed }).selectedIds.join(),
      ),
    );
    expect(panels.size).toBeGreaterThan(1);
  });

  it("reports quota gaps and the combinations nobody volunteered from", () => {
    // Nobody in category A and nobody male.
    const skewed = VOLUNTEERS.filter((v) => v.profile.category !== "A" && v.profile.sex === "female");
    const p = proposePanel({ volunteers: skewed, makeup: MAKEUP, size: 8, seed: 3 });
    expect(p.gaps).toContainEqual({
      kind: "quota",
      dimension: "category",
      value: "A",
      quota: 2,
      selected: 0,
      missing: 2,
    });
    expect(p.gaps).toContainEqual({
      kind: "quota",
      dimension: "sex",
      value: "male",
      quota: 4,
      selected: 0,
      missing: 4,
    });
    // "No volunteer of category A under 30" although that group is worth a seat.
    expect(p.gaps).toContainEqual({
      kind: "combination",
      values: { ageBand: "under30", category: "A" },
      expectedSeats: 1,
    });
    expect(p.gaps.some((g) => g.kind === "size")).toBe(false);
  });

  it("takes everyone and reports the shortfall when volunteers are fewer than seats", () => {
    const few = VOLUNTEERS.slice(0, 3);
    const p = proposePanel({ volunteers: few, makeup: MAKEUP, size: 8, seed: 1 });
    expect(p.selectedIds).toEqual(["v01", "v02", "v03"]);
    expect(p.gaps[0]).toEqual({ kind: "size", requested: 8, available: 3, missing: 5 });
    expect(p.gaps).toContainEqual({
      kind: "quota",
      dimension: "category",
      value: "A",
      quota: 2,
      selected: 0,
      missing: 2,
    });
  });

  it("handles no volunteers at all", () => {
    const p = proposePanel({ volunteers: [], makeup: MAKEUP, size: 8, seed: 1 });
    expect(p.selectedIds).toEqual([]);
    expect(p.gaps[0]).toEqual({ kind: "size", requested: 8, available: 0, missing: 8 });
    expect(p.report.maxDeviation).toBe(0);
  });

  it("picks at random (seeded) when the make-up says nothing", () => {
    const p = proposePanel({ volunteers: VOLUNTEERS, makeup: [], size: 5, seed: 4 });
    expect(p.selectedIds).toHaveLength(5);
    expect(p.gaps).toEqual([]);
    expect(p.report.dimensions.every((d) => !d.targeted)).toBe(true);
  });

  it("does not count an undisclosed sex against the panel", () => {
    // v15 (undisclosed) is the only way to get a third category A technical agent.
    const makeup = unwrap(parseMakeupCsv("sex;category;count\nfemale;A;1\nmale;A;1")) as Makeup<AgentProfile>;
    const vols = [
      agent("f", "30to44", "female", "A", "technical"),
      VOLUNTEERS[14]!,
      agent("m1", "30to44", "male", "A", "technical"),
      agent("m2", "30to44", "male", "A", "technical"),
    ];
    const p = proposePanel({ volunteers: vols, makeup, size: 3, seed: 1 });
    expect(p.selectedIds).toContain("v15");
    const sex = p.report.dimensions.find((d) => d.dimension === "sex")!;
    expect(sex.neutral).toBe(1);
    expect(sex.counted).toBe(2);
    expect(p.report.maxDeviation).toBe(0);
  });

  it("stays fast on a large pool", () => {
    // 300 volunteers spread over all 96 profile combinations.
    const random = mulberry32(12);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
    const pool = Array.from({ length: 300 }, (_, i) =>
      agent(
        `p${String(i).padStart(3, "0")}`,
        pick(AGE_BANDS),
        pick(["female", "male"] as const),
        pick(CATEGORIES),
        pick(STAFF_KINDS),
      ),
    );
    const started = process.hrtime.bigint();
    const p = proposePanel({ volunteers: pool, makeup: MAKEUP, size: 20, seed: 5 });
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1500);
    expect(p.selectedIds).toHaveLength(20);
    expect(p.report.maxDeviation).toBe(0);
  });
});

describe("proposeUsagerPanel", () => {
  const usager = (
    id: string,
    kind: UsagerProfile["kind"],
    frequency: UsagerProfile["frequency"],
  ): Volunteer<UsagerProfile> => ({
    id,
    profile: { kind, ageBand: "30to44", sex: "female", frequency },
  });

  it("balances on target shares of kind and frequency", () => {
    const targets = unwrap(
      parseMakeupCsv("kind;count\nindividual;50\nbusiness;25\nassociation;25", [
        { name: "kind", values: ["individual", "business", "association"] },
      ]),
    ) as Makeup<UsagerProfile>;
    const vols = [
      usager("u1", "individual", "regular"),
      usager("u2", "individual", "regular"),
      usager("u3", "individual", "firstTime"),
      usager("u4", "individual", "occasional"),
      usager("u5", "business", "regular"),
      usager("u6", "association", "regular"),
    ];
    const p = proposeUsagerPanel({ volunteers: vols, makeup: targets, size: 4, seed: 2 });
    expect(p.selectedIds).toEqual(expect.arrayContaining(["u5", "u6"]));
    expect(p.quotas.kind).toEqual({ individual: 2, business: 1, association: 1 });
    expect(p.report.maxDeviation).toBe(0);
  });
});

describe("balanceReport", () => {
  it("gives counts, shares, quotas and deviations per dimension", () => {
    const report = balanceReport(profilesOf(["v01", "v02", "v03", "v04"]), MAKEUP);
    const sex = report.dimensions.find((d) => d.dimension === "sex")!;
    expect(sex.values.find((v) => v.value === "female")).toEqual({
      value: "female",
      count: 4,
      share: 1,
      targetShare: 0.5,
      quota: 2,
      deviation: 2,
    });
    expect(sex.values.find((v) => v.value === "male")).toEqual({
      value: "male",
      count: 0,
      share: 0,
      targetShare: 0.5,
      quota: 2,
      deviation: -2,
    });
    // "other" and "undisclosed" are neutral here: the make-up has nobody in them.
    expect(sex.values.map((v) => v.value)).toEqual(["female", "male"]);
    const category = report.dimensions.find((d) => d.dimension === "category")!;
    expect(category.values.map((v) => [v.value, v.quota, v.deviation])).toEqual([
      ["A", 1, -1],
      ["B", 1, -1],
      ["C", 2, 2],
    ]);
    expect(report.maxDeviation).toBe(2);
  });

  it("reports dimensions without targets without balancing them", () => {
    const makeup = unwrap(parseMakeupCsv("category;count\nC;1")) as Makeup<AgentProfile>;
    const report = balanceReport(profilesOf(["v01", "v13"]), makeup);
    const age = report.dimensions.find((d) => d.dimension === "ageBand")!;
    expect(age.targeted).toBe(false);
    expect(age.values.find((v) => v.value === "under30")).toEqual({
      value: "under30",
      count: 2,
      share: 1,
      targetShare: null,
      quota: null,
      deviation: null,
    });
    expect(report.maxDeviation).toBe(1);
  });
});
