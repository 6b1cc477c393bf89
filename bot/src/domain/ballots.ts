/**
 * Workshop 3 ballots, built from what workshops 1 (agents) and 2 (usagers) produced.
 * Identical ideas are merged on their normalised wording (case, accents, whitespace,
 * trailing punctuation), so « Respect. » from the agents and "respect" from the usagers
 * become one item tagged "both". Items are ordered alphabetically on that key: a neutral
 * order that favours neither panel.
 */
import { compareKeys, normaliseWording } from "./text";
import { COMMIT_PARTIES, type CommitParty } from "./workshopTemplate";

/** The same three groups as the parties that commit: the agents, the usagers, or both. */
export const ORIGINS = COMMIT_PARTIES;
/** Which panel came up with an item. */
export type Origin = (typeof ORIGINS)[number];

/** What the builders need from a contribution (Contribution satisfies it). */
export interface SourceItem {
  readonly id: string;
  readonly text: string;
  readonly weight?: number;
  readonly tag?: CommitParty;
  readonly hidden?: boolean;
  readonly mergedInto?: string;
}

export interface BallotItem {
  /** The id of the first source item: stable, and no id generation in the domain. */
  readonly id: string;
  readonly text: string;
  readonly key: string;
  readonly origin: Origin;
  readonly sourceIds: readonly string[];
  /** How many times the idea was put forward (merged weights). */
  readonly weight: number;
}

export interface PriorityBallotItem extends BallotItem {
  /** Who would commit, joined across panels (agents + usagers ⇒ both). */
  readonly commits: CommitParty;
}

function joinParties(a: CommitParty, b: CommitParty): CommitParty {
  return a === b ? a : "both";
}

interface Group {
  key: string;
  text: string;
  sourceIds: string[];
  weight: number;
  fromAgents: boolean;
  fromUsagers: boolean;
  commits?: CommitParty;
}

function group(w1: readonly SourceItem[], w2: readonly SourceItem[]): Group[] {
  const groups = new Map<string, Group>();
  const add = (items: readonly SourceItem[], side: "agents" | "usagers") => {
    for (const item of items) {
      if (item.hidden || item.mergedInto !== undefined) continue;
      const key = normaliseWording(item.text);
      if (key.length === 0) continue;
      let g = groups.get(key);
      if (!g) {
        g = { key, text: item.text.trim(), sourceIds: [], weight: 0, fromAgents: false, fromUsagers: false };
        groups.set(key, g);
      }
      g.sourceIds.push(item.id);
      g.weight += item.weight ?? 1;
      if (side === "agents") g.fromAgents = true;
      else g.fromUsagers = true;
      if (item.tag) g.commits = g.commits ? joinParties(g.commits, item.tag) : item.tag;
    }
  };
  add(w1, "agents");
  add(w2, "usagers");
  return [...groups.values()].sort((a, b) => compareKeys(a.key, b.key));
}

function toItem(g: Group): BallotItem {
  return {
    id: g.sourceIds[0] ?? g.key,
    text: g.text,
    key: g.key,
    origin: g.fromAgents && g.fromUsagers ? "both" : g.fromAgents ? "agents" : "usagers",
    sourceIds: g.sourceIds,
    weight: g.weight,
  };
}

/** Qualities of the ideal relation from W1 and W2, merged. Hidden and merged-away items are left out. */
export function buildQualitiesBallot(
  w1IdealItems: readonly SourceItem[],
  w2IdealItems: readonly SourceItem[],
): BallotItem[] {
  return group(w1IdealItems, w2IdealItems).map(toItem);
}

/** Actions from W1 and W2, merged, each with who would commit. Untagged actions count as "both". */
export function buildPrioritiesBallot(
  w1Actions: readonly SourceItem[],
  w2Actions: readonly SourceItem[],
): PriorityBallotItem[] {
  return group(w1Actions, w2Actions).map((g) => ({ ...toItem(g), commits: g.commits ?? "both" }));
}
