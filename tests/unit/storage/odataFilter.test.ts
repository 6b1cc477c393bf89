import { parseFilter, type FilterValue } from "../../support/odataFilter";

const row =
  (values: Record<string, FilterValue>) =>
  (property: string): FilterValue | undefined =>
    values[property];

describe("the memory table's OData filter", () => {
  const entity = row({ PartitionKey: "job", status: "pending", dueKey: "0005", count: 3, urgent: true });

  it.each([
    ["status eq 'pending'", true],
    ["status ne 'pending'", false],
    ["dueKey le '0005' and dueKey gt '0004'", true],
    ["status eq 'sent' or (count ge 3 and urgent eq true)", true],
    ["not (status eq 'pending')", false],
    ["count lt 3", false],
    ["count eq 3.0", true],
    ["urgent eq false", false],
  ])("%s → %s", (filter, expected) => {
    expect(parseFilter(filter)(entity)).toBe(expected);
  });

  it("compares a missing property or a literal of another type as false, whatever the operator", () => {
    expect(parseFilter("owner ne 'x'")(entity)).toBe(false);
    expect(parseFilter("count eq '3'")(entity)).toBe(false);
    expect(parseFilter("count ne '3'")(entity)).toBe(false);
  });

  it("reads doubled quotes inside a string literal as one", () => {
    expect(parseFilter("owner eq 'O''Brien'")(row({ owner: "O'Brien" }))).toBe(true);
  });

  it.each([
    "Timestamp ge datetime'2027-01-01T00:00:00Z'",
    "status eq",
    "(status eq 'a'",
    "status eq 'a' status eq 'b'",
    "startswith(status, 'a')",
    "status eq 'unterminated",
  ])("refuses what it does not implement rather than answer wrongly: %s", (filter) => {
    expect(() => parseFilter(filter)).toThrow(SyntaxError);
  });
});
