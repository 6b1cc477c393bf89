import type { Campaign, CampaignState } from "../../../bot/src/domain/campaign";
import {
  applyMove,
  planMove,
  plannedMoves,
  remindersFor,
  stepStatuses,
  type CampaignFacts,
} from "../../../bot/src/domain/campaignSteps";
import { assignRole, removeRole, roleOf } from "../../../bot/src/domain/campaignRoles";
import { campaign, NOW, unwrap } from "./fixtures";

const NOTHING: CampaignFacts = {
  agentPanelConfirmed: false,
  usagerPanelConfirmed: false,
  mixedPanelConfirmed: false,
  workshops: { 1: "notStarted", 2: "notStarted", 3: "notStarted" },
  posterExists: false,
  posterFinal: false,
  committeeComplete: false,
};
const EVERYTHING: CampaignFacts = {
  agentPanelConfirmed: true,
  usagerPanelConfirmed: true,
  mixedPanelConfirmed: true,
  workshops: { 1: "ended", 2: "ended", 3: "ended" },
  posterExists: true,
  posterFinal: true,
  committeeComplete: true,
};
const DATED = {
  1: { plannedAt: "2027-03-10T09:00:00.000Z" },
  2: { plannedAt: "2027-04-01T09:00:00.000Z" },
  3: { plannedAt: "2027-04-20T09:00:00.000Z" },
};

function at(state: CampaignState, dated = true): Campaign {
  const c = campaign();
  return { ...c, state, workshops: dated ? DATED : c.workshops };
}

const codes = (facts: CampaignFacts, c: Campaign, to: CampaignState) => {
  const move = plannedMoves(c, facts).find((m) => m.to === to);
  return move ? move.blockers.map((b) => b.code) : "not offered";
};

describe("the moves a campaign offers, each with what blocks it", () => {
  const cases: [string, CampaignState, CampaignState, CampaignFacts, boolean, string[] | "not offered"][] = [
    ["recruitment opens from a draft", "draft", "recruitingAgents", NOTHING, true, []],
    [
      "workshop 1 needs the agent panel and its date",
      "recruitingAgents",
      "workshop1",
      NOTHING,
      false,
      ["campaign.agentPanelNotConfirmed", "campaign.workshopDateMissing"],
    ],
    [
      "workshop 1 with a confirmed panel and a date",
      "recruitingAgents",
      "workshop1",
      { ...NOTHING, agentPanelConfirmed: true },
      true,
      [],
    ],
    [
      "leaving workshop 1 needs it to have started",
      "workshop1",
      "recruitingUsagers",
      NOTHING,
      true,
      ["campaign.workshopNotHeld"],
    ],
    [
      "leaving a running workshop 1 ends it",
      "workshop1",
      "recruitingUsagers",
      { ...NOTHING, workshops: { ...NOTHING.workshops, 1: "running" } },
      true,
      [],
    ],
    [
      "workshop 2 needs the usager panel",
      "recruitingUsagers",
      "workshop2",
      NOTHING,
      true,
      ["campaign.usagerPanelNotConfirmed"],
    ],
    ["leaving workshop 2 once held", "workshop2", "mixedPanel", EVERYTHING, true, []],
    [
      "workshop 3 needs the mixed panel and its date",
      "mixedPanel",
      "workshop3",
      NOTHING,
      false,
      ["campaign.mixedPanelNotConfirmed", "campaign.workshopDateMissing"],
    ],
    [
      "leaving workshop 3 leads to the poster",
      "workshop3",
      "posterValidation",
      { ...NOTHING, workshops: { ...NOTHING.workshops, 3: "running" } },
      true,
      [],
    ],
    [
      "the committee needs a final poster",
      "posterValidation",
      "steeringCommittee",
      NOTHING,
      true,
      ["campaign.posterNotFinal"],
    ],
    [
      "the roadmap needs every decision",
      "steeringCommittee",
      "roadmapInProgress",
      NOTHING,
      true,
      ["campaign.committeeIncomplete"],
    ],
    ["the roadmap ends with closing", "roadmapInProgress", "closed", NOTHING, true, []],
    ["a workshop postponed goes back to recruiting", "workshop2", "recruitingUsagers", NOTHING, true, []],
    [
      "a workshop held cannot be undone",
      "workshop2",
      "recruitingUsagers",
      EVERYTHING,
      true,
      ["campaign.workshopAlreadyHeld"],
    ],
    ["no going back from the poster", "posterValidation", "workshop3", EVERYTHING, true, "not offered"],
    ["no skipping a step", "recruitingAgents", "recruitingUsagers", EVERYTHING, true, "not offered"],
    ["any open campaign can be closed", "workshop1", "closed", NOTHING, true, []],
    ["closed is final", "closed", "roadmapInProgress", EVERYTHING, true, "not offered"],
  ];
  it.each(cases)("%s", (_name, from, to, facts, dated, expected) => {
    expect(codes(facts, at(from, dated), to)).toEqual(expected);
  });

  it("says which effects a move carries out", () => {
    const running = { ...NOTHING, workshops: { ...NOTHING.workshops, 3: "running" as const } };
    expect(plannedMoves(at("workshop3"), running).find((m) => m.to === "posterValidation")).toMatchObject({
      effects: ["endWorkshop", "createPosterFromWorkshop"],
      workshop: 3,
    });
    expect(plannedMoves(at("workshop3"), EVERYTHING).find((m) => m.to === "posterValidation")).toMatchObject({
      effects: [],
    });
  });
});

describe("planning the move a person asked for", () => {
  it("refuses a move from a state the campaign has left, naming where it is", () => {
    expect(planMove(at("workshop1"), EVERYTHING, { from: "recruitingAgents", to: "workshop1" })).toMatchObject({
      ok: false,
      error: { code: "campaign.movedMeanwhile" },
    });
  });

  it("answers a resent move as already done, and another stale one as moved meanwhile", () => {
    const moved = applyMove(at("recruitingAgents"), "workshop1", "coord-1", NOW);
    expect(planMove(moved, EVERYTHING, { from: "recruitingAgents", to: "workshop1" })).toEqual({
      ok: true,
      value: "alreadyDone",
    });
    expect(planMove(moved, EVERYTHING, { from: "draft", to: "recruitingAgents" })).toEqual({
      ok: false,
      error: { code: "campaign.movedMeanwhile", params: { state: "workshop1" } },
    });
  });

  it("refuses a blocked move with every reason", () => {
    const result = planMove(at("recruitingAgents", false), NOTHING, { from: "recruitingAgents", to: "workshop1" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("campaign.moveBlocked");
    if (!result.ok)
      expect(result.error.causes?.map((b) => b.code)).toEqual([
        "campaign.agentPanelNotConfirmed",
        "campaign.workshopDateMissing",
      ]);
  });

  it("refuses a move the lifecycle does not have", () => {
    expect(planMove(at("draft"), EVERYTHING, { from: "draft", to: "workshop3" })).toMatchObject({
      ok: false,
      error: { code: "campaign.invalidTransition" },
    });
  });

  it("records who moved the campaign and when", () => {
    const moved = applyMove(at("draft"), "recruitingAgents", "coord-1", NOW);
    expect(moved.state).toBe("recruitingAgents");
    expect(moved.history).toEqual([
      { kind: "move", at: NOW.toISOString(), by: "coord-1", from: "draft", to: "recruitingAgents" },
    ]);
  });
});

describe("the stepper", () => {
  it("marks the steps before the current one done", () => {
    const steps = stepStatuses("recruitingUsagers");
    expect(steps.slice(0, 4).map((s) => s.status)).toEqual(["done", "done", "done", "current"]);
    expect(steps[4]?.status).toBe("upcoming");
    expect(stepStatuses("closed").every((s) => s.status === "done")).toBe(true);
  });
});

describe("reminders", () => {
  it("reminds a coordinator a few days before a workshop whose panel is not confirmed", () => {
    const soon = { ...at("recruitingAgents"), workshops: { ...DATED, 1: { plannedAt: "2027-03-04T09:00:00.000Z" } } };
    expect(remindersFor(soon, NOTHING, NOW)).toEqual([
      { code: "reminder.panelNotConfirmed", workshop: 1, plannedAt: "2027-03-04T09:00:00.000Z", days: 3 },
    ]);
    expect(remindersFor(soon, { ...NOTHING, agentPanelConfirmed: true }, NOW)).toEqual([]);
    expect(remindersFor({ ...soon, state: "draft" }, NOTHING, NOW).map((r) => r.code)).toEqual([
      "reminder.panelNotConfirmed",
    ]);
    expect(remindersFor({ ...soon, state: "workshop1" }, NOTHING, NOW)).toEqual([]); // the next workshop (2) is weeks away
    expect(remindersFor(at("recruitingAgents"), NOTHING, NOW)).toEqual([]); // 9 days ahead: not yet
  });

  it("reminds of the spacing rule while workshop 2 is ahead", () => {
    const close = { ...at("workshop1"), workshops: { ...DATED, 2: { plannedAt: "2027-03-15T09:00:00.000Z" } } };
    expect(remindersFor(close, EVERYTHING, NOW).map((r) => r.code)).toEqual(["reminder.spacing"]);
    expect(remindersFor({ ...close, state: "workshop2" }, EVERYTHING, NOW)).toEqual([]);
  });
});

describe("roles", () => {
  it("names, changes and removes a role, recording each change", () => {
    const c = campaign();
    const named = unwrap(assignRole(c, { person: "m-1", name: "Marie Manager", role: "manager" }, "coord-1", NOW));
    expect(roleOf(named, "m-1")).toBe("manager");
    expect(named.names?.["m-1"]).toBe("Marie Manager");
    const promoted = unwrap(
      assignRole(named, { person: "m-1", name: "Marie Manager", role: "coordinator" }, "coord-1", NOW),
    );
    expect(promoted.coordinatorIds).toEqual(["coord-1", "m-1"]);
    expect(promoted.managerIds).toEqual([]);
    const removed = unwrap(removeRole(promoted, "coord-1", "m-1", NOW));
    expect(removed.coordinatorIds).toEqual(["m-1"]);
    expect(removed.history?.map((e) => e.kind)).toEqual(["roleAdded", "roleRemoved", "roleAdded", "roleRemoved"]);
  });

  it("never leaves a campaign without a coordinator", () => {
    const c = campaign();
    expect(removeRole(c, "coord-1", "coord-1", NOW)).toEqual({
      ok: false,
      error: { code: "campaign.lastCoordinator" },
    });
    expect(assignRole(c, { person: "coord-1", name: "C", role: "reader" }, "coord-1", NOW)).toEqual({
      ok: false,
      error: { code: "campaign.lastCoordinator" },
    });
  });

  it("treats naming someone again to the same role as nothing to do", () => {
    const c = campaign();
    expect(unwrap(assignRole(c, { person: "coord-1", name: "C", role: "coordinator" }, "coord-1", NOW))).toBe(c);
    expect(assignRole(c, { person: "  ", name: "x", role: "reader" }, "coord-1", NOW)).toEqual({
      ok: false,
      error: { code: "campaign.personRequired" },
    });
  });
});
