/**
 * How a panel compares with its target make-up, dimension by dimension. This is both the
 * objective of the panel proposal and what the coordinator sees to understand it.
 */
import { makeupMarginals, type Makeup, type Marginals } from "./makeup";
import { AGENT_DIMENSIONS, type DimensionSpec } from "./profiles";
import { largestRemainder } from "./quotas";

export interface ValueBalance {
  readonly value: string;
  readonly count: number;
  /** count / counted members (0 when nobody is counted). */
  readonly share: number;
  /** Share of this value in the make-up; null when the make-up says nothing about the dimension. */
  readonly targetShare: number | null;
  readonly quota: number | null;
  /** count − quota; null when there is no target. */
  readonly deviation: number | null;
}

export interface DimensionBalance {
  readonly dimension: string;
  /** False when the make-up gives no figure for this dimension: it is reported, not balanced. */
  readonly targeted: boolean;
  /** Members whose value counts for balance on this dimension. */
  readonly counted: number;
  /** Members with a neutral value ("undisclosed"…), left out of quotas. */
  readonly neutral: number;
  readonly values: readonly ValueBalance[];
  readonly maxDeviation: number;
}

export interface BalanceReport {
  readonly dimensions: readonly DimensionBalance[];
  /** Largest |count − quota| across dimensions: the figure the proposal minimises first. */
  readonly maxDeviation: number;
  /** Sum of |count − quota| over all values: the second criterion. */
  readonly totalDeviation: number;
}

/** Precomputed targets of one dimension, shared by the report and the optimiser. */
export interface DimensionTarget {
  readonly spec: DimensionSpec;
  readonly weights: Readonly<Record<string, number>>;
  readonly total: number;
  readonly neutral: ReadonlySet<string>;
}

export function dimensionTargets(marginals: Marginals, dimensions: readonly DimensionSpec[]): DimensionTarget[] {
  return dimensions.map((spec) => {
    const weights = marginals[spec.name] ?? {};
    const total = spec.values.reduce((sum, v) => sum + (weights[v] ?? 0), 0);
    // A neutral value stays neutral only while the make-up has no one in it.
    const neutral = new Set((spec.neutral ?? []).filter((v) => (weights[v] ?? 0) === 0));
    return { spec, weights, total, neutral };
  });
}

export function dimensionBalance(target: DimensionTarget, values: readonly (string | undefined)[]): DimensionBalance {
  const counts: Record<string, number> = {};
  let neutral = 0;
  for (const v of values) {
    if (v === undefined) continue;
    if (target.neutral.has(v)) neutral++;
    else counts[v] = (counts[v] ?? 0) + 1;
  }
  const counted = Object.values(counts).reduce((a, b) => a + b, 0);
  const targeted = target.total > 0;
  const quotas = targeted ? largestRemainder(target.weights, counted, target.spec.values) : {};
  const known = target.spec.values.filter((v) => !target.neutral.has(v));
  // Values outside the spec (bad data) are still shown so nothing is silently dropped.
  const extra = Object.keys(counts).filter((v) => !target.spec.values.includes(v));
  let maxDeviation = 0;
  const rows: ValueBalance[] = [...known, ...extra].map((value) => {
    const count = counts[value] ?? 0;
    const share = counted === 0 ? 0 : count / counted;
    if (!targeted) return { value, count, share, targetShare: null, quota: null, deviation: null };
    const quota = quotas[value] ?? 0;
    const deviation = count - quota;
    maxDeviation = Math.max(maxDeviation, Math.abs(deviation));
    return { value, count, share, targetShare: (target.weights[value] ?? 0) / target.total, quota, deviation };
  });
  return { dimension: target.spec.name, targeted, counted, neutral, values: rows, maxDeviation };
}

export function balanceFromTargets<P>(panel: readonly P[], targets: readonly DimensionTarget[]): BalanceReport {
  const dimensions = targets.map((t) =>
    dimensionBalance(
      t,
      panel.map((p) => (p as Record<string, string | undefined>)[t.spec.name]),
    ),
  );
  let maxDeviation = 0;
  let totalDeviation = 0;
  for (const d of dimensions) {
    maxDeviation = Math.max(maxDeviation, d.maxDeviation);
    for (const v of d.values) totalDeviation += Math.abs(v.deviation ?? 0);
  }
  return { dimensions, maxDeviation, totalDeviation };
}

export function balanceReport<P>(
  panel: readonly P[],
  makeup: Makeup<P>,
  dimensions: readonly DimensionSpec[] = AGENT_DIMENSIONS,
): BalanceReport {
  return balanceFromTargets(panel, dimensionTargets(makeupMarginals(makeup, dimensions), dimensions));
}
