import type { MakeupCellDto as MakeupCell } from "../../../bot/src/contracts/recruitmentDtos";
import { AGE_BANDS, CATEGORIES, SEXES } from "../../../bot/src/domain/profiles";

/** The dimensions the typed table offers; a CSV import may use staff_kind too. */
export const TYPED_DIMENSIONS = ["ageBand", "sex", "category"] as const;
export type TypedDimension = (typeof TYPED_DIMENSIONS)[number];
export const DIMENSION_VALUES: Readonly<Record<TypedDimension, readonly string[]>> = {
  ageBand: AGE_BANDS,
  sex: SEXES,
  category: CATEGORIES,
};

/** One line of the typed make-up: "" leaves a dimension open (all values). */
export interface MakeupRow {
  readonly key: number;
  readonly ageBand: string;
  readonly sex: string;
  readonly category: string;
  /** As typed, so a half-typed number is not lost. */
  readonly count: string;
  /** Dimensions the table does not show (staffKind from an earlier CSV), kept as they were. */
  readonly rest: Readonly<Record<string, string>>;
}

export function emptyRow(key: number): MakeupRow {
  return { key, ageBand: "", sex: "", category: "", count: "", rest: {} };
}

export function rowsFromCells(cells: readonly MakeupCell[]): MakeupRow[] {
  return cells.map((cell, i) => {
    const { ageBand = "", sex = "", category = "", ...rest } = cell.match;
    return { key: i + 1, ageBand, sex, category, count: String(cell.count), rest };
  });
}

export type RowsCheck =
  | { readonly ok: true; readonly cells: MakeupCell[] }
  | { readonly ok: false; readonly badRows: readonly number[]; readonly empty: boolean };

/** Counts must be whole numbers and at least one group must have people; rows are 1-based in the answer. */
export function cellsFromRows(rows: readonly MakeupRow[]): RowsCheck {
  const badRows = rows.flatMap((r, i) => (/^\d+$/.test(r.count.trim()) ? [] : [i + 1]));
  if (badRows.length > 0) return { ok: false, badRows, empty: false };
  const cells = rows.map((r) => {
    const match: Record<string, string> = { ...r.rest };
    for (const d of TYPED_DIMENSIONS) if (r[d] !== "") match[d] = r[d];
    return { match, count: Number(r.count.trim()) };
  });
  if (!cells.some((c) => c.count > 0)) return { ok: false, badRows: [], empty: true };
  return { ok: true, cells };
}
