import type { WorkshopPhase } from "../domain/workshopMachine";
import type { StepResults } from "./workshopResults";

/**
 * What the live streams push as `snapshot` events (text/event-stream, not JSON answers, so they
 * are not in the API table): the part of a workshop everyone in the room may see, the same for
 * every client. A client whose own view depends on more (a participant's card, the facilitator's
 * hidden items) reads it again when `revision` moves.
 */
export interface WorkshopLiveDto {
  /** Moves with every facilitator command (step, phase, countdown). */
  readonly revision: number;
  readonly phase: WorkshopPhase;
  readonly sequenceIndex: number;
  readonly stepIndex: number;
  /** The current step's results as the stage shows them (hidden contributions left out). */
  readonly results: StepResults;
  /** Phones let in through the join page: more than people in the room is how stuffing shows. */
  readonly devicesJoined: number;
}

/** The streams and who may open them. */
export const LIVE_STREAMS = {
  /** Members (the stage, the console, the side panel). */
  workshop: (campaignId: string) => `/api/workshops/${encodeURIComponent(campaignId)}/live`,
  /** Anyone with the join code (the usagers' phones). */
  join: (code: string) => `/api/join/${encodeURIComponent(code)}/live`,
} as const;
