import {
  buildPoster,
  committeeOutcome,
  decideCommitment,
  roadmapDrafts,
  type CommitteeDecision,
  type DecisionInput,
} from "../../../bot/src/domain";
import { at, campaign, errorOf, NOW, unwrap } from "./fixtures";

const poster = unwrap(
  buildPoster({
    id: "p1",
    campaign: campaign(),
    keptQualities: [{ id: "q1", text: "Respect" }],
    commitments: [
      { id: "k1", party: "agents", text: "prendre plus de temps" },
      { id: "k2", party: "usagers", text: "respecter le règlement" },
      { id: "k3", party: "both", text: "plus de politesse" },
    ],
    now: NOW,
  }),
);

const decide = (input: Partial<DecisionInput>, when = NOW) =>
  decideCommitment(
    poster,
    { commitmentId: "k1", decision: "adopted", level: "service", decidedBy: "copil", ...input },
    when,
  );

describe("decideCommitment", () => {
  it("adopts without a reason", () => {
    expect(unwrap(decide({}))).toEqual({
      commitmentId: "k1",
      decision: "adopted",
      level: "service",
      decidedAt: NOW.toISOString(),
      decidedBy: "copil",
    });
  });

  it("needs a reason and new wording to adapt", () => {
    expect(errorOf(decide({ decision: "adapted", adaptedText: "x" })).code).toBe("committee.reasonRequired");
    expect(errorOf(decide({ decision: "adapted", reason: "budget" })).code).toBe("committee.adaptedTextRequired");
    expect(
      unwrap(
        decide({
          decision: "adapted",
          reason: "budget",
          adaptedText: "prendre 10 minutes de plus",
          level: "department",
        }),
      ),
    ).toMatchObject({
      adaptedText: "prendre 10 minutes de plus",
      reason: "budget",
      level: "department",
    });
  });

  it("needs a reason to reject", () => {
    expect(errorOf(decide({ decision: "rejected", reason: "   " }))).toEqual({
      code: "committee.reasonRequired",
      params: { decision: "rejected" },
    });
    expect(decide({ decision: "rejected", reason: "hors compétence" }).ok).toBe(true);
  });

  it.each([
    [{ commitmentId: "nope" }, "committee.unknownCommitment"],
    [{ decision: "maybe" }, "committee.decisionInvalid"],
    [{ level: "mayor" }, "committee.levelInvalid"],
    [{ adaptedText: "x" }, "committee.adaptedTextNotAllowed"],
    [{ reason: "x".repeat(501) }, "committee.textTooLong"],
  ])("rejects %j with %s", (patch, code) => {
    expect(errorOf(decide(patch)).code).toBe(code);
  });
});

describe("outcome and roadmap drafts", () => {
  const decisions: CommitteeDecision[] = [
    unwrap(decide({ commitmentId: "k1", decision: "rejected", reason: "first thought" }, at(1))),
    unwrap(decide({ commitmentId: "k1", decision: "adopted" }, at(2))),
    unwrap(
      decide(
        { commitmentId: "k2", decision: "adapted", reason: "clearer", adaptedText: "lire le règlement affiché" },
        at(3),
      ),
    ),
  ];

  it("uses the latest decision and lists what is undecided", () => {
    expect(committeeOutcome(poster, decisions)).toEqual({
      undecided: ["k3"],
      adopted: ["k1"],
      adapted: ["k2"],
      rejected: [],
      complete: false,
    });
    const all = [...decisions, unwrap(decide({ commitmentId: "k3", decision: "rejected", reason: "r" }, at(4)))];
    expect(committeeOutcome(poster, all)).toMatchObject({ rejected: ["k3"], complete: true });
  });

  it("drafts one action per adopted or adapted commitment, with the adapted wording", () => {
    const all = [...decisions, unwrap(decide({ commitmentId: "k3", decision: "rejected", reason: "r" }, at(4)))];
    expect(roadmapDrafts(poster, all)).toEqual([
      { commitmentId: "k1", party: "agents", title: "prendre plus de temps" },
      { commitmentId: "k2", party: "usagers", title: "lire le règlement affiché" },
    ]);
  });
});
