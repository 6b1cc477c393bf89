/**
 * The whole method end to end through the domain only, and a check that everything it
 * produces survives JSON (storage keeps domain objects as JSON in Azure Tables).
 */
import {
  addContribution,
  answerScale,
  buildPoster,
  buildPrioritiesBallot,
  buildQualitiesBallot,
  castVote,
  closePosterValidation,
  commitmentText,
  createBallotState,
  createRoadmapAction,
  decideCommitment,
  mergeContributions,
  posterStatus,
  proposePanel,
  recordPosterValidation,
  roadmapDrafts,
  roadmapSummary,
  scaleSummary,
  tally,
  topN,
  transition,
  visibleContributions,
  type Contribution,
} from "../../../bot/src/domain";
import { at, campaign, NOW, openAt, run, unwrap } from "./fixtures";

function roundTrips(value: unknown): void {
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
}

describe("the whole method", () => {
  it("runs from campaign to roadmap with JSON-safe values", () => {
    let c = campaign();
    c = unwrap(transition(c, "recruitingAgents", at(1)));
    const panel = proposePanel({
      volunteers: [
        { id: "a1", profile: { ageBand: "under30", sex: "female", category: "C", staffKind: "technical" } },
        { id: "a2", profile: { ageBand: "45to54", sex: "male", category: "B", staffKind: "administrative" } },
      ],
      makeup: [
        { match: { category: "C" }, count: 3 },
        { match: { category: "B" }, count: 1 },
      ],
      size: 4,
      seed: 1,
    });
    roundTrips(panel);

    // Workshop 1: ideal qualities, scale, actions.
    const w1 = openAt(1, 0);
    const ideal1: Contribution[] = [];
    for (const [id, text, key] of [
      ["i1", "Respect", "p1"],
      ["i2", "respect", "p2"],
      ["i3", "Écoute", "p2"],
    ] as const) {
      ideal1.push(unwrap(addContribution(w1, ideal1, { id, stepId: "ideal", participantKey: key, text }, at(2))));
    }
    const merged = unwrap(mergeContributions(ideal1, "i1", ["i2"], "fac", at(3)));
    const ideal1After = ideal1.map((i) => merged.find((m) => m.id === i.id) ?? i);
    roundTrips(ideal1After);
    const scaleW1 = openAt(1, 2);
    const answers = unwrap(answerScale(scaleW1, [], { participantKey: "p1", value: 6 }, at(4)));
    roundTrips(scaleSummary(answers));
    const actionsW1 = openAt(1, 3);
    const act1 = [
      unwrap(
        addContribution(
          actionsW1,
          [],
          { id: "x1", stepId: "actions", participantKey: "p1", text: "Prendre plus de temps", tag: "agents" },
          at(5),
        ),
      ),
    ];

    // Workshop 2 (usagers).
    const ideal2 = [
      unwrap(
        addContribution(
          openAt(2, 0),
          [],
          { id: "j1", stepId: "ideal", participantKey: "q1", text: "Respect !" },
          at(6),
        ),
      ),
    ];
    const act2 = [
      unwrap(
        addContribution(
          openAt(2, 3),
          [],
          { id: "y1", stepId: "actions", participantKey: "q1", text: "Respecter le règlement", tag: "usagers" },
          at(6),
        ),
      ),
    ];

    // Workshop 3 ballots and votes.
    const qualities = buildQualitiesBallot(visibleContributions(ideal1After), ideal2);
    expect(qualities.map((q) => [q.text, q.origin])).toEqual([
      ["Écoute", "agents"],
      ["Respect", "both"],
    ]);
    let qBallot = createBallotState(
      "qualities",
      qualities.map((q) => q.id),
      { budget: 3, maxPerItem: 1 },
    );
    qBallot = unwrap(castVote(qBallot, "m1", "i1", at(7)));
    qBallot = unwrap(castVote(qBallot, "m2", "i1", at(7)));
    qBallot = unwrap(castVote(qBallot, "m2", "i3", at(7)));
    roundTrips(qBallot);
    const keptQ = topN(tally(qBallot.votes, qBallot.itemIds), 5, { kind: "order", order: qBallot.itemIds });
    const priorities = buildPrioritiesBallot(act1, act2);
    roundTrips(priorities);

    const poster = unwrap(
      buildPoster({
        id: "poster",
        campaign: c,
        keptQualities: keptQ.kept.map((k) => ({ id: k.itemId, text: qualities.find((q) => q.id === k.itemId)!.text })),
        commitments: priorities.map((p) => ({ id: `k-${p.id}`, party: p.commits, text: p.text, sourceItemId: p.id })),
        now: at(8),
      }),
    );
    roundTrips(poster);
    expect(poster.qualities.map((q) => q.text)).toEqual(["Respect", "Écoute"]);
    expect(commitmentText("agents", poster.commitments.agents[0]!.text, "fr")).toBe(
      "Les agents s'engagent à prendre plus de temps.",
    );

    const validations = unwrap(
      recordPosterValidation(poster, ["m1", "m2"], [], { participantKey: "m1", version: 1, approved: true }, at(9)),
    );
    const closed = unwrap(closePosterValidation(poster, ["m1", "m2"], validations, "coord", at(10)));
    expect(posterStatus(closed, ["m1", "m2"], validations)).toMatchObject({
      state: "closedByCoordinator",
      approvals: 1,
      total: 2,
    });

    const decisions = [
      unwrap(
        decideCommitment(
          closed,
          { commitmentId: "k-x1", decision: "adopted", level: "service", decidedBy: "copil" },
          at(11),
        ),
      ),
      unwrap(
        decideCommitment(
          closed,
          {
            commitmentId: "k-y1",
            decision: "rejected",
            level: "executive",
            reason: "Déjà affiché",
            decidedBy: "copil",
          },
          at(11),
        ),
      ),
    ];
    roundTrips(decisions);
    const actions = roadmapDrafts(closed, decisions).map((d, i) =>
      unwrap(
        createRoadmapAction(
          { id: `r${i}`, commitmentId: d.commitmentId, title: d.title, dueDate: "2027-06-30" },
          at(12),
        ),
      ),
    );
    roundTrips(actions);
    expect(roadmapSummary(actions, at(13))).toMatchObject({ total: 1, overdue: 0, meanProgress: 0 });

    const w = run(openAt(3, 0), "reveal", "next", "pause");
    roundTrips(w);
    expect(NOW.getTime()).toBeLessThan(at(13).getTime());
  });
});
