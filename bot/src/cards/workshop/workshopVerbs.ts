import { FACILITATOR_COMMAND_TYPES, type FacilitatorCommandType } from "../../domain/workshopMachine";

/**
 * Every Action.Execute verb the workshop owns, by name: cards put them on their buttons and the
 * feature routes them through a map typed by this list, so a verb cannot be on one side only.
 * The facilitator's commands follow the state machine's list (`workshop.<command>`).
 */
export const WORKSHOP_VERB = {
  open: "workshop.open",
  refresh: "workshop.refresh",
  contribute: "workshop.contribute",
  scale: "workshop.scale",
  vote: "workshop.vote",
  unvote: "workshop.unvote",
  merge: "workshop.merge",
  hide: "workshop.hide",
  unhide: "workshop.unhide",
  commit: "workshop.commit",
  proxy: "workshop.proxy",
  proxyForm: "workshop.proxyForm",
  organiseForm: "workshop.organiseForm",
  /** « Keep it paused », asked when the meeting ended with the workshop open. */
  keepPaused: "workshop.keepPaused",
} as const;

export type FacilitatorVerb = `workshop.${FacilitatorCommandType}`;
export const FACILITATOR_VERBS: readonly FacilitatorVerb[] = FACILITATOR_COMMAND_TYPES.map(facilitatorVerb);

export const WORKSHOP_VERBS = [...Object.values(WORKSHOP_VERB), ...FACILITATOR_VERBS] as const;
export type WorkshopVerb = (typeof WORKSHOP_VERB)[keyof typeof WORKSHOP_VERB] | FacilitatorVerb;

/** The verbs a join-page device may send: participant answers only. */
export const PUBLIC_VERBS = [
  WORKSHOP_VERB.contribute,
  WORKSHOP_VERB.scale,
  WORKSHOP_VERB.vote,
  WORKSHOP_VERB.unvote,
] as const;
export type PublicVerb = (typeof PUBLIC_VERBS)[number];

export function facilitatorVerb(command: FacilitatorCommandType): FacilitatorVerb {
  return `workshop.${command}`;
}

export function commandOfVerb(verb: FacilitatorVerb): FacilitatorCommandType {
  return verb.slice("workshop.".length) as FacilitatorCommandType;
}
