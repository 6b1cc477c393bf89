import type { Origin } from "../domain/ballots";
import type { ScaleSummary } from "../domain/scale";
import type { CommitParty } from "../domain/workshopTemplate";

/** A ballot line as participants see it; never says who proposed it. */
export interface BallotLine {
  readonly id: string;
  readonly text: string;
  readonly origin?: Origin;
  readonly commits?: CommitParty;
}

/** A contribution as anyone may see it: text, weight, tag. No participant key, ever. */
export interface PublicItem {
  readonly id: string;
  readonly text: string;
  readonly weight: number;
  readonly tag?: CommitParty;
  readonly proxy: boolean;
}

/** A kept priority rewritten by the facilitator as a commitment of one party (workshop 3). */
export interface CommitmentLine {
  readonly sourceItemId: string;
  readonly party: CommitParty;
  readonly text: string;
}

/** The current step's results, as the stage, the console and the cards show them. */
export type StepResults =
  | { readonly type: "contributions"; readonly items: readonly PublicItem[] }
  | { readonly type: "scale"; readonly summary: ScaleSummary }
  | {
      readonly type: "vote";
      readonly lines: readonly (BallotLine & { readonly count: number })[];
      readonly kept: readonly string[];
      readonly voters: number;
    }
  | {
      readonly type: "commitments";
      readonly priorities: readonly BallotLine[];
      readonly commitments: readonly CommitmentLine[];
    }
  | { readonly type: "none" };

/** What one participant has done on the current step, shown only to them. */
export interface PersonalState {
  readonly entries: readonly string[];
  readonly scale?: { readonly value: number; readonly comment?: string };
  readonly votes: Readonly<Record<string, number>>;
  readonly dotsLeft?: number;
}

/** A hidden contribution, listed for facilitators only (never on the stage). */
export interface HiddenItem {
  readonly id: string;
  readonly text: string;
}
