/**
 * The campaign page's API (GET/POST /api/campaigns/<id>/progress, /moves, /roles, /people, /roster):
 * the shapes the server answers and the tab reads. Type-only and free of server code, so the tab
 * imports it as it is and a drift fails to compile on both sides.
 */
import type { CampaignState, StaffRole, WorkshopNumber } from "../domain/campaign";
import type { MoveKind, StepStatus, WorkshopProgress } from "../domain/campaignSteps";

/** A reason or a warning, with its text already in the caller's language. */
export interface LocalisedNote {
  readonly code: string;
  readonly message: string;
}

export interface MoveDto {
  readonly to: CampaignState;
  readonly kind: MoveKind;
  /** Empty when the move may be taken now. */
  readonly blockers: readonly LocalisedNote[];
}

export interface WorkshopDto {
  readonly number: WorkshopNumber;
  readonly plannedAt?: string;
  readonly meetingUrl?: string;
  readonly progress: WorkshopProgress;
}

export type HistoryEntryDto =
  | {
      readonly kind: "move";
      readonly at: string;
      readonly byName: string;
      readonly from: CampaignState;
      readonly to: CampaignState;
    }
  | {
      readonly kind: "roleAdded" | "roleRemoved";
      readonly at: string;
      readonly byName: string;
      readonly personName: string;
      readonly role: StaffRole;
    };

export interface CampaignProgressDto {
  readonly campaign: {
    readonly id: string;
    readonly name: string;
    readonly state: CampaignState;
    readonly services: readonly string[];
    readonly site?: string;
  };
  readonly steps: readonly { readonly state: CampaignState; readonly status: StepStatus }[];
  readonly moves: readonly MoveDto[];
  readonly warnings: readonly LocalisedNote[];
  readonly workshops: readonly WorkshopDto[];
  /** Newest first. */
  readonly history: readonly HistoryEntryDto[];
  readonly can: { readonly move: boolean; readonly manageRoles: boolean; readonly edit: boolean };
}

export interface MoveRequestDto {
  /** The state the page showed, so a click on an old page cannot move the campaign twice. */
  readonly from: CampaignState;
  readonly to: CampaignState;
}

export interface StaffMemberDto {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
}

/** Who holds a role after a change, as the roles section shows them. */
export interface StaffDto {
  readonly staff: readonly StaffMemberDto[];
}

export type PersonStatus = "volunteered" | "withdrawn" | "selected" | "nominated" | "accepted" | "declined";

export interface InvolvedPersonDto {
  /** The id the export and erase routes take (Entra object id for staff, recruitment id for usagers). */
  readonly personId: string;
  readonly name: string;
  readonly kind: "staff" | "agent" | "usager";
  readonly role?: StaffRole;
  readonly statuses: readonly PersonStatus[];
}

export interface PeopleDto {
  readonly staff: readonly StaffMemberDto[];
  readonly people: readonly InvolvedPersonDto[];
  readonly can: { readonly manageRoles: boolean; readonly exportAndErase: boolean };
}

export interface RosterMemberDto {
  readonly id: string;
  readonly name: string;
}

export interface RosterDto {
  readonly members: readonly RosterMemberDto[];
  /** When the team's member list was last read from Teams; undefined when it never was. */
  readonly readAt?: string;
  /** True when more members match than were returned: type more of the name. */
  readonly truncated: boolean;
}

export interface RoleRequestDto {
  readonly person: string;
  readonly name: string;
  readonly role: StaffRole;
}
