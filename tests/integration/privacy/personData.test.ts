import type { Campaign } from "../../../bot/src/domain/campaign";
import { erasePerson, exportPerson } from "../../../bot/src/services/privacy/personData";
import { CampaignRepository } from "../../../bot/src/storage/campaignRepository";
import { OutboxRepository } from "../../../bot/src/storage/outbox/outboxRepository";
import { createPosterRepositories } from "../../../bot/src/storage/poster/posterRepositories";
import { RecruitmentRecordRepository } from "../../../bot/src/storage/recruitment/recruitmentRecordRepository";
import { UsagerRepository, type UsagerRecord } from "../../../bot/src/storage/recruitment/usagerRepository";
import { VolunteerRepository, type VolunteerRecord } from "../../../bot/src/storage/recruitment/volunteerRepository";
import { AttendeeRepository } from "../../../bot/src/storage/workshop/attendeeRepository";
import { testTableClients } from "../../support/testStorage";

/** The receipt's counts for the kinds these recruitment cases do not touch. */
const NOTHING_ELSE = { attendance: 0, outbox: 0, staffRole: 0, staffName: 0, history: 0, poster: 0, roadmap: 0 };

describe("person data over Azure Tables (Azurite)", () => {
  const tables = testTableClients();
  const deps = {
    campaigns: new CampaignRepository(tables),
    volunteers: new VolunteerRepository(tables),
    usagers: new UsagerRepository(tables),
    records: new RecruitmentRecordRepository(tables),
    attendees: new AttendeeRepository(tables),
    outbox: new OutboxRepository(tables),
    posters: createPosterRepositories(tables).posters,
    roadmap: createPosterRepositories(tables).roadmap,
    now: () => new Date("2027-05-01T00:00:00.000Z"),
  };
  const at = "2027-02-01T00:00:00.000Z";
  const campaign: Campaign = {
    id: "c1",
    name: "C1",
    approach: "thematic",
    services: ["État civil"],
    state: "workshop1",
    coordinatorIds: ["coord"],
    managerIds: ["manager"],
    workshops: { 1: {}, 2: {}, 3: {} },
    panelSize: 8,
    locale: "fr",
    createdAt: at,
    updatedAt: at,
  };
  const volunteer = (id: string): VolunteerRecord => ({
    campaignId: "c1",
    aadObjectId: id,
    teamsId: `29:${id}`,
    name: id,
    locale: "fr",
    status: "volunteered",
    profile: { ageBand: "under30", sex: "male", category: "A", staffKind: "administrative" },
    consentAt: at,
    createdAt: at,
    updatedAt: at,
  });

  beforeAll(async () => {
    await deps.campaigns.create(campaign);
    for (const id of ["a1", "a2"]) await deps.volunteers.upsertWith(volunteer(id), (v) => v);
    await deps.records.change("c1", deps.now(), (r) => ({
      ...r,
      selectedAgentIds: ["a1", "a2"],
      selectionConfirmedAt: at,
    }));
  });

  it("is for coordinators only: a manager of the campaign is refused", async () => {
    expect(await exportPerson(deps, { aadObjectId: "manager" }, "c1", "a1")).toEqual({
      ok: false,
      error: { code: "privacy.forbidden" },
    });
    expect(await erasePerson(deps, {}, "c1", "a1")).toEqual({ ok: false, error: { code: "privacy.forbidden" } });
    expect((await deps.volunteers.get("c1", "a1"))?.value.profile).toBeDefined();
  });

  it("exports the panel seat and erases it with the volunteer row, leaving the other panel members", async () => {
    const exported = await exportPerson(deps, { aadObjectId: "coord" }, "c1", "a1");
    expect(exported).toMatchObject({
      ok: true,
      value: { agentPanel: { selected: true, confirmedAt: at }, volunteer: { aadObjectId: "a1" } },
    });
    expect(await erasePerson(deps, { aadObjectId: "coord" }, "c1", "a1")).toEqual({
      ok: true,
      value: { volunteer: true, agentPanel: true, mixedPanel: false, nominations: 0, usager: false, ...NOTHING_ELSE },
    });
    expect((await deps.records.get("c1"))?.value.selectedAgentIds).toEqual(["a2"]);
    expect(await deps.volunteers.get("c1", "a1")).toBeUndefined();
    expect(await deps.volunteers.get("c1", "a2")).toBeDefined();
    expect(await exportPerson(deps, { aadObjectId: "coord" }, "c1", "a1")).toEqual({
      ok: false,
      error: { code: "privacy.notFound" },
    });
  });

  it("exports an usager's seat on the usager panel and erases it with their row and link, leaving the others", async () => {
    const usager = (id: string): UsagerRecord => ({
      campaignId: "c1",
      id,
      name: id,
      status: "accepted",
      profile: { kind: "individual", ageBand: "55plus", sex: "female", frequency: "regular" },
      consentAt: at,
      nominatedBy: "a2",
      tokenHash: `hash-${id}`,
      tokenExpiresAt: "2027-06-01T00:00:00.000Z",
      locale: "fr",
      createdAt: at,
      updatedAt: at,
    });
    for (const id of ["u1", "u2"]) await deps.usagers.create(usager(id));
    await deps.records.change("c1", deps.now(), (r) => ({
      ...r,
      selectedUsagerIds: ["u1", "u2"],
      usagerSelectionConfirmedAt: at,
    }));
    const exported = await exportPerson(deps, { aadObjectId: "coord" }, "c1", "u1");
    expect(exported).toMatchObject({
      ok: true,
      value: { usagerPanel: { selected: true, confirmedAt: at }, usager: { id: "u1", status: "accepted" } },
    });
    expect(JSON.stringify(exported)).not.toContain("hash-u1");
    expect(await erasePerson(deps, { aadObjectId: "coord" }, "c1", "u1")).toEqual({
      ok: true,
      value: {
        volunteer: false,
        agentPanel: false,
        mixedPanel: false,
        usagerPanel: true,
        nominations: 0,
        usager: true,
        ...NOTHING_ELSE,
      },
    });
    expect((await deps.records.get("c1"))?.value.selectedUsagerIds).toEqual(["u2"]);
    expect(await deps.usagers.get("c1", "u1")).toBeUndefined();
    expect(await deps.usagers.byTokenHash("hash-u1")).toBeUndefined();
    expect(await deps.usagers.get("c1", "u2")).toBeDefined();
    // Asking again finds nothing left: the erase is complete.
    expect(await erasePerson(deps, { aadObjectId: "coord" }, "c1", "u1")).toEqual({
      ok: false,
      error: { code: "privacy.notFound" },
    });
  });
});
