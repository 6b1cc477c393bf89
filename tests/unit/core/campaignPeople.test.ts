import { createLogger } from "../../../bot/src/logging/logger";
import type { TeamRosterReader } from "../../../bot/src/services/botPorts";
import { CampaignPeopleService } from "../../../bot/src/services/campaign/campaignPeopleService";
import { CampaignRepository } from "../../../bot/src/storage/campaignRepository";
import { RecruitmentRecordRepository } from "../../../bot/src/storage/recruitment/recruitmentRecordRepository";
import { UsagerRepository } from "../../../bot/src/storage/recruitment/usagerRepository";
import { VolunteerRepository } from "../../../bot/src/storage/recruitment/volunteerRepository";
import { RosterRepository } from "../../../bot/src/storage/rosterRepository";
import { memoryBackend } from "../../support/storeBackends";
import { campaign, NOW } from "../domain/fixtures";

/**
 * Roles and the team roster over repositories in memory, with Teams' member list faked: how the
 * people service refuses (coded, never thrown) and what it keeps when Teams does not answer.
 */
async function setUp(readRoster: TeamRosterReader) {
  const store = memoryBackend.open();
  const deps = {
    campaigns: store.repository((c) => new CampaignRepository(c)),
    records: store.repository((c) => new RecruitmentRecordRepository(c)),
    volunteers: store.repository((c) => new VolunteerRepository(c)),
    usagers: store.repository((c) => new UsagerRepository(c)),
    rosters: store.repository((c) => new RosterRepository(c)),
  };
  await deps.campaigns.create(campaign());
  await deps.records.change("c1", NOW, (r) => ({
    ...r,
    home: {
      conversationId: "19:general@thread.tacv2",
      conversationType: "channel",
      serviceUrl: "https://smba.example",
      teamId: "team-1",
      botId: "28:bot",
      installedAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    },
  }));
  await deps.rosters.save("team-1", [{ id: "marc", name: "Marc Manager" }], NOW);
  const service = new CampaignPeopleService({ ...deps, readRoster, clock: () => NOW, logger: createLogger("silent") });
  return { service, ...deps };
}

const coordinator = { aadObjectId: "coord-1" };

describe("the people of a campaign", () => {
  it("answers roster.unavailable when Teams does not give the team's members, and keeps the list it had", async () => {
    const s = await setUp(async () => {
      throw new Error("Teams answered 502");
    });
    expect(await s.service.roster("c1", coordinator, "", true)).toEqual({
      ok: false,
      error: { code: "roster.unavailable" },
    });
    const known = await s.service.roster("c1", coordinator, "marc", false);
    expect(known.ok && known.value.members).toEqual([{ id: "marc", name: "Marc Manager" }]);
  });

  it("reads the team again on request, and finds people by a part of their name, accents aside", async () => {
    const s = await setUp(async () => [{ teamsId: "29:x", name: "Émilie Lecture", aadObjectId: "emilie" }]);
    const read = await s.service.roster("c1", coordinator, "emil", true);
    expect(read.ok && read.value.members).toEqual([{ id: "emilie", name: "Émilie Lecture" }]);
  });

  it("refuses roles to anyone but a coordinator, and never removes the last coordinator", async () => {
    const s = await setUp(async () => []);
    const request = { person: "marc", name: "Marc Manager", role: "manager" } as const;
    expect(await s.service.assign("c1", { aadObjectId: "marc" }, request)).toEqual({
      ok: false,
      error: { code: "campaign.forbidden" },
    });
    expect(await s.service.assign("nope", coordinator, request)).toEqual({
      ok: false,
      error: { code: "campaign.notFound" },
    });
    const last = await s.service.remove("c1", coordinator, "coord-1");
    expect(!last.ok && last.error.code).toBe("campaign.lastCoordinator");
    const named = await s.service.assign("c1", coordinator, request);
    expect(named.ok && s.service.staffOf(named.value, "fr").map((p) => [p.id, p.role])).toEqual([
      ["coord-1", "coordinator"],
      ["marc", "manager"],
    ]);
  });
});
