/**
 * Dot votes ("gommettes"): each participant has a budget of dots and may put at most
 * `maxPerItem` on the same item. One Vote record = one dot, so retracting removes one dot.
 * Whether voting is open is the workshop's business (requireOpenStep), checked by the caller
 * that also loads the ballot.
 */
import { seededShuffle } from "./prng";
import { err, ok, type Result } from "./result";
import type { VoteSettings } from "./workshopSettings";

export interface Vote {
  readonly participantKey: string;
  readonly itemId: string;
  readonly at: string;
}

export interface BallotState {
  readonly ballotId: string;
  readonly itemIds: readonly string[];
  readonly budget: number;
  readonly maxPerItem: number;
  readonly votes: readonly Vote[];
}

export function createBallotState(
  ballotId: string,
  itemIds: readonly string[],
  settings: Pick<VoteSettings, "budget" | "maxPerItem">,
): BallotState {
  return { ballotId, itemIds: [...itemIds], budget: settings.budget, maxPerItem: settings.maxPerItem, votes: [] };
}

/** Dots a participant still has. */
export function dotsLeft(state: BallotState, participantKey: string): number {
  return state.budget - state.votes.filter((v) => v.participantKey === participantKey).length;
}

export function castVote(state: BallotState, participantKey: string, itemId: string, now: Date): Result<BallotState> {
  if (!state.itemIds.includes(itemId)) return err("vote.unknownItem", { itemId });
  const mine = state.votes.filter((v) => v.participantKey === participantKey);
  if (mine.length >= state.budget) return err("vote.budgetExceeded", { budget: state.budget });
  if (mine.filter((v) => v.itemId === itemId).length >= state.maxPerItem) {
    return err("vote.maxPerItemReached", { max: state.maxPerItem });
  }
  return ok({ ...state, votes: [...state.votes, { participantKey, itemId, at: now.toISOString() }] });
}

/** Removes the participant's most recent dot on that item. */
export function retractVote(
  state: BallotState,
  participantKey: string,
  itemId: string,
  _now: Date,
): Result<BallotState> {
  let index = -1;
  state.votes.forEach((v, i) => {
    if (v.participantKey === participantKey && v.itemId === itemId) index = i;
  });
  if (index < 0) return err("vote.noVoteToRetract", { itemId });
  return ok({ ...state, votes: state.votes.filter((_, i) => i !== index) });
}

/** Dots per item; items listed in `itemIds` appear even with no dot. */
export function tally(votes: readonly Pick<Vote, "itemId">[], itemIds: readonly string[] = []): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of itemIds) counts[id] = 0;
  for (const v of votes) counts[v.itemId] = (counts[v.itemId] ?? 0) + 1;
  return counts;
}

/** How equal counts are ordered: a given order (e.g. ballot order), or a seeded draw. */
export type TieBreak =
  { readonly kind: "order"; readonly order: readonly string[] } | { readonly kind: "seed"; readonly seed: number };

export interface RankedItem {
  readonly itemId: string;
  readonly count: number;
  readonly rank: number;
}

export interface TopNResult {
  readonly kept: readonly RankedItem[];
  /** Items with the same count as the last kept one that were left out: the tie was broken. */
  readonly tiedLeftOut: readonly string[];
}

/**
 * The n items with most dots; items without any dot are never kept. Ranks are shared by equal
 * counts (1, 2, 2, 4), so a broken tie at the cut-off is visible to the facilitator.
 */
export function topN(counts: Readonly<Record<string, number>>, n: number, tieBreak: TieBreak): TopNResult {
  const ids = Object.keys(counts).sort();
  const position = new Map<string, number>();
  if (tieBreak.kind === "order") {
    tieBreak.order.forEach((id, i) => position.set(id, i));
    let extra = tieBreak.order.length;
    for (const id of ids) if (!position.has(id)) position.set(id, extra++);
  } else {
    seededShuffle(ids, tieBreak.seed).forEach((id, i) => position.set(id, i));
  }
  const ranked = ids
    .filter((id) => (counts[id] ?? 0) > 0)
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || (position.get(a) ?? 0) - (position.get(b) ?? 0))
    .map((itemId, index) => ({ itemId, count: counts[itemId] ?? 0, index }));
  const withRank: RankedItem[] = [];
  for (const r of ranked) {
    const previous = withRank[withRank.length - 1];
    const rank = previous && previous.count === r.count ? previous.rank : r.index + 1;
    withRank.push({ itemId: r.itemId, count: r.count, rank });
  }
  const kept = withRank.slice(0, Math.max(0, n));
  const last = kept[kept.length - 1];
  const tiedLeftOut = last
    ? withRank
        .slice(kept.length)
        .filter((r) => r.count === last.count)
        .map((r) => r.itemId)
    : [];
  return { kept, tiedLeftOut };
}
