/**
 * What stands between a campaign and its next step, and what a move does on the way.
 *
 * The lifecycle (lifecycle.ts) says which moves exist; this file says when each one may be taken,
 * from facts the services gather (panels confirmed, dates set, workshops held, poster and committee
 * done). A blocked move is not hidden: the coordinator sees it with its reasons, so the page always
 * answers « what is missing before the next step? ».
 */
import {
  CAMPAIGN_STATES,
  type Campaign,
  type CampaignEvent,
  type CampaignState,
  type WorkshopNumber,
} from "./campaign";
import { allowedTransitions, nextState } from "./lifecycle";
import { err, errWith, ok, type DomainError, type Result } from "./result";
import { checkSpacing, type SpacingWarning } from "./spacing";

/** A workshop as the campaign sees it: not run yet, under way (started, not ended), or held. */
export type WorkshopProgress = "notStarted" | "running" | "ended";

export interface CampaignFacts {
  readonly agentPanelConfirmed: boolean;
  readonly usagerPanelConfirmed: boolean;
  readonly mixedPanelConfirmed: boolean;
  readonly workshops: Readonly<Record<WorkshopNumber, WorkshopProgress>>;
  readonly posterExists: boolean;
  readonly posterFinal: boolean;
  readonly committeeComplete: boolean;
}

/** Side effects a move carries out before the campaign changes state. */
export type MoveEffect = "endWorkshop" | "createPosterFromWorkshop";

export type MoveKind = "forward" | "back" | "close";

export interface PlannedMove {
  readonly to: CampaignState;
  readonly kind: MoveKind;
  /** Empty when the move may be taken now. */
  readonly blockers: readonly DomainError[];
  readonly effects: readonly MoveEffect[];
  /** The workshop the effects apply to. */
  readonly workshop?: WorkshopNumber;
}

export const WORKSHOP_OF_STATE: Readonly<Partial<Record<CampaignState, WorkshopNumber>>> = {
  workshop1: 1,
  workshop2: 2,
  workshop3: 3,
};

/** Before each workshop, the panel it needs. */
const PANEL_BEFORE: Readonly<Partial<Record<CampaignState, { fact: keyof CampaignFacts; code: DomainError["code"] }>>> =
  {
    workshop1: { fact: "agentPanelConfirmed", code: "campaign.agentPanelNotConfirmed" },
    workshop2: { fact: "usagerPanelConfirmed", code: "campaign.usagerPanelNotConfirmed" },
    workshop3: { fact: "mixedPanelConfirmed", code: "campaign.mixedPanelNotConfirmed" },
  };

function forwardMove(campaign: Campaign, facts: CampaignFacts, to: CampaignState): PlannedMove {
  const blockers: DomainError[] = [];
  const entering = WORKSHOP_OF_STATE[to];
  if (entering !== undefined) {
    const panel = PANEL_BEFORE[to];
    if (panel && facts[panel.fact] !== true) blockers.push({ code: panel.code });
    if (!campaign.workshops[entering].plannedAt)
      blockers.push({ code: "campaign.workshopDateMissing", params: { workshop: entering } });
    return { to, kind: "forward", blockers, effects: [] };
  }
  const leaving = WORKSHOP_OF_STATE[campaign.state];
  if (leaving !== undefined) {
    const progress = facts.workshops[leaving];
    if (progress === "notStarted") blockers.push({ code: "campaign.workshopNotHeld", params: { workshop: leaving } });
    const effects: MoveEffect[] = progress === "running" ? ["endWorkshop"] : [];
    if (leaving === 3 && !facts.posterExists) effects.push("createPosterFromWorkshop");
    return { to, kind: "forward", blockers, effects, workshop: leaving };
  }
  if (to === "steeringCommittee" && !facts.posterFinal) blockers.push({ code: "campaign.posterNotFinal" });
  if (to === "roadmapInProgress" && !facts.committeeComplete) blockers.push({ code: "campaign.committeeIncomplete" });
  return { to, kind: "forward", blockers, effects: [] };
}

/**
 * Every move the lifecycle allows from where the campaign is, each with what blocks it now.
 * Going back from a workshop (postponed) is refused once that workshop was held: what people said
 * there stays, and the campaign goes on from it.
 */
export function plannedMoves(campaign: Campaign, facts: CampaignFacts): PlannedMove[] {
  const forward = nextState(campaign.state);
  return allowedTransitions(campaign.state).map((to): PlannedMove => {
    if (to === forward && to !== "closed") return forwardMove(campaign, facts, to);
    if (to === "closed") return { to, kind: "close", blockers: [], effects: [] };
    const leaving = WORKSHOP_OF_STATE[campaign.state];
    const held = leaving !== undefined && facts.workshops[leaving] === "ended";
    return {
      to,
      kind: "back",
      blockers:
        held && leaving !== undefined ? [{ code: "campaign.workshopAlreadyHeld", params: { workshop: leaving } }] : [],
      effects: [],
    };
  });
}

/**
 * The move a person asked for, checked against where the campaign is (`from`, as their page showed
 * it) and against its blockers, refused as `campaign.moveBlocked` with each blocker as a cause.
 * Asking again for a move that was just made (a resent click) is not an error: it answers
 * `alreadyDone`, and the caller changes nothing.
 */
export function planMove(
  campaign: Campaign,
  facts: CampaignFacts,
  request: { readonly from: CampaignState; readonly to: CampaignState },
): Result<PlannedMove | "alreadyDone"> {
  if (campaign.state === request.to && lastMove(campaign)?.from === request.from) return ok("alreadyDone");
  if (campaign.state !== request.from) return err("campaign.movedMeanwhile", { state: campaign.state });
  const move = plannedMoves(campaign, facts).find((m) => m.to === request.to);
  if (!move) return err("campaign.invalidTransition", { from: campaign.state, to: request.to });
  if (move.blockers.length > 0) return errWith("campaign.moveBlocked", move.blockers);
  return ok(move);
}

function lastMove(campaign: Campaign): Extract<CampaignEvent, { kind: "move" }> | undefined {
  const moves = (campaign.history ?? []).filter(
    (e): e is Extract<CampaignEvent, { kind: "move" }> => e.kind === "move",
  );
  return moves[moves.length - 1];
}

/** The campaign in its new state, with the move in its history. The caller checked the move with planMove. */
export function applyMove(campaign: Campaign, to: CampaignState, by: string, now: Date): Campaign {
  const at = now.toISOString();
  const event: CampaignEvent = { kind: "move", at, by, from: campaign.state, to };
  return { ...campaign, state: to, updatedAt: at, history: [...(campaign.history ?? []), event] };
}

/** Warnings that do not block but that the coordinator should see wherever dates show. */
export function scheduleWarnings(campaign: Campaign): SpacingWarning[] {
  const w1 = campaign.workshops[1].plannedAt;
  const w2 = campaign.workshops[2].plannedAt;
  return w1 && w2 ? checkSpacing(w1, w2) : [];
}

/** The method's steps in order, as the stepper shows them (closed is not a step of its own). */
export const METHOD_STEPS: readonly CampaignState[] = CAMPAIGN_STATES.filter((s) => s !== "closed");

export type StepStatus = "done" | "current" | "upcoming";

export function stepStatuses(state: CampaignState): { readonly state: CampaignState; readonly status: StepStatus }[] {
  const at = state === "closed" ? METHOD_STEPS.length : METHOD_STEPS.indexOf(state);
  return METHOD_STEPS.map((s, i) => ({ state: s, status: i < at ? "done" : i === at ? "current" : "upcoming" }));
}

/**
 * Days before a planned workshop when the coordinator is reminded that its panel is not confirmed.
 * Three working days leave time to call volunteers; closer than that, the reminder comes daily.
 */
export const REMINDER_DAYS_BEFORE = 5;

export type Reminder =
  | {
      readonly code: "reminder.panelNotConfirmed";
      readonly workshop: WorkshopNumber;
      readonly plannedAt: string;
      readonly days: number;
    }
  | { readonly code: "reminder.spacing"; readonly warning: SpacingWarning };

/**
 * What a coordinator should hear about today: the next workshop is close and its panel is not
 * confirmed, or the dates break the 15-day-to-a-month rule. Pure: the worker decides when to send.
 */
export function remindersFor(campaign: Campaign, facts: CampaignFacts, now: Date): Reminder[] {
  if (campaign.state === "closed") return [];
  const reminders: Reminder[] = [];
  // The next workshop ahead, however many recruiting steps are left before it.
  const next = CAMPAIGN_STATES.slice(CAMPAIGN_STATES.indexOf(campaign.state) + 1).find(
    (s) => WORKSHOP_OF_STATE[s] !== undefined,
  );
  const upcoming = next ? WORKSHOP_OF_STATE[next] : undefined;
  if (upcoming !== undefined && next) {
    const plannedAt = campaign.workshops[upcoming].plannedAt;
    const panel = PANEL_BEFORE[next];
    if (plannedAt && panel && facts[panel.fact] !== true) {
      const days = Math.ceil((new Date(plannedAt).getTime() - now.getTime()) / 86_400_000);
      if (days >= 0 && days <= REMINDER_DAYS_BEFORE)
        reminders.push({ code: "reminder.panelNotConfirmed", workshop: upcoming, plannedAt, days });
    }
  }
  const before2 = ["draft", "recruitingAgents", "workshop1", "recruitingUsagers"] as const;
  if ((before2 as readonly string[]).includes(campaign.state))
    for (const warning of scheduleWarnings(campaign)) reminders.push({ code: "reminder.spacing", warning });
  return reminders;
}
