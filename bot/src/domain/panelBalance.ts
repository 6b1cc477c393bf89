/**
 * Panel proposal: pick `size` volunteers whose profile mix is as close as possible to the
 * service make-up (agents) or to the target shares (usagers).
 *
 * Explainable by construction:
 * 1. per dimension, quotas by largest remainder of the make-up shares;
 * 2. greedy pass: take, in a seeded order, the volunteer who fills the most still-open quotas;
 * 3. local search: swap a member for a non-member while it lowers the largest absolute
 *    deviation from quota across dimensions (then the total deviation);
 * 4. report what could not be filled (`gaps`) so the coordinator knows whom to recruit.
 * Same input + same seed ⇒ same panel, whatever the order volunteers arrive in.
 */
import { balanceFromTargets, dimensionTargets, type BalanceReport, type DimensionTarget } from "./balanceReport";
import { makeupMarginals, type Makeup } from "./makeup";
import { seededShuffle } from "./prng";
import {
  AGENT_DIMENSIONS,
  USAGER_DIMENSIONS,
  type DimensionSpec,
  type UsagerProfile,
  type Volunteer,
} from "./profiles";
import { largestRemainder } from "./quotas";

export type PanelGap =
  /** Fewer volunteers than seats. */
  | { readonly kind: "size"; readonly requested: number; readonly available: number; readonly missing: number }
  /** A value of a dimension with fewer panel members than its quota at the requested size. */
  | {
      readonly kind: "quota";
      readonly dimension: string;
      readonly value: string;
      readonly quota: number;
      readonly selected: number;
      readonly missing: number;
    }
  /** A group of the make-up worth at least one seat (e.g. category C under 30) with no volunteer at all. */
  | { readonly kind: "combination"; readonly values: Readonly<Record<string, string>>; readonly expectedSeats: number };

export interface PanelProposal {
  /** Selected volunteer ids, sorted. */
  readonly selectedIds: readonly string[];
  /** Quotas per dimension and value at the requested size (before neutral answers). */
  readonly quotas: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly report: BalanceReport;
  readonly gaps: readonly PanelGap[];
  readonly seed: number;
}

export interface ProposePanelInput<P> {
  readonly volunteers: readonly Volunteer<P>[];
  readonly makeup: Makeup<P>;
  readonly size: number;
  readonly seed: number;
  /** Defaults to the agent dimensions; use USAGER_DIMENSIONS (or proposeUsagerPanel) for usagers. */
  readonly dimensions?: readonly DimensionSpec[];
}

const MAX_SWAP_ROUNDS = 200;

type Score = readonly [number, number];
function better(a: Score, b: Score): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function valueOf<P>(profile: P, dimension: string): string | undefined {
  return (profile as Record<string, string | undefined>)[dimension];
}

/** Scores panels fast enough for a few hundred volunteers: quotas are cached per counted size. */
function makeScorer<P>(targets: readonly DimensionTarget[], volunteers: readonly Volunteer<P>[]) {
  const active = targets.filter((t) => t.total > 0);
  const cache = active.map(() => new Map<number, Record<string, number>>());
  const values = volunteers.map((v) => active.map((t) => valueOf(v.profile, t.spec.name)));
  return (members: readonly number[]): Score => {
    let max = 0;
    let total = 0;
    active.forEach((t, d) => {
      const counts = new Map<string, number>();
      let counted = 0;
      for (const m of members) {
        const v = values[m]?.[d];
        if (v === undefined || t.neutral.has(v)) continue;
        counts.set(v, (counts.get(v) ?? 0) + 1);
        counted++;
      }
      const byCount = cache[d] as Map<number, Record<string, number>>;
      let quotas = byCount.get(counted);
      if (!quotas) {
        quotas = largestRemainder(t.weights, counted, t.spec.values);
        byCount.set(counted, quotas);
      }
      const seen = new Set<string>();
      for (const [v, q] of Object.entries(quotas)) {
        const dev = Math.abs((counts.get(v) ?? 0) - q);
        max = Math.max(max, dev);
        total += dev;
        seen.add(v);
      }
      for (const [v, c] of counts) {
        if (!seen.has(v)) {
          max = Math.max(max, c);
          total += c;
        }
      }
    });
    return [max, total];
  };
}

function greedyPick<P>(
  order: readonly number[],
  volunteers: readonly Volunteer<P>[],
  targets: readonly DimensionTarget[],
  seats: number,
): number[] {
  const active = targets.filter((t) => t.total > 0);
  const quotas = active.map((t) => largestRemainder(t.weights, seats, t.spec.values));
  const counts = active.map(() => new Map<string, number>());
  const chosen: number[] = [];
  const remaining = order.slice();
  while (chosen.length < seats && remaining.length > 0) {
    let bestPos = 0;
    let bestGain = Number.NEGATIVE_INFINITY;
    remaining.forEach((index, pos) => {
      const profile = volunteers[index]?.profile;
      let gain = 0;
      active.forEach((t, d) => {
        const v = profile === undefined ? undefined : valueOf(profile, t.spec.name);
        if (v === undefined || t.neutral.has(v)) return;
        const open = (quotas[d]?.[v] ?? 0) - (counts[d]?.get(v) ?? 0);
        gain += open > 0 ? 1 : -1;
      });
      if (gain > bestGain) {
        bestGain = gain;
        bestPos = pos;
      }
    });
    const [picked] = remaining.splice(bestPos, 1);
    if (picked === undefined) break;
    chosen.push(picked);
    const profile = volunteers[picked]?.profile;
    active.forEach((t, d) => {
      const v = profile === undefined ? undefined : valueOf(profile, t.spec.name);
      if (v !== undefined && !t.neutral.has(v)) counts[d]?.set(v, (counts[d]?.get(v) ?? 0) + 1);
    });
  }
  return chosen;
}

/** Keeps the first of each group of identical profiles: swapping in a twin cannot change the score. */
function firstOfEachProfile(indexes: readonly number[], signature: (i: number) => string): number[] {
  const seen = new Set<string>();
  return indexes.filter((i) => {
    const key = signature(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function improveBySwaps(
  chosen: number[],
  order: readonly number[],
  score: (m: readonly number[]) => Score,
  signature: (i: number) => string,
): number[] {
  let members = chosen.slice();
  let current = score(members);
  for (let round = 0; round < MAX_SWAP_ROUNDS && current[0] + current[1] > 0; round++) {
    const inPanel = new Set(members);
    const outside = firstOfEachProfile(
      order.filter((i) => !inPanel.has(i)),
      signature,
    );
    const swappable = new Set(firstOfEachProfile(members, signature));
    let best: { members: number[]; score: Score } | undefined;
    for (let a = 0; a < members.length; a++) {
      if (!swappable.has(members[a] as number)) continue;
      for (const candidate of outside) {
        const trial = members.slice();
        trial[a] = candidate;
        const s = score(trial);
        if (better(s, best?.score ?? current)) best = { members: trial, score: s };
      }
    }
    if (!best) break;
    members = best.members;
    current = best.score;
  }
  return members;
}

function combinationGaps<P>(
  makeup: Makeup<P>,
  volunteers: readonly Volunteer<P>[],
  dimensions: readonly DimensionSpec[],
  size: number,
): PanelGap[] {
  const gaps: PanelGap[] = [];
  for (let i = 0; i < dimensions.length; i++) {
    for (let j = i + 1; j < dimensions.length; j++) {
      const d1 = dimensions[i] as DimensionSpec;
      const d2 = dimensions[j] as DimensionSpec;
      const weights: Record<string, number> = {};
      const order: string[] = [];
      for (const v1 of d1.values) for (const v2 of d2.values) order.push(`${v1}\u0000${v2}`);
      for (const cell of makeup) {
        const v1 = valueOf(cell.match, d1.name);
        const v2 = valueOf(cell.match, d2.name);
        if (v1 === undefined || v2 === undefined) continue;
        const key = `${v1}\u0000${v2}`;
        weights[key] = (weights[key] ?? 0) + cell.count;
      }
      const seats = largestRemainder(weights, size, order);
      for (const key of order) {
        const expectedSeats = seats[key] ?? 0;
        if (expectedSeats < 1) continue;
        const [v1, v2] = key.split("\u0000") as [string, string];
        const anyone = volunteers.some((v) => valueOf(v.profile, d1.name) === v1 && valueOf(v.profile, d2.name) === v2);
        if (!anyone) gaps.push({ kind: "combination", values: { [d1.name]: v1, [d2.name]: v2 }, expectedSeats });
      }
    }
  }
  return gaps;
}

export function proposePanel<P>(input: ProposePanelInput<P>): PanelProposal {
  const dimensions = input.dimensions ?? AGENT_DIMENSIONS;
  const size = Math.max(0, Math.floor(input.size));
  const targets = dimensionTargets(makeupMarginals(input.makeup, dimensions), dimensions);
  // Sorting by id first makes the result independent of the order volunteers were loaded in.
  const volunteers = input.volunteers.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const order = seededShuffle(
    volunteers.map((_, i) => i),
    input.seed,
  );
  const seats = Math.min(size, volunteers.length);
  const greedy = greedyPick(order, volunteers, targets, seats);
  const signature = (i: number) =>
    dimensions.map((d) => valueOf((volunteers[i] as Volunteer<P>).profile, d.name) ?? "").join("|");
  const members =
    seats < volunteers.length ? improveBySwaps(greedy, order, makeScorer(targets, volunteers), signature) : greedy;
  const selected = members.map((i) => volunteers[i] as Volunteer<P>);
  const report = balanceFromTargets(
    selected.map((v) => v.profile),
    targets,
  );

  const quotas: Record<string, Record<string, number>> = {};
  const gaps: PanelGap[] = [];
  if (volunteers.length < size) {
    gaps.push({ kind: "size", requested: size, available: volunteers.length, missing: size - volunteers.length });
  }
  for (const t of targets) {
    if (t.total <= 0) continue;
    quotas[t.spec.name] = largestRemainder(t.weights, size, t.spec.values);
    const balance = report.dimensions.find((d) => d.dimension === t.spec.name);
    const atSize = largestRemainder(t.weights, size - (balance?.neutral ?? 0), t.spec.values);
    for (const value of t.spec.values) {
      const quota = atSize[value] ?? 0;
      const selectedCount = balance?.values.find((v) => v.value === value)?.count ?? 0;
      if (quota > selectedCount) {
        gaps.push({
          kind: "quota",
          dimension: t.spec.name,
          value,
          quota,
          selected: selectedCount,
          missing: quota - selectedCount,
        });
      }
    }
  }
  gaps.push(...combinationGaps(input.makeup, volunteers, dimensions, size));

  return {
    selectedIds: selected.map((v) => v.id).sort(),
    quotas,
    report,
    gaps,
    seed: input.seed,
  };
}

/** Usager panels balance on kind, age band, sex and frequency of use against target shares. */
export function proposeUsagerPanel(input: Omit<ProposePanelInput<UsagerProfile>, "dimensions">): PanelProposal {
  return proposePanel({ ...input, dimensions: USAGER_DIMENSIONS });
}
