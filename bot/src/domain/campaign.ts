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
}
