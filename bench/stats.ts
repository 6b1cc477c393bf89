/** Small helpers shared by the benchmarks: percentiles and a printed table. */
export interface Summary {
  readonly name: string;
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(name: string, samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  return {
    name,
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    mean,
  };
}

export function printTable(title: string, rows: readonly Summary[]): void {
  console.log(title);
  console.log("  name                      count     p50 ms    p99 ms    max ms   mean ms");
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(24)} ${String(r.count).padStart(6)} ${r.p50.toFixed(2).padStart(10)} ${r.p99.toFixed(2).padStart(9)} ${r.max.toFixed(2).padStart(9)} ${r.mean.toFixed(2).padStart(9)}`,
    );
  }
}
