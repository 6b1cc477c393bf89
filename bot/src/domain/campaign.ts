/**
 * A campaign runs the method for one service (thematic approach) or one site grouping
 * several services (territorial approach). See ../shared/METHOD.md, "A campaign".
 */
export type Approach = "thematic" | "territorial";

export const CAMPAIGN_STATES = [
  "draft",
  "recruitingAgents",
  "workshop1",
  "recruitingUsagers",
  "workshop2",
  "mixedPanel",
  "workshop3",
  "posterValidation",
  "steeringCommittee",
  "roadmapInProgress",
  "closed",
] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export type WorkshopNumber = 1 | 2 | 3;

export interface WorkshopSchedule {
  /** ISO date-time of the planned session, when known. */
  readonly plannedAt?: string;
  readonly meetingUrl?: string;
  /** The Teams chat (a meeting's, usually) where « atelier » opened this workshop: « atelier » there finds it again. */
  readonly conversationId?: string;
}

export interface Campaign {
  readonly id: string;
  /** Display name, e.g. « Service funéraire — 2027 ». */
  readonly name: string;
  readonly approach: Approach;
  /** One service (thematic) or the services of the site (territorial). */
  readonly services: readonly string[];
  /** Site name for the territorial approach, e.g. « Maison de Hautepierre ». */
  readonly site?: string;
  readonly state: CampaignState;
  /** Teams AAD object ids of the coordinators. */
  readonly coordinatorIds: readonly string[];
  readonly managerIds: readonly string[];
  readonly workshops: Readonly<Record<WorkshopNumber, WorkshopSchedule>>;
  /** Default panel size per workshop (about 8 in the pilots). */
  readonly panelSize: number;
  readonly locale: "fr" | "en";
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Profile data and contact details are purged after this date (ISO date). */
  readonly retentionUntil?: string;
  /** People named to follow the campaign without running it (see services/policy.ts). */
  readonly readerIds?: readonly string[];
  /** Display names of the people named to a role, as the team's roster gave them. */
  readonly names?: Readonly<Record<string, string>>;
  /** Every move of the campaign and every change of roles, oldest first. */
  readonly history?: readonly CampaignEvent[];
}

export const STAFF_ROLES = ["coordinator", "manager", "reader"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who did what to the campaign, and when: shown on the campaign page, never rewritten. */
export type CampaignEvent =
  | {
      readonly kind: "move";
      readonly at: string;
      readonly by: string;
      readonly from: CampaignState;
      readonly to: CampaignState;
    }
  | {
      readonly kind: "roleAdded" | "roleRemoved";
      readonly at: string;
      readonly by: string;
      readonly person: string;
      readonly role: StaffRole;
    };
