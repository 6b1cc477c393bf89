/**
 * Campaign lifecycle (METHOD.md, "A campaign").
 *
 * Allowed moves:
 * - forward by exactly one step;
 * - to "closed" from any open state (a campaign can be abandoned at any time);
 * - back by one step only from a workshop to the recruitment before it
 *   (workshop1 → recruitingAgents, workshop2 → recruitingUsagers, workshop3 → mixedPanel):
 *   a workshop postponed or a panel that fell apart means recruiting again. Every other step
 *   produced something people saw (invitations sent, poster validated, committee decided),
 *   so going back there would silently rewrite history; those moves are refused.
 * "closed" is final.
 */
import { CAMPAIGN_STATES, type Campaign, type CampaignState } from "./campaign";
import { err, ok, type Result } from "./result";

const BACKWARD: Readonly<Partial<Record<CampaignState, CampaignState>>> = {
  workshop1: "recruitingAgents",
  workshop2: "recruitingUsagers",
  workshop3: "mixedPanel",
};

export function nextState(state: CampaignState): CampaignState | undefined {
  const i = CAMPAIGN_STATES.indexOf(state);
  return CAMPAIGN_STATES[i + 1];
}

export function allowedTransitions(state: CampaignState): CampaignState[] {
  if (state === "closed") return [];
  const targets: CampaignState[] = [];
  const forward = nextState(state);
  if (forward) targets.push(forward);
  const back = BACKWARD[state];
  if (back) targets.push(back);
  if (!targets.includes("closed")) targets.push("closed");
  return targets;
}

export function canTransition(from: CampaignState, to: CampaignState): boolean {
  return allowedTransitions(from).includes(to);
}

export function transition(campaign: Campaign, to: CampaignState, now: Date): Result<Campaign> {
  if (!canTransition(campaign.state, to)) {
    return err("campaign.invalidTransition", { from: campaign.state, to });
  }
  return ok({ ...campaign, state: to, updatedAt: now.toISOString() });
}
