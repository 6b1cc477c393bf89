import type { Campaign } from "../domain/campaign";
import type { MeetingRole } from "./botPorts";

/**
 * Who may do what: the one place. Handlers ask `can(...)` and answer a localised "forbidden" when
 * it says no; nothing else in the code decides access. Identities are Entra object ids.
 */
export type CampaignRole = "coordinator" | "manager" | "participant" | "reader";

export const ACTIONS = [
  "campaign.create",
  "campaign.read",
  "campaign.edit",
  "campaign.move",
  "campaign.manageRoles",
  "campaign.invite",
  "campaign.selectPanel",
  "campaign.registerUsager",
  "campaign.nominateUsager",
  "campaign.exportPersonData",
  "workshop.facilitate",
  "workshop.participate",
  "workshop.proxyEntry",
  "poster.edit",
  "poster.validate",
  "poster.close",
  "committee.decide",
  "roadmap.read",
  "roadmap.edit",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Actor {
  readonly aadObjectId?: string;
  /** How the person is called, when known (Teams or the SSO token): kept with the roles they are given. */
  readonly name?: string;
  /** Role in the Teams meeting the request comes from, if any. */
  readonly meetingRole?: MeetingRole;
  /** Whether the actor is on one of the campaign's panels (set by the caller from its data). */
  readonly isParticipant?: boolean;
}

export function rolesOf(actor: Actor, campaign: Campaign): ReadonlySet<CampaignRole> {
  const roles = new Set<CampaignRole>(["reader"]);
  const id = actor.aadObjectId;
  if (id && campaign.coordinatorIds.includes(id)) roles.add("coordinator");
  if (id && campaign.managerIds.includes(id)) roles.add("manager");
  if (actor.isParticipant) roles.add("participant");
  return roles;
}

const RULES: Record<Action, (roles: ReadonlySet<CampaignRole>, actor: Actor) => boolean> = {
  // Any member of the organisation may start a campaign for their service and coordinates it.
  "campaign.create": (_r, actor) => Boolean(actor.aadObjectId),
  "campaign.read": () => true,
  "campaign.edit": (r) => r.has("coordinator"),
  // Moving the campaign on and naming who runs or follows it are the coordination's decisions.
  "campaign.move": (r) => r.has("coordinator"),
  "campaign.manageRoles": (r) => r.has("coordinator"),
  "campaign.invite": (r) => r.has("coordinator"),
  "campaign.selectPanel": (r) => r.has("coordinator") || r.has("manager"),
  "campaign.registerUsager": (r) => r.has("coordinator"),
  // Agents recruit usagers: any member of the organisation may nominate one.
  "campaign.nominateUsager": (_r, actor) => Boolean(actor.aadObjectId),
  "campaign.exportPersonData": (r) => r.has("coordinator"),
  // In a meeting, its organiser or a presenter may facilitate too (the room's animateur).
  "workshop.facilitate": (r, actor) =>
    r.has("coordinator") || actor.meetingRole === "Organizer" || actor.meetingRole === "Presenter",
  "workshop.participate": () => true,
  "workshop.proxyEntry": (r, actor) =>
    r.has("coordinator") || actor.meetingRole === "Organizer" || actor.meetingRole === "Presenter",
  "poster.edit": (r) => r.has("coordinator"),
  "poster.validate": (r) => r.has("participant"),
  "poster.close": (r) => r.has("coordinator"),
  // The coordinator records what the steering committee decided; participants never decide.
  "committee.decide": (r) => r.has("coordinator"),
  "roadmap.read": () => true,
  "roadmap.edit": (r) => r.has("coordinator") || r.has("manager"),
};

export function can(actor: Actor, action: Action, campaign?: Campaign): boolean {
  const roles = campaign ? rolesOf(actor, campaign) : new Set<CampaignRole>(["reader"]);
  return RULES[action](roles, actor);
}
