/** Shapes of the poster API's answers (bot/src/services/poster and roadmap), as the tab reads them. */
export type Party = "agents" | "usagers" | "both";
export const PARTIES: readonly Party[] = ["agents", "usagers", "both"];
export type ActionStatus = "toStart" | "inProgress" | "done" | "dropped";
export const ACTION_STATUSES: readonly ActionStatus[] = ["toStart", "inProgress", "done", "dropped"];

export interface PosterItem {
  readonly id: string;
  readonly text: string;
}

export interface Poster {
  readonly campaignId: string;
  readonly title: string;
  readonly version: number;
  readonly qualities: readonly PosterItem[];
  readonly commitments: Readonly<Record<Party, readonly PosterItem[]>>;
  readonly updatedAt: string;
  readonly closed?: { readonly at: string; readonly approvals: number; readonly total: number };
}

export interface PosterStatus {
  readonly state: "awaitingValidation" | "validated" | "closedByCoordinator";
  readonly version: number;
  readonly approvals: number;
  readonly total: number;
  readonly objections?: number;
}

export interface PosterView {
  readonly campaign: {
    readonly id: string;
    readonly name: string;
    readonly services: readonly string[];
    readonly site?: string;
  };
  readonly poster: Poster;
  readonly status: PosterStatus;
  readonly final: boolean;
  readonly participants: { readonly total: number; readonly teams: number; readonly usagers: number };
  readonly can: { readonly edit: boolean; readonly close: boolean; readonly validate: boolean };
  readonly myAnswer?: { readonly version: number; readonly approved: boolean; readonly comment?: string };
  readonly answers?: readonly {
    readonly key: string;
    readonly kind: "teams" | "usager";
    readonly name?: string;
    readonly approved?: boolean;
    readonly comment?: string;
  }[];
  readonly usagerLinks?: readonly { readonly key: string; readonly name?: string; readonly url: string }[];
}

export interface RoadmapUpdate {
  readonly at: string;
  readonly status?: ActionStatus;
  readonly progress?: number;
  readonly comment: string;
}

export interface RoadmapAction {
  readonly id: string;
  readonly commitmentId: string;
  readonly party: Party;
  readonly title: string;
  readonly owner?: string;
  readonly dueDate?: string;
  readonly status: ActionStatus;
  readonly progress: number;
  readonly overdue: boolean;
  readonly updates: readonly RoadmapUpdate[];
}

export interface RoadmapSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<ActionStatus, number>>;
  readonly overdue: number;
  readonly meanProgress: number | null;
}

export interface RoadmapView {
  readonly campaign: { readonly id: string; readonly name: string; readonly services: readonly string[] };
  readonly actions: readonly RoadmapAction[];
  readonly summary: RoadmapSummary;
  readonly canEdit: boolean;
}

export type DecisionKind = "adopted" | "adapted" | "rejected";
export const DECISION_KINDS: readonly DecisionKind[] = ["adopted", "adapted", "rejected"];
export type DecisionLevel = "service" | "department" | "executive" | "elected";
export const DECISION_LEVELS: readonly DecisionLevel[] = ["service", "department", "executive", "elected"];

export interface CommitteeView {
  readonly commitments: readonly {
    readonly id: string;
    readonly party: Party;
    readonly text: string;
    readonly decision?: {
      readonly decision: DecisionKind;
      readonly level: DecisionLevel;
      readonly reason?: string;
      readonly adaptedText?: string;
    };
  }[];
  readonly canDecide: boolean;
}

export interface DashboardView {
  readonly rows: readonly {
    readonly campaignId: string;
    readonly name: string;
    readonly services: readonly string[];
    readonly state: string;
    readonly poster: "none" | "awaitingValidation" | "final";
    readonly summary: RoadmapSummary;
  }[];
  readonly totals: RoadmapSummary;
  readonly services: readonly string[];
  readonly owners: readonly string[];
  readonly commonValues: readonly { readonly key: string; readonly text: string; readonly campaignCount: number }[];
  readonly campaignCount: number;
}

export interface FollowView {
  readonly campaign: { readonly name: string; readonly services: readonly string[] };
  readonly poster: Poster;
  readonly status: PosterStatus;
  readonly myAnswer?: { readonly version: number; readonly approved: boolean; readonly comment?: string };
  readonly actions: readonly Omit<RoadmapAction, "commitmentId" | "party" | "owner">[];
}
