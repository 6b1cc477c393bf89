/**
 * The make-up of a service (or, for usagers, the target shares): head counts per cell, where a
 * cell fixes the value of some dimensions and leaves the others open.
 *
 * One shape serves every source a coordinator may have:
 * - a full cross table from HR: every cell fixes all four dimensions;
 * - marginals only: one cell per value of one dimension ({category:"C"}: 12);
 * - usager target shares: weights instead of head counts ({kind:"business"}: 20).
 * Per-dimension targets are the sums of the cells that fix that dimension; combined cells
 * (two or more dimensions fixed) also let the balance algorithm spot groups nobody volunteered from.
 */
import type { DimensionSpec, Volunteer } from "./profiles";
import { AGENT_DIMENSIONS } from "./profiles";
import { err, ok, type Result } from "./result";

export interface MakeupCell<P> {
  readonly match: Partial<P>;
  readonly count: number;
}
export type Makeup<P> = readonly MakeupCell<P>[];

/** Per dimension, per value: summed counts of the cells that fix that dimension. */
export type Marginals = Readonly<Record<string, Readonly<Record<string, number>>>>;

export function makeupMarginals<P>(makeup: Makeup<P>, dimensions: readonly DimensionSpec[]): Marginals {
  const out: Record<string, Record<string, number>> = {};
  for (const dim of dimensions) {
    const counts: Record<string, number> = {};
    for (const cell of makeup) {
      const value = (cell.match as Record<string, string | undefined>)[dim.name];
      if (value !== undefined) counts[value] = (counts[value] ?? 0) + cell.count;
    }
    out[dim.name] = counts;
  }
  return out;
}

/** A make-up mirroring a group of volunteers: one fully specified cell per person. */
export function makeupFromVolunteers<P>(volunteers: readonly Volunteer<P>[]): Makeup<P> {
  return volunteers.map((v) => ({ match: { ...v.profile } as Partial<P>, count: 1 }));
}

// HR exports are usually French and inconsistent in case; these spellings are accepted too.
const ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ageBand: { "<30": "under30", "-30": "under30", "30-44": "30to44", "45-54": "45to54", "55+": "55plus" },
  sex: { f: "female", femme: "female", h: "male", m: "male", homme: "male", autre: "other" },
  staffKind: { technique: "technical", administratif: "administrative", administrative: "administrative" },
  kind: { particulier: "individual", entreprise: "business" },
  frequency: { premiere: "firstTime", occasionnel: "occasional", regulier: "regular" },
};

function toCamel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function unquote(field: string): string {
  const t = field.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).trim() : t;
}

function resolveValue(dim: DimensionSpec, raw: string): string | undefined {
  const exact = dim.values.find((v) => v === raw) ?? dim.values.find((v) => v.toLowerCase() === raw.toLowerCase());
  if (exact) return exact;
  const folded = raw.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  return ALIASES[dim.name]?.[folded];
}

/**
 * Parses `age_band;sex;category;staff_kind;count` (or with commas). Columns other than `count`
 * may be omitted; an empty field or `*` leaves that dimension open in the row.
 * Line numbers in errors are 1-based and count the header.
 */
export function parseMakeupCsv<P = Record<string, string>>(
  text: string,
  dimensions: readonly DimensionSpec[] = AGENT_DIMENSIONS,
): Result<Makeup<P>> {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim().length > 0);
  const headerLine = lines[headerIndex];
  if (headerIndex < 0 || headerLine === undefined) return err("makeup.empty");
  const separator = headerLine.includes(";") ? ";" : ",";
  const columns = headerLine.split(separator).map((c) => toCamel(unquote(c).toLowerCase()));
  const seen = new Set<string>();
  for (const column of columns) {
    if (column !== "count" && !dimensions.some((d) => d.name === column)) {
      return err("makeup.unknownColumn", { line: headerIndex + 1, column });
    }
    if (seen.has(column)) return err("makeup.duplicateColumn", { line: headerIndex + 1, column });
    seen.add(column);
  }
  if (!seen.has("count")) return err("makeup.countColumnMissing", { line: headerIndex + 1 });

  const cells: MakeupCell<P>[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim().length === 0) continue;
    const lineNumber = i + 1;
    const fields = line.split(separator).map(unquote);
    if (fields.length !== columns.length) {
      return err("makeup.wrongFieldCount", { line: lineNumber, expected: columns.length, found: fields.length });
    }
    const match: Record<string, string> = {};
    let count = 0;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] ?? "";
      const raw = fields[c] ?? "";
      if (column === "count") {
        if (!/^\d+$/.test(raw)) return err("makeup.invalidCount", { line: lineNumber, value: raw });
        count = Number(raw);
        continue;
      }
      if (raw === "" || raw === "*") continue;
      const dim = dimensions.find((d) => d.name === column);
      const value = dim ? resolveValue(dim, raw) : undefined;
      if (value === undefined) return err("makeup.invalidValue", { line: lineNumber, column, value: raw });
      match[column] = value;
    }
    cells.push({ match: match as Partial<P>, count });
  }
  if (cells.length === 0) return err("makeup.noRows");
  if (cells.every((c) => c.count === 0)) return err("makeup.totalZero");
  return ok(cells);
}
