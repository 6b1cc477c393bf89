import {
  castVote,
  createBallotState,
  dotsLeft,
  retractVote,
  tally,
  topN,
  type BallotState,
} from "../../../bot/src/domain";
import { at, errorOf, NOW, unwrap } from "./fixtures";

const ballot = createBallotState("b1", ["respect", "ecoute", "accueil", "patience"], { budget: 3, maxPerItem: 1 });

function vote(state: BallotState, key: string, ...items: string[]): BallotState {
  return items.reduce((s, item) => unwrap(castVote(s, key, item, NOW)), state);
}

describe("castVote / retractVote", () => {
  it("spends dots up to the budget", () => {
    const s = vote(ballot, "p1", "respect", "ecoute", "accueil");
    expect(dotsLeft(s, "p1")).toBe(0);
    expect(errorOf(castVote(s, "p1", "patience", NOW))).toEqual({ code: "vote.budgetExceeded", params: { budget: 3 } });
    expect(castVote(s, "p2", "patience", NOW).ok).toBe(true);
  });

  it("caps dots on one item", () => {
    const s = vote(ballot, "p1", "respect");
    expect(errorOf(castVote(s, "p1", "respect", NOW))).toEqual({ code: "vote.maxPerItemReached", params: { max: 1 } });
    const two = createBallotState("b2", ["respect", "ecoute"], { budget: 3, maxPerItem: 2 });
    expect(vote(two, "p1", "respect", "respect").votes).toHaveLength(2);
  });

  it("refuses unknown items", () => {
    expect(errorOf(castVote(ballot, "p1", "nope", NOW)).code).toBe("vote.unknownItem");
  });

  it("retracts one dot, giving it back", () => {
    const s = vote(ballot, "p1", "respect", "ecoute");
    const back = unwrap(retractVote(s, "p1", "respect", at(1)));
    expect(back.votes.map((v) => v.itemId)).toEqual(["ecoute"]);
    expect(dotsLeft(back, "p1")).toBe(2);
    expect(errorOf(retractVote(back, "p1", "respect", at(1))).code).toBe("vote.noVoteToRetract");
    expect(errorOf(retractVote(s, "p2", "respect", at(1))).code).toBe("vote.noVoteToRetract");
  });
});

describe("tally and topN", () => {
  const s = vote(
    vote(vote(ballot, "p1", "respect", "ecoute", "accueil"), "p2", "respect", "ecoute", "patience"),
    "p3",
    "respect",
  );
  const counts = tally(s.votes, s.itemIds);

  it("counts dots, listing empty items when asked", () => {
    expect(counts).toEqual({ respect: 3, ecoute: 2, accueil: 1, patience: 1 });
    expect(tally([{ itemId: "x" }])).toEqual({ x: 1 });
    expect(tally([], ["a"])).toEqual({ a: 0 });
  });

  it("keeps the top n with shared ranks and reports a broken tie", () => {
    const top = topN(counts, 3, { kind: "order", order: s.itemIds });
    expect(top.kept).toEqual([
      { itemId: "respect", count: 3, rank: 1 },
      { itemId: "ecoute", count: 2, rank: 2 },
      { itemId: "accueil", count: 1, rank: 3 },
    ]);
    expect(top.tiedLeftOut).toEqual(["patience"]);
    expect(topN(counts, 3, { kind: "order", order: ["patience", "accueil"] }).kept[2]!.itemId).toBe("patience");
  });

  it("breaks ties deterministically with a seed", () => {
    const tied = { a: 1, b: 1, c: 1, d: 1, e: 1 };
    const first = topN(tied, 2, { kind: "seed", seed: 7 });
    expect(topN(tied, 2, { kind: "seed", seed: 7 })).toEqual(first);
    const picks = new Set([1, 2, 3, 4, 5, 6].map((seed) => topN(tied, 1, { kind: "seed", seed }).kept[0]!.itemId));
    expect(picks.size).toBeGreaterThan(1);
  });

  it("never keeps items without dots", () => {
    expect(topN({ a: 2, b: 0 }, 5, { kind: "order", order: [] }).kept.map((k) => k.itemId)).toEqual(["a"]);
    expect(topN({}, 5, { kind: "order", order: [] })).toEqual({ kept: [], tiedLeftOut: [] });
  });
});
