import type { CampaignState } from "../domain/campaign";
import type { CommitteeDecision, CommitteeOutcome } from "../domain/committee";
import type { CommonValue } from "../domain/commonValues";
import type { CommitmentInput, Poster, PosterStatus } from "../domain/poster";
import type { RoadmapAction, RoadmapStatus, RoadmapSummary } from "../domain/roadmap";
import type { CommitParty } from "../domain/workshopTemplate";

/** A commitment or quality as the coordinator types it; new ones get their id from the server. */
export interface PosterContentDto {
  readonly qualities: readonly { readonly id?: string; readonly text: string }[];
  readonly commitments: readonly {
    readonly id?: string;
    readonly party: CommitParty;
    readonly text: string;
    readonly sourceItemId?: string;
  }[];
}

/** Who validates: Teams participants by Entra id, usagers by name (each gets a personal link). */
export interface PosterParticipantsDto {
  readonly teams: readonly { readonly aadObjectId: string; readonly name?: string }[];
  readonly usagers: readonly { readonly name?: string; readonly usagerId?: string }[];
}

/** From workshop 3's outcome, or from content the coordinator types (a workshop run on paper). */
export type CreatePosterDto =
  | { readonly fromWorkshop: true; readonly participants?: PosterParticipantsDto }
  | {
      readonly fromWorkshop?: false;
      readonly content: PosterContentDto;
      readonly participants: PosterParticipantsDto;
    };

export type EditPosterDto = { readonly version: number } & PosterContentDto;

/** A participant's answer on one version; asking for a change needs a comment. */
export interface PosterAnswerDto {
  readonly version: number;
  readonly approved: boolean;
  readonly comment?: string;
}

export interface MyAnswerDto {
  readonly version: number;
  readonly approved: boolean;
  readonly comment?: string;
}

export interface ParticipantAnswerDto {
  readonly key: string;
  readonly kind: "teams" | "usager";
  readonly name?: string;
  readonly approved?: boolean;
  readonly comment?: string;
  readonly at?: string;
}

export interface UsagerLinkDto {
  readonly key: string;
  readonly name?: string;
  readonly url: string;
}

/** What the poster page shows; answers and links only for those who run validation. */
export interface PosterViewDto {
  readonly campaign: {
    readonly id: string;
    readonly name: string;
    readonly services: readonly string[];
    readonly site?: string;
  };
  readonly poster: Poster;
  readonly status: PosterStatus;
  readonly final: boolean;
  readonly source: "workshop" | "manual";
  readonly participants: { readonly total: number; readonly teams: number; readonly usagers: number };
  readonly can: { readonly edit: boolean; readonly close: boolean; readonly validate: boolean };
  readonly myAnswer?: MyAnswerDto;
  /** Coordinator only: each participant's answer on the current version, and the usagers' links. */
  readonly answers?: readonly ParticipantAnswerDto[];
  readonly usagerLinks?: readonly UsagerLinkDto[];
}

export interface ValidationRequestReportDto {
  readonly version: number;
  readonly sent: number;
  /** Teams participants without the app installed: the coordinator reaches them another way. */
  readonly unreachable: number;
  readonly usagerLinks: readonly UsagerLinkDto[];
}

export interface CommitteeViewDto {
  readonly commitments: readonly (CommitmentInput & { readonly decision?: CommitteeDecision })[];
  readonly outcome: CommitteeOutcome;
  readonly canDecide: boolean;
}

/** The committee's decision on one commitment; the domain checks the values (committee.*). */
export interface DecisionDto {
  readonly commitmentId: string;
  readonly decision: string;
  readonly level: string;
  readonly reason?: string;
  readonly adaptedText?: string;
}

export type RoadmapActionDto = RoadmapAction & {
  readonly campaignId: string;
  readonly party: CommitParty;
  readonly overdue: boolean;
};

export interface RoadmapViewDto {
  readonly campaign: { readonly id: string; readonly name: string; readonly services: readonly string[] };
  readonly actions: readonly RoadmapActionDto[];
  readonly summary: RoadmapSummary;
  readonly canEdit: boolean;
}

export interface PlanDto {
  readonly title?: string;
  readonly owner?: string | null;
  readonly dueDate?: string | null;
}

export interface ProgressDto {
  readonly status?: string;
  readonly progress?: number;
  readonly comment?: string;
}

/** Who heard of a status change: sent, turned notices off, or had no chat with the bot. */
export interface NoticeReportDto {
  readonly sent: number;
  readonly optedOut: number;
  readonly unreachable: number;
}

export type StoredActionDto = RoadmapAction & { readonly campaignId: string; readonly party: CommitParty };

export interface RoadmapChangeDto {
  readonly action: StoredActionDto;
  readonly before: StoredActionDto;
  /** Only when the status changed. */
  readonly notices?: NoticeReportDto;
}

export interface DashboardRowDto {
  readonly campaignId: string;
  readonly name: string;
  readonly services: readonly string[];
  readonly state: CampaignState;
  readonly poster: "none" | "awaitingValidation" | "final";
  readonly summary: RoadmapSummary;
}

export interface DashboardDto {
  readonly rows: readonly DashboardRowDto[];
  readonly totals: RoadmapSummary;
  readonly services: readonly string[];
  readonly owners: readonly string[];
  readonly commonValues: readonly CommonValue[];
  readonly campaignCount: number;
}

/** What a usager sees through their link: the poster (to validate while it is open) and the roadmap. No staff names. */
export interface FollowViewDto {
  readonly campaign: { readonly name: string; readonly services: readonly string[] };
  readonly poster: Poster;
  readonly status: PosterStatus;
  readonly myAnswer?: MyAnswerDto;
  readonly actions: readonly {
    readonly id: string;
    readonly title: string;
    readonly status: RoadmapStatus;
    readonly progress: number;
    readonly dueDate?: string;
    readonly overdue: boolean;
    readonly updates: readonly {
      readonly at: string;
      readonly status?: RoadmapStatus;
      readonly progress?: number;
      readonly comment: string;
    }[];
  }[];
}
