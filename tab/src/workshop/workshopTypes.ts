/** The server's live workshop state (GET /api/workshops/:campaignId), as the console and stage read it. */
export type Origin = "agents" | "usagers" | "both";
export type Party = "agents" | "usagers" | "both";
export type Phase = "notStarted" | "input" | "closed" | "revealed" | "paused" | "ended";

export interface LocalisedText {
  readonly fr: string;
  readonly en: string;
}

export interface ScaleSummary {
  readonly count: number;
  readonly median: number | null;
  readonly histogram: readonly number[];
}

export interface BallotLine {
  readonly id: string;
  readonly text: string;
  readonly origin?: Origin;
  readonly commits?: Party;
}

export type StepResults =
  | {
      readonly type: "contributions";
      readonly items: readonly { id: string; text: string; weight: number; tag?: Party; proxy: boolean }[];
    }
  | { readonly type: "scale"; readonly summary: ScaleSummary }
  | {
      readonly type: "vote";
      readonly lines: readonly (BallotLine & { count: number })[];
      readonly kept: readonly string[];
      readonly voters: number;
    }
  | {
      readonly type: "commitments";
      readonly priorities: readonly BallotLine[];
      readonly commitments: readonly { sourceItemId: string; party: Party; text: string }[];
    }
  | { readonly type: "none" };

export interface LiveState {
  readonly campaign: { readonly id: string; readonly name: string };
  readonly kind: 1 | 2 | 3;
  readonly revision: number;
  readonly pointer: {
    readonly phase: Phase;
    readonly sequenceIndex: number;
    readonly stepIndex: number;
    readonly countdownEndsAt?: string;
  };
  readonly canFacilitate: boolean;
  /** Hidden contributions of the current step; only sent to a facilitator. */
  readonly hidden?: readonly { readonly id: string; readonly text: string }[];
  /** Whether the campaign's settings let a scale answer carry a comment. */
  readonly scaleAllowsComment?: boolean;
  readonly screen: "waiting" | "paused" | "ended" | "step";
  readonly step: null | {
    readonly id: string;
    readonly type: "contributions" | "scale" | "vote" | "commitments";
    readonly prompt: LocalisedText;
    readonly sequenceTitle: LocalisedText;
    readonly sequenceIndex: number;
    readonly sequenceCount: number;
    readonly stepIndex: number;
    readonly stepCount: number;
  };
  readonly results: StepResults;
  readonly sides?: { readonly agents: ScaleSummary; readonly usagers: ScaleSummary };
  readonly join: { readonly code: string; readonly url: string; readonly qrSvg: string };
  /** Join-page devices let into the workshop so far, and the most it lets in. */
  readonly devices: { readonly joined: number; readonly limit: number };
}
