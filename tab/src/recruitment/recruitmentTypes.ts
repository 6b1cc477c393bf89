/** Shapes of the recruitment API answers (bot/src/services/recruitment/panelSelection.ts). */
export interface BreakdownRow {
  readonly value: string;
  readonly volunteers: number | null;
  readonly volunteerShare: number | null;
  readonly service: number;
  readonly serviceShare: number | null;
}

export interface DimensionBreakdown {
  readonly dimension: string;
  readonly rows: readonly BreakdownRow[];
}

export interface PanelMember {
  readonly id: string;
  readonly name: string;
  readonly profile: Readonly<Record<string, string>>;
}

export type PanelGap =
  | { readonly kind: "size"; readonly requested: number; readonly available: number; readonly missing: number }
  | {
      readonly kind: "quota";
      readonly dimension: string;
      readonly value: string;
      readonly quota: number;
      readonly selected: number;
      readonly missing: number;
    }
  | { readonly kind: "combination"; readonly values: Readonly<Record<string, string>>; readonly expectedSeats: number };

export interface BalanceReport {
  readonly maxDeviation: number;
  readonly totalDeviation: number;
}

export interface RecruitmentView {
  readonly campaign: { readonly id: string; readonly name: string; readonly panelSize: number };
  readonly canSelect: boolean;
  readonly volunteerCount: number;
  readonly breakdown: readonly DimensionBreakdown[];
  readonly volunteers?: readonly PanelMember[];
  readonly proposal?: {
    readonly selectedIds: readonly string[];
    readonly report: BalanceReport;
    readonly gaps: readonly PanelGap[];
  };
  readonly confirmedIds?: readonly string[];
}

export interface OutboxProgress {
  readonly progress: {
    readonly sent: number;
    readonly pending: number;
    readonly failed: number;
    readonly unreachable: number;
    readonly total: number;
  };
}

/** GET /api/campaigns/:id/mixed (bot/src/services/recruitment/mixedPanel.ts). */
export interface MixedMember {
  readonly id: string;
  readonly name: string;
  readonly answer?: "yes" | "no";
}

export interface MixedSide {
  readonly seats: number;
  readonly asked: readonly MixedMember[];
  readonly proposedIds: readonly string[];
  readonly report: BalanceReport;
  readonly gaps: readonly PanelGap[];
}

export interface MixedView {
  readonly campaign: { readonly id: string; readonly name: string; readonly panelSize: number };
  readonly opened: boolean;
  readonly canConfirm: boolean;
  readonly agents: MixedSide;
  readonly usagers: MixedSide;
  readonly confirmed?: {
    readonly agentIds: readonly string[];
    readonly usagerIds: readonly string[];
    readonly at: string;
  };
}

/** GET /api/campaigns/:id/usagers (bot/src/services/recruitment/usagerPanel.ts). */
export type UsagerStatus = "nominated" | "accepted" | "declined";

export interface UsagerListItem {
  readonly id: string;
  readonly name: string;
  readonly status: UsagerStatus;
  readonly profile?: Readonly<Record<string, string>>;
  readonly hasContact: boolean;
  /** Coordinators only. */
  readonly contact?: string;
  readonly linkExpiresAt?: string;
  readonly mixedAnswer?: "yes" | "no";
  readonly selected: boolean;
}

export interface UsagerPanelView {
  readonly campaign: { readonly id: string; readonly name: string; readonly panelSize: number };
  readonly workshop: { readonly plannedAt?: string; readonly meetingUrl?: string };
  readonly canConfirm: boolean;
  readonly acceptedCount: number;
  readonly usagers: readonly UsagerListItem[];
  readonly breakdown: readonly DimensionBreakdown[];
  readonly proposal: {
    readonly selectedIds: readonly string[];
    readonly report: BalanceReport;
    readonly gaps: readonly PanelGap[];
  };
  readonly confirmed?: { readonly selectedIds: readonly string[]; readonly at: string };
}

/** The values the server's usager profile accepts (bot/src/domain/profiles.ts), in display order. */
export const USAGER_CHOICES = {
  kind: ["individual", "business", "association"],
  ageBand: ["under30", "30to44", "45to54", "55plus"],
  sex: ["female", "male", "other", "undisclosed"],
  frequency: ["firstTime", "occasional", "regular"],
} as const;
export type UsagerField = keyof typeof USAGER_CHOICES;
