/**
 * Who runs and who follows a campaign. Each person named holds one staff role on it: coordinator
 * (runs the method), manager (follows and edits the roadmap), reader (follows). Naming someone to a
 * new role replaces the old one. A campaign always keeps a coordinator: nobody else could run it.
 */
import type { Campaign, CampaignEvent, StaffRole } from "./campaign";
import { err, ok, type Result } from "./result";

const NAME_MAX = 120;

export function roleOf(campaign: Campaign, person: string): StaffRole | undefined {
  if (campaign.coordinatorIds.includes(person)) return "coordinator";
  if (campaign.managerIds.includes(person)) return "manager";
  if ((campaign.readerIds ?? []).includes(person)) return "reader";
  return undefined;
}

function without(ids: readonly string[] | undefined, person: string): string[] {
  return (ids ?? []).filter((id) => id !== person);
}

function stripped(campaign: Campaign, person: string): Campaign {
  return {
    ...campaign,
    coordinatorIds: without(campaign.coordinatorIds, person),
    managerIds: without(campaign.managerIds, person),
    readerIds: without(campaign.readerIds, person),
  };
}

function event(
  kind: "roleAdded" | "roleRemoved",
  by: string,
  person: string,
  role: StaffRole,
  now: Date,
): CampaignEvent {
  return { kind, at: now.toISOString(), by, person, role };
}

/** Names `person` to `role`. Naming them again to the role they hold changes nothing (a resent click). */
export function assignRole(
  campaign: Campaign,
  input: { readonly person: string; readonly name: string; readonly role: StaffRole },
  by: string,
  now: Date,
): Result<Campaign> {
  const person = input.person.trim();
  const name = input.name.trim().slice(0, NAME_MAX);
  if (person.length === 0) return err("campaign.personRequired");
  const current = roleOf(campaign, person);
  if (current === input.role) return ok(campaign);
  if (current === "coordinator" && campaign.coordinatorIds.length === 1) return err("campaign.lastCoordinator");
  const base = stripped(campaign, person);
  const at = now.toISOString();
  const named: Campaign = {
    ...base,
    coordinatorIds: input.role === "coordinator" ? [...base.coordinatorIds, person] : base.coordinatorIds,
    managerIds: input.role === "manager" ? [...base.managerIds, person] : base.managerIds,
    readerIds: input.role === "reader" ? [...(base.readerIds ?? []), person] : (base.readerIds ?? []),
    names: { ...(campaign.names ?? {}), ...(name ? { [person]: name } : {}) },
    updatedAt: at,
  };
  const events = [
    ...(current ? [event("roleRemoved", by, person, current, now)] : []),
    event("roleAdded", by, person, input.role, now),
  ];
  return ok({ ...named, history: [...(campaign.history ?? []), ...events] });
}

/** Takes `person` off the campaign's staff roles. Removing someone who holds none changes nothing. */
export function removeRole(campaign: Campaign, person: string, by: string, now: Date): Result<Campaign> {
  const current = roleOf(campaign, person);
  if (!current) return ok(campaign);
  if (current === "coordinator" && campaign.coordinatorIds.length === 1) return err("campaign.lastCoordinator");
  return ok({
    ...stripped(campaign, person),
    updatedAt: now.toISOString(),
    history: [...(campaign.history ?? []), event("roleRemoved", by, person, current, now)],
  });
}
