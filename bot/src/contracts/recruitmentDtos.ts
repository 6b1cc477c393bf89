/**
 * What the recruitment and set-up routes take and answer (see recruitmentApi.ts). Type-only: the
 * services build these shapes, the routes' schemas satisfy the bodies, the tab reads the answers.
 */
import type { BalanceReport } from "../domain/balanceReport";
import type { Campaign } from "../domain/campaign";
import type { Makeup } from "../domain/makeup";
import type { MixedAnswer } from "../domain/mixedPanel";
import type { PanelGap, PanelProposal } from "../domain/panelBalance";
import type { AgentProfile, UsagerProfile } from "../domain/profiles";
import type { SpacingWarning } from "../domain/spacing";
import type { UsagerDimensionBreakdown } from "../domain/usagerBreakdown";

// ---- Campaign set-up (the set-up form and the « nouvelle campagne » card).

/** Typed head counts: one cell per combination of bands given. */
export interface MakeupCellDto {
  readonly match: Readonly<Record<string, string>>;
  readonly count: number;
}

/** The make-up and the workshops, as both creating and editing a campaign take them. */
interface CampaignSchedule {
  /** A date (YYYY-MM-DD) or a full ISO date-time; "" clears nothing and sets nothing. */
  readonly workshop1?: string;
  readonly workshop2?: string;
  readonly workshop3?: string;
  /** Typed head counts, or a CSV export (which wins when both are sent). */
  readonly makeup?: readonly MakeupCellDto[];
  readonly makeupCsv?: string;
}

export interface CreateCampaignBody extends CampaignSchedule {
  /** Chosen by the client, so that sending the form twice stores one campaign. */
  readonly id?: string;
  readonly name: string;
  readonly approach: string;
  readonly services: readonly string[];
  readonly site?: string;
  readonly panelSize?: number;
  readonly retentionUntil?: string;
  readonly locale?: "fr" | "en";
}

export interface CampaignPatchBody extends CampaignSchedule {
  readonly meetingUrl1?: string;
  readonly meetingUrl2?: string;
  readonly meetingUrl3?: string;
}

/** A created or edited campaign, with the spacing warnings its dates raise and the make-up stored. */
export interface SavedCampaignDto {
  readonly campaign: Campaign;
  readonly warnings: readonly SpacingWarning[];
  readonly makeup?: Makeup<AgentProfile>;
}

/** The set-up form in edit mode: the make-up and the edit right go to coordinators only. */
export interface CampaignForEditDto {
  readonly campaign: Omit<Campaign, "coordinatorIds" | "managerIds">;
  readonly canEdit: boolean;
  readonly warnings: readonly SpacingWarning[];
  readonly makeup?: Makeup<AgentProfile>;
}

// ---- The agent panel.

/** One row of a breakdown: volunteers and service for one value of one dimension. Null: hidden (group under 5). */
export interface BreakdownRowDto {
  readonly value: string;
  readonly volunteers: number | null;
  readonly volunteerShare: number | null;
  readonly service: number;
  readonly serviceShare: number | null;
}

export interface DimensionBreakdownDto {
  readonly dimension: string;
  readonly rows: readonly BreakdownRowDto[];
}

export interface PanelMemberDto {
  readonly id: string;
  readonly name: string;
  readonly profile: AgentProfile;
}

export interface PanelProposalDto {
  readonly selectedIds: readonly string[];
  readonly report: BalanceReport;
  readonly gaps: readonly PanelGap[];
}

export interface RecruitmentViewDto {
  readonly campaign: Pick<Campaign, "id" | "name" | "state" | "panelSize" | "workshops">;
  readonly canSelect: boolean;
  readonly volunteerCount: number;
  readonly breakdown: readonly DimensionBreakdownDto[];
  /** Only for those who select the panel (coordinators, the service manager). */
  readonly volunteers?: readonly PanelMemberDto[];
  readonly proposal?: PanelProposalDto & { readonly seed: number };
  readonly confirmedIds?: readonly string[];
}

/** The ids of a panel composed by hand, to weigh or to confirm. */
export interface SelectionBody {
  readonly selectedIds: readonly string[];
}

export interface BalancePreviewDto {
  readonly report: BalanceReport;
}

export interface ConfirmedSelectionDto {
  readonly selectedIds: readonly string[];
  /** Volunteers queued for a notice; 0 with `notified: false` when no team is linked to the campaign. */
  readonly queued: number;
  readonly notified: boolean;
  /** Said when nobody could be told. */
  readonly warning?: string;
}

// ---- The mixed panel (workshop 3).

export interface MixedOpenedDto {
  /** Agents queued for the 1:1 card now; 0 on a repeat, as each agent is asked once. */
  readonly queued: number;
  readonly agents: number;
  /** Accepted usagers who will see the question on their confirmation page. */
  readonly usagers: number;
  /** False when no Teams conversation is known to send the agents' cards from. */
  readonly notified: boolean;
  readonly warning?: string;
}

export interface MixedMemberDto {
  readonly id: string;
  readonly name: string;
  readonly answer?: MixedAnswer;
}

export interface MixedSideDto {
  readonly seats: number;
  /** Everyone asked on this side, with their answer so far. */
  readonly asked: readonly MixedMemberDto[];
  readonly proposedIds: readonly string[];
  readonly report: BalanceReport;
  readonly gaps: readonly PanelGap[];
}

export interface MixedViewDto {
  readonly campaign: Pick<Campaign, "id" | "name" | "panelSize">;
  readonly opened: boolean;
  readonly canConfirm: boolean;
  readonly agents: MixedSideDto;
  readonly usagers: MixedSideDto;
  readonly confirmed?: {
    readonly agentIds: readonly string[];
    readonly usagerIds: readonly string[];
    readonly at: string;
  };
}

export interface MixedPanelBody {
  readonly agentIds: readonly string[];
  readonly usagerIds: readonly string[];
}

// ---- Usagers: nomination, in-person registration, their panel.

export type UsagerStatus = "nominated" | "accepted" | "declined";

export interface NominationBody {
  readonly name: string;
  readonly contact?: string;
  readonly kind?: UsagerProfile["kind"];
  readonly ageBand?: UsagerProfile["ageBand"];
  readonly frequency?: UsagerProfile["frequency"];
}

export interface NominatedUsagerDto {
  readonly id: string;
  /** The personal link to hand over; the token in it is stored only as a hash. */
  readonly link: string;
  readonly expiresAt: string;
}

/** An usager met in person, who said yes and gives their bands there (checked by the domain). */
export interface RegisterUsagerBody {
  readonly name: string;
  readonly kind: string;
  readonly ageBand: string;
  readonly sex: string;
  readonly frequency: string;
}

export type UsagerProposalDto = PanelProposal & { readonly accepted: number };

export interface UsagerListItemDto {
  readonly id: string;
  readonly name: string;
  readonly status: UsagerStatus;
  readonly profile?: UsagerProfile;
  readonly hasContact: boolean;
  /** Coordinator only: they pass the link on to the usager. */
  readonly contact?: string;
  /** When the personal link stops working; absent for usagers registered in person, who never got one. */
  readonly linkExpiresAt?: string;
  readonly mixedAnswer?: MixedAnswer;
  /** On the confirmed usager panel. */
  readonly selected: boolean;
}

export interface UsagerPanelViewDto {
  readonly campaign: Pick<Campaign, "id" | "name" | "panelSize">;
  readonly workshop: { readonly plannedAt?: string; readonly meetingUrl?: string };
  readonly canConfirm: boolean;
  readonly acceptedCount: number;
  readonly usagers: readonly UsagerListItemDto[];
  readonly breakdown: readonly UsagerDimensionBreakdown[];
  readonly proposal: PanelProposalDto;
  readonly confirmed?: { readonly selectedIds: readonly string[]; readonly at: string };
}

export interface ConfirmedUsagerPanelDto {
  readonly selectedIds: readonly string[];
  readonly confirmedAt: string;
}

// ---- The usager's personal link (public: the token is the only key).

export interface UsagerSelectionOutcomeDto {
  readonly selected: boolean;
  readonly workshopAt?: string;
  readonly meetingUrl?: string;
}

/** What the confirmation page shows: no data about anyone else, only this usager's own answers. */
export interface ConfirmationViewDto {
  readonly campaignName: string;
  readonly name: string;
  readonly status: UsagerStatus;
  readonly hint: Partial<UsagerProfile>;
  readonly profile?: UsagerProfile;
  readonly retentionUntil?: string;
  /** Present once the coordinator asks accepted usagers about workshop 3: their answer so far. */
  readonly mixed?: { readonly answer?: MixedAnswer; readonly closed: boolean };
  /** Present once the coordinator confirms the usager panel: whether this usager is on it, and when and where workshop 2 meets. */
  readonly selection?: UsagerSelectionOutcomeDto;
  /** Present once workshop 3's poster names this usager: where to read it, say whether they agree, then follow the roadmap. */
  readonly posterUrl?: string;
  readonly choices: {
    readonly kind: readonly UsagerProfile["kind"][];
    readonly ageBand: readonly UsagerProfile["ageBand"][];
    readonly sex: readonly UsagerProfile["sex"][];
    readonly frequency: readonly UsagerProfile["frequency"][];
  };
}

/** Accept (with bands and consent) or decline. */
export interface UsagerAnswerBody {
  readonly answer: "accept" | "decline";
  readonly kind?: string;
  readonly ageBand?: string;
  readonly sex?: string;
  readonly frequency?: string;
  readonly consent?: boolean;
}

export interface MixedAnswerBody {
  readonly answer: MixedAnswer;
}

// ---- The outbox: 1:1 messages sent for the campaign.

export interface OutboxCountsDto {
  readonly sent: number;
  readonly pending: number;
  readonly failed: number;
  readonly unreachable: number;
  readonly total: number;
}

export interface OutboxJobDto {
  readonly jobId: string;
  readonly kind: string;
  readonly createdAt: string;
  readonly counts: OutboxCountsDto;
}

export interface OutboxFailureDto {
  readonly jobId: string;
  readonly kind: string;
  readonly name: string;
  readonly status: "failed" | "unreachable";
  readonly reason: string;
  readonly attempts: number;
  readonly at: string;
}

export interface OutboxViewDto {
  readonly progress: OutboxCountsDto;
  readonly jobs: readonly OutboxJobDto[];
  readonly failures: readonly OutboxFailureDto[];
}
