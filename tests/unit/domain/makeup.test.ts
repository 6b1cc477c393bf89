import {
  makeupFromVolunteers,
  makeupMarginals,
  parseMakeupCsv,
  AGENT_DIMENSIONS,
  USAGER_DIMENSIONS,
} from "../../../bot/src/domain";
import { errorOf, unwrap } from "./fixtures";

describe("parseMakeupCsv", () => {
  it("reads a full cross table with semicolons", () => {
    const cells = unwrap(
      parseMakeupCsv(
        "age_band;sex;category;staff_kind;count\nunder30;female;C;technical;3\n55plus;male;A;administrative;1\n",
      ),
    );
    expect(cells).toEqual([
      { match: { ageBand: "under30", sex: "female", category: "C", staffKind: "technical" }, count: 3 },
      { match: { ageBand: "55plus", sex: "male", category: "A", staffKind: "administrative" }, count: 1 },
    ]);
  });

  it("reads marginals with commas, wildcards, CRLF, BOM, blank lines and French spellings", () => {
    const csv =
      "\uFEFFage_band,sex,category,staff_kind,count\r\n*,,C,,12\r\n\r\n,F,,,7\r\n,Homme,,,5\r\n,,,Technique,4\r\n<30,,,,2";
    expect(unwrap(parseMakeupCsv(csv))).toEqual([
      { match: { category: "C" }, count: 12 },
      { match: { sex: "female" }, count: 7 },
      { match: { sex: "male" }, count: 5 },
      { match: { staffKind: "technical" }, count: 4 },
      { match: { ageBand: "under30" }, count: 2 },
    ]);
  });

  it("accepts a subset of columns in any order", () => {
    expect(unwrap(parseMakeupCsv("count;category\n4;b"))).toEqual([{ match: { category: "B" }, count: 4 }]);
  });

  it("reads usager target shares with the usager dimensions", () => {
    const cells = unwrap(
      parseMakeupCsv("kind;frequency;count\nbusiness;;20\nindividual;regular;60", USAGER_DIMENSIONS),
    );
    expect(cells[1]).toEqual({ match: { kind: "individual", frequency: "regular" }, count: 60 });
  });

  it.each([
    ["", "makeup.empty", undefined],
    ["age_band;sex;count", "makeup.noRows", undefined],
    ["age_band;salary;count\nunder30;1;2", "makeup.unknownColumn", { line: 1, column: "salary" }],
    ["sex;sex;count", "makeup.duplicateColumn", { line: 1, column: "sex" }],
    ["age_band;sex", "makeup.countColumnMissing", { line: 1 }],
    ["sex;count\nfemale;2\nmale", "makeup.wrongFieldCount", { line: 3, expected: 2, found: 1 }],
    ["sex;count\nfemale;2\nmale;-1", "makeup.invalidCount", { line: 3, value: "-1" }],
    ["sex;count\nfemale;2\n\nmale;2.5", "makeup.invalidCount", { line: 4, value: "2.5" }],
    ["category;count\nA;1\nZ;3", "makeup.invalidValue", { line: 3, column: "category", value: "Z" }],
    ["category;count\nA;0", "makeup.totalZero", undefined],
  ])("rejects %j with %s", (csv, code, params) => {
    const error = errorOf(parseMakeupCsv(csv));
    expect(error.code).toBe(code);
    if (params) expect(error.params).toEqual(params);
  });
});

describe("makeupMarginals", () => {
  it("sums the cells fixing each dimension", () => {
    const cells = unwrap(
      parseMakeupCsv(
        "age_band;sex;category;staff_kind;count\nunder30;female;C;technical;3\n55plus;female;A;;1\n;;C;;2",
      ),
    );
    const m = makeupMarginals(cells, AGENT_DIMENSIONS);
    expect(m.sex).toEqual({ female: 4 });
    expect(m.category).toEqual({ C: 5, A: 1 });
    expect(m.staffKind).toEqual({ technical: 3 });
  });

  it("mirrors volunteers", () => {
    const profile = { ageBand: "under30", sex: "male", category: "B", staffKind: "administrative" } as const;
    expect(makeupFromVolunteers([{ id: "a", profile }])).toEqual([{ match: profile, count: 1 }]);
  });
});
