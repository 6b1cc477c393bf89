/**
 * Demographic breakdowns shown to anyone but a coordinator must not reveal groups smaller than
 * `min` people (DESIGN.md, privacy). A hidden count is null.
 *
 * When exactly one group is hidden, the next smallest non-empty group is hidden too: totals are
 * usually visible, and one hidden cell could be recovered by subtraction. Zero stays visible:
 * it describes nobody.
 */
export const SMALL_GROUP_MIN = 5;

export type SuppressedCounts = Readonly<Record<string, number | null>>;

export function smallGroupSuppression(
  counts: Readonly<Record<string, number>>,
  min: number = SMALL_GROUP_MIN,
): SuppressedCounts {
  const entries = Object.entries(counts);
  const hidden = new Set(entries.filter(([, n]) => n > 0 && n < min).map(([k]) => k));
  if (hidden.size === 1) {
    const nextSmallest = entries
      .filter(([k, n]) => n > 0 && !hidden.has(k))
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (nextSmallest) hidden.add(nextSmallest[0]);
  }
  const out: Record<string, number | null> = {};
  for (const [k, n] of entries) out[k] = hidden.has(k) ? null : n;
  return out;
}
