import type { WorkshopNumber } from "../domain/campaign";
import type { ContributionStepId } from "../domain/contributions";
import type { ScaleSummary } from "../domain/scale";
import type { FacilitatorCommandType, FacilitatorPointer } from "../domain/workshopMachine";
import type { LocalisedText, SETTINGS_LIMITS, WorkshopSettings } from "../domain/workshopSettings";
import type { CommitParty, StepId, StepType } from "../domain/workshopTemplate";
import type { Endpoint } from "./endpoint";
import type { HiddenItem, StepResults } from "./workshopResults";

/** The workshop as the stage and the console show it, polled while the page is open. */
export interface LiveStateDto {
  readonly campaign: { readonly id: string; readonly name: string };
  readonly kind: WorkshopNumber;
  readonly revision: number;
  readonly pointer: FacilitatorPointer;
  readonly canFacilitate: boolean;
  /** The facilitator commands the state machine accepts now (empty for whoever may not facilitate). */
  readonly allowedCommands: readonly FacilitatorCommandType[];
  /** Hidden contributions of the current step; only sent to a facilitator. */
  readonly hidden: readonly HiddenItem[];
  /** Whether the campaign's settings let a scale answer carry a comment. */
  readonly scaleAllowsComment: boolean;
  readonly screen: "waiting" | "paused" | "ended" | "step";
  readonly step: null | {
    readonly id: StepId;
    readonly type: StepType;
    readonly prompt: LocalisedText;
    readonly sequenceTitle: LocalisedText;
    readonly sequenceIndex: number;
    readonly sequenceCount: number;
    readonly stepIndex: number;
    readonly stepCount: number;
  };
  readonly results: StepResults;
  /** Workshop 3: where agents (workshop 1) and usagers (workshop 2) placed the relation. */
  readonly sides?: { readonly agents: ScaleSummary; readonly usagers: ScaleSummary };
  readonly join: { readonly code: string; readonly url: string; readonly qrSvg: string };
  /** Join-page devices let into the workshop so far, and the most it lets in. */
  readonly devices: { readonly joined: number; readonly limit: number };
}

export interface CommandBody {
  readonly type: FacilitatorCommandType;
  /** The revision the facilitator saw: a command on an older one is refused (workshop.staleVersion). */
  readonly revision: number;
  readonly seconds?: number;
}

type ContributionStep = ContributionStepId;
/** The three dot votes' steps. */
export type VoteStepId = "actionsVote" | "qualitiesVote" | "prioritiesVote";

export interface MergeBody {
  readonly stepId: ContributionStep;
  readonly keepId: string;
  readonly mergeIds: readonly string[] | string;
}
export interface ItemBody {
  readonly stepId: ContributionStep;
  readonly id: string;
}
export interface EditBody extends ItemBody {
  readonly text?: string;
  readonly tag?: CommitParty;
}
export interface CommitmentBody {
  readonly sourceItemId: string;
  readonly party: string;
  readonly text: string;
}
/** Entries for someone in the room without a phone: a marker (never a name) and their answer. */
export interface ProxyBody {
  readonly stepId: ContributionStep;
  readonly label: string;
  readonly text: string;
  readonly tag?: string;
  readonly requestId: string;
}
export interface ProxyScaleBody {
  readonly label: string;
  readonly value: number;
  readonly comment?: string;
}
export interface ProxyVoteBody {
  readonly label: string;
  readonly stepId: VoteStepId;
  readonly itemId: string;
  readonly requestId: string;
  readonly retract?: boolean;
}

/** The join page: what the code opens, and the step's card as the device sees it. */
export interface JoinInfoDto {
  readonly campaignName: string;
  readonly kind: WorkshopNumber;
  readonly revision: number;
  /** The workshop is over: its code takes no more answers. */
  readonly ended: boolean;
}
export interface JoinCardDto {
  readonly revision: number;
  /** An Adaptive Card (JSON), rendered by the page. */
  readonly card: object;
}
/** A participant's answer from the join page: the card's verb (contribute, scale, vote, unvote) and its data. */
export interface JoinActionBody {
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export type SettingsLimits = typeof SETTINGS_LIMITS;

export interface WorkshopSettingsFormDto {
  readonly campaignName: string;
  readonly settings: WorkshopSettings;
  /** The stored version (ETag), or null while the campaign uses the built-in method. */
  readonly version: string | null;
  readonly canEdit: boolean;
  /** Workshops already created: they keep the settings they started with. */
  readonly startedWorkshops: readonly WorkshopNumber[];
  readonly defaults: WorkshopSettings;
  readonly limits: SettingsLimits;
}
export type SettingsBody = WorkshopSettings & {
  /** The version the form was loaded with (null: the built-in settings); without it, last writer wins. */
  readonly version?: string | null;
};
export interface SavedSettingsDto {
  readonly settings: WorkshopSettings;
  readonly version: string;
}

/** The workshop routes of the tab's API (see endpoint.ts). */
export interface WorkshopApi {
  "GET /api/join/:code": Endpoint<undefined, JoinInfoDto>;
  "POST /api/join/:code/devices": Endpoint<Readonly<Record<string, never>>, { readonly token: string }>;
  "GET /api/join/:code/card": Endpoint<undefined, JoinCardDto>;
  "POST /api/join/:code/actions": Endpoint<JoinActionBody, JoinCardDto>;
  "GET /api/workshops/:campaignId": Endpoint<undefined, LiveStateDto>;
  /** The signed-in member's own participant card for the current step (the meeting side panel). */
  "GET /api/workshops/:campaignId/card": Endpoint<undefined, JoinCardDto>;
  /** A member's answer from that card: the same verbs and data as the card in Teams. */
  "POST /api/workshops/:campaignId/card": Endpoint<JoinActionBody, JoinCardDto>;
  "POST /api/workshops/:campaignId/commands": Endpoint<CommandBody, LiveStateDto>;
  "POST /api/workshops/:campaignId/merge": Endpoint<MergeBody, LiveStateDto>;
  "POST /api/workshops/:campaignId/hide": Endpoint<ItemBody, LiveStateDto>;
  "POST /api/workshops/:campaignId/unhide": Endpoint<ItemBody, LiveStateDto>;
  "POST /api/workshops/:campaignId/edit": Endpoint<EditBody, LiveStateDto>;
  "POST /api/workshops/:campaignId/commitments": Endpoint<CommitmentBody, LiveStateDto>;
  "POST /api/workshops/:campaignId/proxy": Endpoint<ProxyBody, LiveStateDto>;
  "POST /api/workshops/:campaignId/proxy-scale": Endpoint<ProxyScaleBody, LiveStateDto>;
  "POST /api/workshops/:campaignId/proxy-vote": Endpoint<ProxyVoteBody, LiveStateDto>;
  "GET /api/workshop-settings/:campaignId": Endpoint<undefined, WorkshopSettingsFormDto>;
  "PUT /api/workshop-settings/:campaignId": Endpoint<SettingsBody, SavedSettingsDto>;
}
