import {
  allowedTransitions,
  CAMPAIGN_STATES,
  canTransition,
  transition,
  type CampaignState,
} from "../../../bot/src/domain";
import { at, campaign, errorOf, unwrap } from "./fixtures";

describe("campaign lifecycle", () => {
  it("walks the whole method forward one step at a time", () => {
    let c = campaign();
    for (const state of CAMPAIGN_STATES.slice(1)) {
      c = unwrap(transition(c, state, at(1)));
      expect(c.state).toBe(state);
    }
    expect(c.updatedAt).toBe(at(1).toISOString());
  });

  it("refuses skipping a step", () => {
    const error = errorOf(transition(campaign(), "workshop1", at(1)));
    expect(error).toEqual({ code: "campaign.invalidTransition", params: { from: "draft", to: "workshop1" } });
  });

  it("allows abandoning from every open state, and nothing after closed", () => {
    for (const state of CAMPAIGN_STATES.filter((s) => s !== "closed"))
      expect(canTransition(state, "closed")).toBe(true);
    expect(allowedTransitions("closed")).toEqual([]);
    expect(transition({ ...campaign(), state: "closed" }, "draft", at(1)).ok).toBe(false);
  });

  it("goes back only from a workshop to its recruitment", () => {
    const back: Array<[CampaignState, CampaignState]> = [
      ["workshop1", "recruitingAgents"],
      ["workshop2", "recruitingUsagers"],
      ["workshop3", "mixedPanel"],
    ];
    for (const [from, to] of back) expect(canTransition(from, to)).toBe(true);
    expect(canTransition("recruitingAgents", "draft")).toBe(false);
    expect(canTransition("steeringCommittee", "posterValidation")).toBe(false);
    expect(canTransition("roadmapInProgress", "steeringCommittee")).toBe(false);
  });

  it("lists forward, back and close for a workshop state", () => {
    expect(allowedTransitions("workshop2")).toEqual(["mixedPanel", "recruitingUsagers", "closed"]);
    expect(allowedTransitions("roadmapInProgress")).toEqual(["closed"]);
  });

  it("does not modify the campaign it is given", () => {
    const c = campaign();
    unwrap(transition(c, "recruitingAgents", at(1)));
    expect(c.state).toBe("draft");
  });
});
