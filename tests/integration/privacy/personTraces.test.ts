import type { Campaign } from "../../../bot/src/domain/campaign";
import type { Poster } from "../../../bot/src/domain/poster";
import { erasePerson, exportPerson, type PersonDataDeps } from "../../../bot/src/services/privacy/personData";
import { CampaignRepository } from "../../../bot/src/storage/campaignRepository";
import { OutboxRepository, type OutboxItem } from "../../../bot/src/storage/outbox/outboxRepository";
import { createPosterRepositories } from "../../../bot/src/storage/poster/posterRepositories";
import { RecruitmentRecordRepository } from "../../../bot/src/storage/recruitment/recruitmentRecordRepository";
import { UsagerRepository } from "../../../bot/src/storage/recruitment/usagerRepository";
import { VolunteerRepository } from "../../../bot/src/storage/recruitment/volunteerRepository";
import { AttendeeRepository } from "../../../bot/src/storage/workshop/attendeeRepository";
import { testTableClients } from "../../support/testStorage";

const at = "2027-02-01T00:00:00.000Z";

function item(jobId: string, aad: string | undefined, teamsId: string): OutboxItem {
  return {
    jobId,
    recipientKey: aad ? `aad:${aad}` : `teams:${teamsId}`,
    recipient: { teamsId, ...(aad ? { aadObjectId: aad } : {}), name: `Name ${teamsId}` },
    origin: { serviceUrl: "https://smba.example/", tenantId: "t", botId: "b" },
    message: { text: "Bonjour" },
    status: "sent",
    attempts: 0,
    dueAt: 0,
    sentAt: at,
    createdAt: at,
    updatedAt: at,
  };
}

describe("the repositories' erasure methods over Azure Tables (Azurite)", () => {
  const tables = testTableClients();

  it("finds and deletes one Teams attendee's row, leaving the others, and records them again if they come back", async () => {
    const attendees = new AttendeeRepository(tables);
    await attendees.recordTeams("c.w1", "a1", "29:a1");
    await attendees.recordTeams("c.w1", "a2", "29:a2");
    await attendees.recordDevice("c.w1", "device-key");
    expect(await attendees.teamsAttendee("c.w1", "a1")).toEqual({ aadObjectId: "a1", teamsId: "29:a1" });
    expect(await attendees.teamsAttendee("c.w2", "a1")).toBeUndefined();
    expect(await attendees.forgetTeams("c.w1", "a1")).toBe(true);
    expect(await attendees.forgetTeams("c.w1", "a1")).toBe(false);
    expect(await attendees.list("c.w1")).toEqual({ aadObjectIds: ["a2"], teamsIds: ["29:a2"], deviceCount: 1 });
    // Same instance (its cache of known rows must not skip the new answer).
    await attendees.recordTeams("c.w1", "a1", "29:a1");
    expect((await attendees.list("c.w1")).aadObjectIds).toEqual(["a1", "a2"]);
  });

  it("deletes one recipient's outbox item, once, and the job's counts follow", async () => {
    const outbox = new OutboxRepository(tables);
    await outbox.createJob({ jobId: "c|invitation", ownerId: "c", kind: "invitation", createdAt: at });
    await outbox.addMany("c|invitation", [item("c|invitation", "a1", "29:a1"), item("c|invitation", "a2", "29:a2")]);
    expect(await outbox.deleteItem("c|invitation", "aad:a1")).toBe(true);
    expect(await outbox.deleteItem("c|invitation", "aad:a1")).toBe(false);
    expect((await outbox.list("c|invitation")).map((i) => i.recipientKey)).toEqual(["aad:a2"]);
    expect((await outbox.counts("c|invitation")).total).toBe(1);
  });
});

describe("erasure of poster answers, roadmap authorship and Teams-id-only outbox items (Azurite)", () => {
  const tables = testTableClients();
  const deps: PersonDataDeps = {
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
  const coord = { aadObjectId: "coord" };
  const campaign: Campaign = {
    id: "c2",
    name: "C2",
    approach: "thematic",
    services: ["Voirie"],
    state: "roadmapInProgress",
    coordinatorIds: ["coord"],
    managerIds: [],
    workshops: { 1: {}, 2: {}, 3: {} },
    panelSize: 8,
    locale: "fr",
    createdAt: at,
    updatedAt: at,
  };
  const poster: Poster = {
    id: "p",
    campaignId: "c2",
    title: "Voirie",
    version: 2,
    qualities: [],
    commitments: { agents: [], usagers: [], both: [] },
    createdAt: at,
    updatedAt: at,
  };

  beforeAll(async () => {
    await deps.campaigns.create(campaign);
    await deps.attendees.recordTeams("c2.w3", "a1", "29:a1");
    await deps.posters.create({
      campaignId: "c2",
      poster: { ...poster, closed: { at, by: "coord", version: 2, approvals: 2, total: 2 } },
      history: [poster],
      participants: [
        { key: "aad:a1", kind: "teams", aadObjectId: "a1", name: "Anne Un" },
        { key: "aad:a2", kind: "teams", aadObjectId: "a2", name: "Bruno Deux" },
      ],
      validations: [
        { participantKey: "aad:a1", version: 2, approved: true, comment: "Très bien", at },
        { participantKey: "aad:a2", version: 2, approved: true, at },
      ],
      source: "workshop",
    });
    await deps.roadmap.create({
      id: "r1",
      campaignId: "c2",
      party: "agents",
      commitmentId: "k1",
      title: "Accueil",
      status: "inProgress",
      progress: 50,
      updates: [
        { at, by: "a1", progress: 50, comment: "À moitié" },
        { at, by: "a2", comment: "Vu" },
      ],
      createdAt: at,
      updatedAt: at,
    });
    await deps.outbox.createJob({ jobId: "c2|notice", ownerId: "c2", kind: "notice", createdAt: at });
    // The roster gave no Entra id for this item: it is found through the Teams id attendance knows.
    await deps.outbox.addMany("c2|notice", [item("c2|notice", undefined, "29:a1"), item("c2|notice", "a2", "29:a2")]);
  });

  it("exports the poster seat and answers, the roadmap updates and every message, nothing of anyone else", async () => {
    const exported = await exportPerson(deps, coord, "c2", "a1");
    expect(exported).toEqual({
      ok: true,
      value: {
        campaignId: "c2",
        personId: "a1",
        attendance: [{ workshop: 3, teamsId: "29:a1" }],
        messages: [
          {
            kind: "notice",
            status: "sent",
            queuedAt: at,
            sentAt: at,
            recipient: { teamsId: "29:a1", name: "Name 29:a1" },
          },
        ],
        poster: {
          name: "Anne Un",
          answers: [{ version: 2, approved: true, comment: "Très bien", at }],
          closedVersions: [],
        },
        roadmapUpdates: [{ actionId: "r1", at, progress: 50, comment: "À moitié" }],
      },
    });
    expect(JSON.stringify(exported)).not.toMatch(/a2|Bruno|Vu"/);
  });

  it("finishes an erase that failed half-way when asked again, counting only what was left", async () => {
    const failing: PersonDataDeps = {
      ...deps,
      attendees: Object.assign(Object.create(deps.attendees) as AttendeeRepository, {
        forgetTeams: () => Promise.reject(new Error("storage went away")),
      }),
    };
    await expect(erasePerson(failing, coord, "c2", "a1")).rejects.toThrow("storage went away");
    // The outbox item, poster and roadmap steps ran before the failure; attendance is what is left.
    expect(await erasePerson(deps, coord, "c2", "a1")).toEqual({
      ok: true,
      value: {
        volunteer: false,
        agentPanel: false,
        mixedPanel: false,
        nominations: 0,
        usager: false,
        attendance: 1,
        outbox: 0,
        staffRole: 0,
        staffName: 0,
        history: 0,
        poster: 0,
        roadmap: 0,
      },
    });
    expect(await erasePerson(deps, coord, "c2", "a1")).toEqual({ ok: false, error: { code: "privacy.notFound" } });

    const stored = (await deps.posters.get("c2"))!.value;
    expect(stored.participants.map((p) => p.key)).toEqual(["aad:a2"]);
    expect(stored.validations.map((v) => v.participantKey)).toEqual(["aad:a2"]);
    expect(stored.poster.closed).toEqual({ at, by: "coord", version: 2, approvals: 2, total: 2 });
    expect((await deps.roadmap.get("c2", "r1"))!.value.updates.map((u) => u.by)).toEqual(["erased", "a2"]);
    expect((await deps.outbox.list("c2|notice")).map((i) => i.recipientKey)).toEqual(["aad:a2"]);
    expect((await deps.attendees.list("c2.w3")).aadObjectIds).toEqual([]);
  });

  it("replaces a coordinator's id by « erased » in the poster's closure once they no longer coordinate", async () => {
    await deps.campaigns.update("c2", (c) => ({ ...c, coordinatorIds: ["coord", "coord2"] }));
    const erased = await erasePerson({ ...deps }, { aadObjectId: "coord2" }, "c2", "coord");
    expect(erased).toMatchObject({ ok: true, value: { staffRole: 1, poster: 1 } });
    expect((await deps.posters.get("c2"))!.value.poster.closed?.by).toBe("erased");
    expect((await deps.campaigns.get("c2"))!.value.coordinatorIds).toEqual(["coord2"]);
    expect((await deps.campaigns.get("c2"))!.value.history).toEqual([
      { kind: "roleRemoved", at: "2027-05-01T00:00:00.000Z", by: "coord2", person: "erased", role: "coordinator" },
    ]);
  });
});
