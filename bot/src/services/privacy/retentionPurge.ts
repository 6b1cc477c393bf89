import { randomUUID } from "node:crypto";
import type { Campaign } from "../../domain/campaign";
import type { Logger } from "../../logging/logger";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { LeaseRepository } from "../../storage/lease/leaseRepository";
import type { UsagerRecord } from "../../storage/recruitment/usagerRepository";
import type { UsagerRepository } from "../../storage/recruitment/usagerRepository";
import type { VolunteerRecord, VolunteerRepository } from "../../storage/recruitment/volunteerRepository";
import type { Clock } from "../clock";
import { intervalWorker, type IntervalWorker } from "../intervalWorker";

const DAY_MS = 86_400_000;
export const RETENTION_LEASE = "retention";
// Long enough for a slow run over many campaigns; released at the end of each run anyway.
const LEASE_MS = 10 * 60_000;

/**
 * The campaign's own retention date when set, otherwise creation + the configured number of days.
 * A bare date was promised to people as "kept until" that day, so it counts in full: the purge
 * starts when the day is over (UTC).
 */
export function retentionDeadline(campaign: Campaign, days: number): Date | undefined {
  const own = campaign.retentionUntil;
  const at = own
    ? Date.parse(own) + (/^\d{4}-\d{2}-\d{2}$/.test(own) ? DAY_MS : 0)
    : Date.parse(campaign.createdAt) + days * DAY_MS;
  return Number.isFinite(at) ? new Date(at) : undefined;
}

/** Bands go; status, consent date and name stay so participation can still be counted. Undefined when nothing is left to remove. */
export function purgedVolunteer(v: VolunteerRecord): VolunteerRecord | undefined {
  if (v.profile === undefined) return undefined;
  const { profile: _profile, ...rest } = v;
  return rest;
}

/**
 * Contact, the agent's hint and the bands go; the confirmation link is made to expire at the
 * deadline so an usager cannot put bands back afterwards. The deadline (not "now") keeps a second
 * run from rewriting the row.
 */
export function purgedUsager(u: UsagerRecord, deadline: Date): UsagerRecord | undefined {
  const expiry = deadline.toISOString();
  const linkOpen = Date.parse(u.tokenExpiresAt) > deadline.getTime();
  if (u.contact === undefined && u.hint === undefined && u.profile === undefined && !linkOpen) return undefined;
  const { contact: _c, hint: _h, profile: _p, ...rest } = u;
  return { ...rest, ...(linkOpen ? { tokenExpiresAt: expiry } : {}) };
}

export interface PurgeDeps {
  readonly campaigns: CampaignRepository;
  readonly volunteers: VolunteerRepository;
  readonly usagers: UsagerRepository;
  readonly now: Clock;
  readonly days: number;
}

export interface PurgeCounts {
  readonly campaignsExpired: number;
  readonly volunteersPurged: number;
  readonly usagersPurged: number;
}

/** One pass over every campaign. Idempotent: each row is rewritten only while it still holds something to remove. */
export async function purgeExpired(deps: PurgeDeps): Promise<PurgeCounts> {
  const now = deps.now().getTime();
  let campaignsExpired = 0;
  let volunteersPurged = 0;
  let usagersPurged = 0;
  for (const campaign of await deps.campaigns.list()) {
    const deadline = retentionDeadline(campaign, deps.days);
    if (!deadline || deadline.getTime() > now) continue;
    campaignsExpired++;
    for (const v of await deps.volunteers.list(campaign.id)) {
      if (!purgedVolunteer(v)) continue;
      let changed = false;
      await deps.volunteers.update(campaign.id, v.aadObjectId, (current) => {
        const next = purgedVolunteer(current);
        changed = next !== undefined;
        return next;
      });
      if (changed) volunteersPurged++;
    }
    for (const u of await deps.usagers.list(campaign.id)) {
      if (!purgedUsager(u, deadline)) continue;
      let changed = false;
      await deps.usagers.update(campaign.id, u.id, (current) => {
        const next = purgedUsager(current, deadline);
        changed = next !== undefined;
        return next;
      });
      if (changed) usagersPurged++;
    }
  }
  return { campaignsExpired, volunteersPurged, usagersPurged };
}

/** One leased pass per tick; a pass resolves to undefined when another instance holds the lease. */
export type RetentionWorker = IntervalWorker<PurgeCounts | undefined>;

export function retentionWorker(
  deps: PurgeDeps & { readonly leases: LeaseRepository; readonly intervalMs: number; readonly logger: Logger },
): RetentionWorker {
  const holder = randomUUID();

  async function pass(): Promise<PurgeCounts | undefined> {
    // Lease expiry is about instance liveness, so wall time, not the business clock.
    if (!(await deps.leases.acquire(RETENTION_LEASE, holder, Date.now(), LEASE_MS))) return undefined;
    try {
      const counts = await purgeExpired(deps);
      deps.logger.info({ worker: "retention", ...counts }, "retention purge done");
      return counts;
    } finally {
      await deps.leases.release(RETENTION_LEASE, holder);
    }
  }

  return intervalWorker("retention", deps.intervalMs, deps.logger, pass);
}
