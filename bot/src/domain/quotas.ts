/**
 * Largest-remainder apportionment (Hamilton): each value gets the floor of its exact share of the
 * seats, and the seats left go to the largest remainders. Ties go to the larger weight, then to
 * the earlier value in `order`, so quotas never depend on a random seed.
 */
export function largestRemainder(
  weights: Readonly<Record<string, number>>,
  seats: number,
  order: readonly string[] = Object.keys(weights),
): Record<string, number> {
  const values = order.filter((v) => (weights[v] ?? 0) > 0);
  const total = values.reduce((sum, v) => sum + (weights[v] ?? 0), 0);
  const quotas: Record<string, number> = {};
  for (const v of order) quotas[v] = 0;
  if (total <= 0 || seats <= 0) return quotas;
  const exact = values.map((v) => ({ v, w: weights[v] ?? 0, e: ((weights[v] ?? 0) * seats) / total }));
  let given = 0;
  for (const x of exact) {
    quotas[x.v] = Math.floor(x.e);
    given += Math.floor(x.e);
  }
  const byRemainder = exact
    .map((x, index) => ({ ...x, r: x.e - Math.floor(x.e), index }))
    .sort((a, b) => b.r - a.r || b.w - a.w || a.index - b.index);
  for (let i = 0; given < seats && i < byRemainder.length; i++, given++) {
    const x = byRemainder[i];
    if (x) quotas[x.v] = (quotas[x.v] ?? 0) + 1;
  }
  return quotas;
}
