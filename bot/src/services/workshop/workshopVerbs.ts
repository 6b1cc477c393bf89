import { FACILITATOR_COMMAND_TYPES, type FacilitatorCommandType } from "../../domain/workshopMachine";

/** Every Action.Execute verb of the workshop capability; the feature routes them through a typed map. */
export const FACILITATOR_VERBS = FACILITATOR_COMMAND_TYPES.map((c) => `workshop.${c}` as const);
export type FacilitatorVerb = `workshop.${FacilitatorCommandType}`;

export const WORKSHOP_VERBS = [
  "workshop.open",
  "workshop.refresh",
  "workshop.contribute",
  "workshop.scale",
  "workshop.vote",
  "workshop.unvote",
  "workshop.merge",
  "workshop.hide",
  "workshop.unhide",
  "workshop.commit",
  "workshop.proxy",
  "workshop.proxyForm",
  "workshop.organiseForm",
  ...FACILITATOR_VERBS,
] as const;
export type WorkshopVerb = (typeof WORKSHOP_VERBS)[number];

/** The verbs a join-page device may send: participant answers only. */
export const PUBLIC_VERBS = ["workshop.contribute", "workshop.scale", "workshop.vote", "workshop.unvote"] as const;
export type PublicVerb = (typeof PUBLIC_VERBS)[number];

export function commandOfVerb(verb: FacilitatorVerb): FacilitatorCommandType {
  return verb.slice("workshop.".length) as FacilitatorCommandType;
}
