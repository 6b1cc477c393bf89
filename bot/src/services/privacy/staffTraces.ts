import type { Campaign, CampaignEvent, StaffRole } from "../../domain/campaign";
import { removeRole, roleOf } from "../../domain/campaignRoles";
import type { Result } from "../../domain/result";

/** What stands in for an erased person's id wherever the record of who did what is kept. */
export const ERASED = "erased";
/** What stands in, in an export, for the id of anyone other than the person asking. */
export const OTHER = "other";

/** A history entry as the person sees it in their export: their own id, nobody else's. */
export type HistoryMention =
  | { readonly kind: "move"; readonly at: string; readonly by: string; readonly from: string; readonly to: string }
  | {
      readonly kind: "roleAdded" | "roleRemoved";
      readonly at: string;
      readonly by: string;
      readonly person: string;
      readonly role: StaffRole;
    };

export interface StaffData {
  readonly role?: StaffRole;
  readonly name?: string;
}

export function staffOf(campaign: Campaign, person: string): StaffData | undefined {
  const role = roleOf(campaign, person);
  const name = campaign.names?.[person];
  if (!role && name === undefined) return undefined;
  return { ...(role ? { role } : {}), ...(name !== undefined ? { name } : {}) };
}

function mentions(e: CampaignEvent, person: string): boolean {
  return e.by === person || (e.kind !== "move" && e.person === person);
}

export function historyOf(campaign: Campaign, person: string): HistoryMention[] {
  const own = (id: string) => (id === person ? id : OTHER);
  return (campaign.history ?? [])
    .filter((e) => mentions(e, person))
    .map((e) =>
      e.kind === "move"
        ? { kind: e.kind, at: e.at, by: own(e.by), from: e.from, to: e.to }
        : { kind: e.kind, at: e.at, by: own(e.by), person: own(e.person), role: e.role },
    );
}

export interface StaffErasure {
  readonly campaign: Campaign;
  readonly staffRole: number;
  readonly staffName: number;
  readonly history: number;
}

/**
 * Takes the person off the campaign's staff through the roles rule (so the last coordinator is
 * kept, with the domain's own refusal), drops their name, and replaces their id by ERASED in the
 * history: the entries stay, since they record what was done to the campaign, but no longer by whom.
 * Undefined when the campaign holds nothing about them (a repeated erase).
 */
export function eraseStaff(
  campaign: Campaign,
  person: string,
  by: string,
  now: Date,
): Result<StaffErasure | undefined> {
  const hadRole = roleOf(campaign, person) !== undefined;
  const hadName = campaign.names?.[person] !== undefined;
  const mentioned = (campaign.history ?? []).filter((e) => mentions(e, person)).length;
  if (!hadRole && !hadName && mentioned === 0) return { ok: true, value: undefined };
  const removed = removeRole(campaign, person, by, now);
  if (!removed.ok) return removed;
  const { [person]: _name, ...names } = removed.value.names ?? {};
  const anonymous = (id: string) => (id === person ? ERASED : id);
  const history = (removed.value.history ?? []).map((e): CampaignEvent =>
    e.kind === "move" ? { ...e, by: anonymous(e.by) } : { ...e, by: anonymous(e.by), person: anonymous(e.person) },
  );
  return {
    ok: true,
    value: {
      campaign: { ...removed.value, names, history, updatedAt: now.toISOString() },
      staffRole: hadRole ? 1 : 0,
      staffName: hadName ? 1 : 0,
      history: mentioned,
    },
  };
}
