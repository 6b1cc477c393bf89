import type { Campaign } from "../../../bot/src/domain/campaign";
import { createLogger } from "../../../bot/src/logging/logger";
import { purgeExpired, RETENTION_LEASE, retentionWorker } from "../../../bot/src/services/privacy/retentionPurge";
import { CampaignRepository } from "../../../bot/src/storage/campaignRepository";
import { LeaseRepository } from "../../../bot/src/storage/lease/leaseRepository";
import { UsagerRepository, type UsagerRecord } from "../../../bot/src/storage/recruitment/usagerRepository";
import { VolunteerRepository, type VolunteerRecord } from "../../../bot/src/storage/recruitment/volunteerRepository";
import { STORE_BACKENDS } from "../../support/storeBackends";

function campaign(id: string, createdAt: string, retentionUntil?: string): Campaign {
  return {
    id,
    name: `Campagne ${id}`,
    approach: "thematic",
    services: ["État civil"],
    state: "closed",
    coordinatorIds: ["coord"],
    managerIds: [],
    workshops: { 1: {}, 2: {}, 3: {} },
    panelSize: 8,
    locale: "fr",
    createdAt,
    updatedAt: createdAt,
    ...(retentionUntil ? { retentionUntil } : {}),
  };
}

function volunteer(campaignId: string, n: number, withProfile = true): VolunteerRecord {
  return {
    campaignId,
    aadObjectId: `aad-${n}`,
    teamsId: `29:u${n}`,
    name: `Agent ${n}`,
    locale: "fr",
    status: "volunteered",
    ...(withProfile ? { profile: { ageBand: "30to44", sex: "female", category: "C", staffKind: "technical" } } : {}),
    consentAt: "2027-01-10T00:00:00.000Z",
    createdAt: "2027-01-10T00:00:00.000Z",
    updatedAt: "2027-01-10T00:00:00.000Z",
  };
}

function usager(campaignId: string, n: number): UsagerRecord {
  return {
    campaignId,
    id: `usager-${campaignId}-${n}`,
    name: `Usager ${n}`,
    contact: `usager${n}@example.org`,
    status: "accepted",
    hint: { kind: "individual" },
    profile: { kind: "individual", ageBand: "55plus", sex: "male", frequency: "regular" },
    consentAt: "2027-01-11T00:00:00.000Z",
    nominatedBy: "aad-1",
    tokenHash: `hash-${campaignId}-${n}`,
    tokenExpiresAt: "2029-01-01T00:00:00.000Z",
    locale: "fr",
    createdAt: "2027-01-11T00:00:00.000Z",
    updatedAt: "2027-01-11T00:00:00.000Z",
  };
}

const none = { campaignsExpired: 0, volunteersPurged: 0, usagersPurged: 0 };

describe.each(STORE_BACKENDS)("retention purge over %s", (_name, backend) => {
  async function setUp() {
    const store = backend.open();
    const campaigns = store.repository((c) => new CampaignRepository(c));
    const volunteers = store.repository((c) => new VolunteerRepository(c));
    const usagers = store.repository((c) => new UsagerRepository(c));
    const leases = store.repository((c) => new LeaseRepository(c));
    // "dated": kept until 2027-09-01 inclusive. "undated": created 2027-01-01, kept 365 days.
    await campaigns.create(campaign("dated", "2027-01-01T00:00:00.000Z", "2027-09-01"));
    await campaigns.create(campaign("undated", "2027-01-01T00:00:00.000Z"));
    for (const id of ["dated", "undated"]) {
      for (const n of [1, 2]) {
        const v = volunteer(id, n);
        await volunteers.upsertWith(v, () => v);
        await usagers.create(usager(id, n));
      }
    }
    let now = new Date("2027-06-01T00:00:00.000Z");
    const deps = { campaigns, volunteers, usagers, now: () => now, days: 365 };
    const at = (iso: string) => {
      now = new Date(iso);
    };
    return { campaigns, volunteers, usagers, leases, deps, at };
  }

  it("keeps everything until the retention day is over, then purges that campaign only", async () => {
    const { volunteers, usagers, deps, at } = await setUp();
    expect(await purgeExpired(deps)).toEqual(none);
    at("2027-09-01T23:59:59.999Z");
    expect(await purgeExpired(deps)).toEqual(none);

    at("2027-09-02T00:00:00.000Z");
    expect(await purgeExpired(deps)).toEqual({ campaignsExpired: 1, volunteersPurged: 2, usagersPurged: 2 });
    for (const v of await volunteers.list("dated"))
      expect(v).toEqual({ ...volunteer("dated", Number(v.aadObjectId.slice(4)), false) });
    for (const u of await usagers.list("dated")) {
      expect(u).not.toHaveProperty("contact");
      expect(u).not.toHaveProperty("hint");
      expect(u).not.toHaveProperty("profile");
      expect(u).toMatchObject({
        status: "accepted",
        name: expect.any(String),
        tokenExpiresAt: "2027-09-02T00:00:00.000Z",
      });
    }
    expect((await usagers.list("undated")).every((u) => u.contact && u.profile)).toBe(true);
    expect((await volunteers.list("undated")).every((v) => v.profile)).toBe(true);
  });

  it("falls back to creation + the configured days, and a second pass rewrites nothing", async () => {
    const { volunteers, deps, at } = await setUp();
    at("2028-01-01T00:00:00.001Z");
    expect(await purgeExpired(deps)).toEqual({ campaignsExpired: 2, volunteersPurged: 4, usagersPurged: 4 });
    const etag = (await volunteers.get("undated", "aad-1"))?.etag;
    expect(await purgeExpired(deps)).toEqual({ ...none, campaignsExpired: 2 });
    expect((await volunteers.get("undated", "aad-1"))?.etag).toBe(etag);
  });

  it("purges a row added after a pass at the next one, and leaves alone rows with nothing to remove", async () => {
    const { volunteers, usagers, deps, at } = await setUp();
    at("2027-10-01T00:00:00.000Z");
    await purgeExpired(deps);
    const bare = volunteer("dated", 3, false);
    await volunteers.upsertWith(bare, () => bare);
    await usagers.create({ ...usager("dated", 3), tokenExpiresAt: "2027-12-01T00:00:00.000Z" });
    expect(await purgeExpired(deps)).toEqual({ campaignsExpired: 1, volunteersPurged: 0, usagersPurged: 1 });
    expect((await usagers.get("dated", "usager-dated-3"))?.tokenExpiresAt).toBe("2027-09-02T00:00:00.000Z");
  });

  it("as a worker: skips a pass while another instance holds the lease, and joins a pass under way", async () => {
    const { leases, deps, at } = await setUp();
    at("2027-09-02T00:00:00.000Z");
    const worker = retentionWorker({ ...deps, leases, intervalMs: 3_600_000, logger: createLogger("silent") });
    expect(await leases.acquire(RETENTION_LEASE, "other-instance", Date.now(), 60_000)).toBe(true);
    await expect(worker.runOnce()).resolves.toBeUndefined();
    await leases.release(RETENTION_LEASE, "other-instance");

    const [a, b] = await Promise.all([worker.runOnce(), worker.runOnce()]);
    expect(a).toEqual({ campaignsExpired: 1, volunteersPurged: 2, usagersPurged: 2 });
    expect(b).toBe(a);
    // The pass released its lease: another instance may run the next one at once.
    expect(await leases.acquire(RETENTION_LEASE, "other-instance", Date.now(), 60_000)).toBe(true);
  });
});
