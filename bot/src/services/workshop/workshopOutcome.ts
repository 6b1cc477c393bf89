import type { Origin } from "../../domain/ballots";
import type { CommitParty } from "../../domain/workshopTemplate";
import type { FeatureContext } from "../featureContext";

/**
 * What workshop 3 hands to the poster: the kept qualities and the commitments the facilitator
 * wrote, plus who took part (pseudonymous keys are not identities; `participantAadIds` lists the
 * Teams participants to ask for validation, `usagerCount` the others, reached through their link).
 * The workshop capability implements loadWorkshop3Outcome; the poster capability only reads it.
 */
export interface Workshop3Outcome {
  readonly campaignId: string;
  readonly endedAt: string;
  readonly keptQualities: readonly { readonly id: string; readonly text: string; readonly origin: Origin }[];
  readonly commitments: readonly { readonly id: string; readonly party: CommitParty; readonly text: string; readonly sourceItemId?: string }[];
  readonly participantAadIds: readonly string[];
  readonly usagerCount: number;
}

/** Undefined until workshop 3 of the campaign has ended. */
export async function loadWorkshop3Outcome(_ctx: FeatureContext, _campaignId: string): Promise<Workshop3Outcome | undefined> {
  return undefined;
}
