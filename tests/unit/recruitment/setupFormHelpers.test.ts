import { checkSpacing } from "../../../bot/src/domain/spacing";
import { parseMakeupCsv } from "../../../bot/src/domain/makeup";
import { cellsFromRows, rowsFromCells } from "../../../tab/src/setup/makeupRows";
import { blankValues, createBody, fieldOfCode, patchBody } from "../../../tab/src/setup/setupForm";
import { spacingHint } from "../../../tab/src/setup/spacingHint";

describe("the set-up form's live spacing hint", () => {
  it("agrees with the domain rule for date-only workshops, across month ends and summer time", () => {
    const starts = ["2027-01-15", "2027-02-10", "2027-03-20", "2027-10-20", "2028-02-14", "2027-12-20"];
    for (const start of starts) {
      for (let gap = -3; gap <= 40; gap++) {
        const second = new Date(Date.parse(`${start}T00:00:00Z`) + gap * 86_400_000).toISOString().slice(0, 10);
        const domain = checkSpacing(`${start}T08:00:00.000Z`, `${second}T08:00:00.000Z`)[0]?.code;
        expect([start, second, spacingHint(start, second)?.code]).toEqual([start, second, domain]);
      }
    }
  });

  it("says nothing until both dates are real dates", () => {
    expect(spacingHint("", "2027-03-09")).toBeUndefined();
    expect(spacingHint("2027-02-30", "2027-03-09")).toBeUndefined();
    expect(spacingHint("2027-03-02", "2027-03-09")).toMatchObject({ code: "spacing.tooClose", params: { days: 7 } });
  });
});

describe("the set-up form's request bodies", () => {
  it("sends the typed make-up as cells the server's CSV rules accept, keeping dimensions the table does not show", () => {
    const rows = rowsFromCells([{ match: { category: "C", staffKind: "technical" }, count: 12 }]);
    const checked = cellsFromRows([
      ...rows,
      { key: 9, ageBand: "55plus", sex: "", category: "", count: "3", rest: {} },
    ]);
    expect(checked).toEqual({
      ok: true,
      cells: [
        { match: { category: "C", staffKind: "technical" }, count: 12 },
        { match: { ageBand: "55plus" }, count: 3 },
      ],
    });
    expect(parseMakeupCsv("category;staff_kind;count\nC;technical;12\n").ok).toBe(true);
    expect(cellsFromRows([{ key: 1, ageBand: "", sex: "", category: "A", count: "2,5", rest: {} }])).toEqual({
      ok: false,
      badRows: [1],
      empty: false,
    });
    expect(cellsFromRows([{ key: 1, ageBand: "", sex: "", category: "A", count: "0", rest: {} }])).toEqual({
      ok: false,
      badRows: [],
      empty: true,
    });
  });

  it("creates with the client's id, the services as a list and the CSV text; edits send only what changed", () => {
    const values = {
      ...blankValues(),
      name: "Maison",
      approach: "territorial" as const,
      site: "Hautepierre",
      services: "CMS, Mairie ,",
      workshop1: "2027-03-02",
      makeupMode: "csv" as const,
      csvText: "category;count\nA;2\n",
    };
    expect(createBody("id-1", values, "fr")).toEqual({
      ok: true,
      body: {
        id: "id-1",
        name: "Maison",
        approach: "territorial",
        site: "Hautepierre",
        services: ["CMS", "Mairie"],
        workshop1: "2027-03-02",
        panelSize: 8,
        locale: "fr",
        makeupCsv: "category;count\nA;2\n",
      },
    });
    const before = { ...blankValues(), workshop1: "2027-03-02", workshop2: "2027-03-23" };
    expect(
      patchBody({ ...before, workshop2: "2027-03-30", meetingUrl2: "https://teams.microsoft.com/x" }, before),
    ).toEqual({ ok: true, body: { workshop2: "2027-03-30", meetingUrl2: "https://teams.microsoft.com/x" } });
    expect(patchBody({ ...before, meetingUrl1: "teams link" }, before)).toEqual({ ok: false, field: "meetingUrl1" });
    expect(fieldOfCode("makeup.invalidValue")).toBe("makeup");
    expect(fieldOfCode("campaign.thematicNeedsOneService")).toBe("services");
  });
});
