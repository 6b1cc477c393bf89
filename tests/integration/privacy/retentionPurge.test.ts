import { Writable } from "node:stream";
import type { Campaign } from "../../../bot/src/domain/campaign";
import { createLogger } from "../../../bot/src/logging/logger";
import { retentionWorker, RETENTION_LEASE } from "../../../bot/src/services/privacy/retentionPurge";
import { CampaignRepository } from "../../../bot/src/storage/campaignRepository";
import { DocumentTable } from "../../../bot/src/storage/documentTable";
import { LeaseRepository } from "../../../bot/src/storage/lease/leaseRepository";
import { UsagerRepository, type UsagerRecord } from "../../../bot/src/storage/recruitment/usagerRepository";
import { VolunteerRepository, type VolunteerRecord } from "../../../bot/src/storage/recruitment/volunteerRepository";
import { testTableClients } from "../../support/testStorage";

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

function volunteer(campaignId: string, n: number): VolunteerRecord {
  return {
    campaignId,
    aadObjectId: `aad-${n}`,
    teamsId: `29:u${n}`,
    name: `Agent ${n}`,
    locale: "fr",
    status: "volunteered",
    profile: { ageBand: "30to44", sex: "female", category: "C", staffKind: "technical" },
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
    contact: `usager${n}@example.org 06 12 34 56 7${n}`,
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

describe("retention purge over Azure Tables (Azurite)", () => {
  const tables = testTableClients();
  const campaigns = new CampaignRepository(tables);
  const volunteers = new VolunteerRepository(tables);
  const usagers = new UsagerRepository(tables);
  const leases = new LeaseRepository(tables);
  const contributions = new DocumentTable<{ text: string }>(tables, "workshopContributions");
  const lines: string[] = [];
  const logger = createLogger(
    "info",
    new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }),
  );
  // "Now" is moved by the tests; the worker only ever reads it through this clock.
  let now = new Date("2027-06-01T00:00:00.000Z");
  const make = () =>
    retentionWorker({ campaigns, volunteers, usagers, leases, now: () => now, days: 365, intervalMs: 60_000, logger });

  // "explicit": retentionUntil 2027-09-01, kept through that day. "default": created 2027-01-01, so 365 days later: 2028-01-01.
  beforeAll(async () => {
    await campaigns.create(campaign("explicit", "2027-01-01T00:00:00.000Z", "2027-09-01"));
    await campaigns.create(campaign("default", "2027-01-01T00:00:00.000Z"));
    for (const id of ["explicit", "default"]) {
      for (const n of [1, 2]) {
        const v = volunteer(id, n);
        await volunteers.upsertWith(v, () => v);
        await usagers.create(usager(id, n));
      }
    }
    await contributions.insertOnce("workshop-1", "c1", { text: "Plus d'horaires le samedi" });
  });

  async function snapshot() {
    const out: Record<string, unknown> = {};
    for (const id of ["explicit", "default"])
      out[id] = { volunteers: await volunteers.list(id), usagers: await usagers.list(id) };
    return out;
  }

  it("leaves everything in place before the retention date and during that day", async () => {
    const before = await snapshot();
    expect(await make().runOnce()).toEqual({ campaignsExpired: 0, volunteersPurged: 0, usagersPurged: 0 });
    now = new Date("2027-09-01T23:59:59.000Z");
    expect(await make().runOnce()).toEqual({ campaignsExpired: 0, volunteersPurged: 0, usagersPurged: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("after the campaign's own date, removes bands and contacts of that campaign only, keeps participation and other tables", async () => {
    now = new Date("2027-09-02T00:00:01.000Z");
    expect(await make().runOnce()).toEqual({ campaignsExpired: 1, volunteersPurged: 2, usagersPurged: 2 });
    for (const v of await volunteers.list("explicit")) {
      expect(v.profile).toBeUndefined();
      expect(v.status).toBe("volunteered");
    }
    for (const u of await usagers.list("explicit")) {
      expect(u.contact).toBeUndefined();
      expect(u.profile).toBeUndefined();
      expect(u.hint).toBeUndefined();
      expect(u.status).toBe("accepted");
      expect(u.tokenExpiresAt).toBe("2027-09-02T00:00:00.000Z");
    }
    expect((await usagers.list("default")).every((u) => u.contact && u.profile)).toBe(true);
    expect((await volunteers.list("default")).every((v) => v.profile)).toBe(true);
    expect((await contributions.get("workshop-1", "c1"))?.value.text).toBe("Plus d'horaires le samedi");
  });

  it("uses creation + RETENTION_DAYS when the campaign has no date, and a second run changes nothing", async () => {
    now = new Date("2028-01-01T00:00:01.000Z");
    expect(await make().runOnce()).toEqual({ campaignsExpired: 2, volunteersPurged: 2, usagersPurged: 2 });
    const after = await snapshot();
    const etagsBefore = await usagers.list("default").then((l) => l.map((u) => u.updatedAt));
    expect(await make().runOnce()).toEqual({ campaignsExpired: 2, volunteersPurged: 0, usagersPurged: 0 });
    expect(await snapshot()).toEqual(after);
    expect(await usagers.list("default").then((l) => l.map((u) => u.updatedAt))).toEqual(etagsBefore);
  });

  it("finishes a half-done run: a row left over is purged next time", async () => {
    const leftover = { ...usager("explicit", 3), tokenExpiresAt: "2027-10-01T00:00:00.000Z" };
    await usagers.create(leftover);
    expect(await make().runOnce()).toEqual({ campaignsExpired: 2, volunteersPurged: 0, usagersPurged: 1 });
    expect((await usagers.list("explicit")).every((u) => u.contact === undefined && u.profile === undefined)).toBe(
      true,
    );
  });

  it("does nothing while another instance holds the lease, and logs counts but no names or contacts", async () => {
    expect(await leases.acquire(RETENTION_LEASE, "other-instance", Date.now(), 60_000)).toBe(true);
    expect(await make().runOnce()).toBeUndefined();
    await leases.release(RETENTION_LEASE, "other-instance");
    expect(await make().runOnce()).toBeDefined();
    const log = lines.join("");
    expect(log).toContain("retention purge done");
    expect(log).not.toMatch(/example\.org|06 12|Usager \d|Agent \d/);
  });

  it("runs at start and stops cleanly", async () => {
    const worker = make();
    const count = lines.length;
    worker.start();
    await worker.stop();
    // stop() waits for the pass started by start(), so its log line is there.
    expect(lines.length).toBeGreaterThan(count);
  });
});
