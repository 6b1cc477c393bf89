import type { Campaign, StaffRole } from "../../domain/campaign";
import { assignRole, removeRole, roleOf } from "../../domain/campaignRoles";
import type {
  InvolvedPersonDto,
  PeopleDto,
  PersonStatus,
  RoleRequestDto,
  RosterDto,
  RosterMemberDto,
  StaffMemberDto,
} from "../../contracts/campaignProgress";
import type { Locale } from "../../i18n/locale";
import type { Logger } from "../../logging/logger";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { RecruitmentRecordRepository } from "../../storage/recruitment/recruitmentRecordRepository";
import type { UsagerRepository } from "../../storage/recruitment/usagerRepository";
import type { VolunteerRepository } from "../../storage/recruitment/volunteerRepository";
import type { RosterRepository } from "../../storage/rosterRepository";
import type { TeamRosterReader } from "../botPorts";
import { err, ok, type Err, type Result } from "../../domain/result";
import type { Clock } from "../clock";
import { can, type Actor } from "../policy";
import { displayName } from "./campaignProgressService";

export interface CampaignPeopleDeps {
  readonly campaigns: CampaignRepository;
  readonly records: RecruitmentRecordRepository;
  readonly volunteers: VolunteerRepository;
  readonly usagers: UsagerRepository;
  readonly rosters: RosterRepository;
  readonly readRoster: TeamRosterReader;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Local mode: the identities the tab can act as, offered by the picker as if they were in every team. */
  readonly localPeople?: readonly RosterMemberDto[];
}

/** The picker answers a few names at a time: people type until they see the one they want. */
const PICKER_LIMIT = 20;

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * Who runs and follows a campaign, and everyone it involves. Staff roles are named from the team's
 * roster (as the bot reads it from Teams); only coordinators change them or see the people list.
 */
export class CampaignPeopleService {
  constructor(private readonly deps: CampaignPeopleDeps) {}

  private async load(
    campaignId: string,
    actor: Actor,
    action: "campaign.manageRoles" | "campaign.exportPersonData",
  ): Promise<Result<Campaign>> {
    const stored = await this.deps.campaigns.get(campaignId);
    if (!stored) return err("campaign.notFound");
    if (!can(actor, action, stored.value)) return err("campaign.forbidden");
    return ok(stored.value);
  }

  staffOf(campaign: Campaign, locale: Locale): StaffMemberDto[] {
    const ids = [...campaign.coordinatorIds, ...campaign.managerIds, ...(campaign.readerIds ?? [])];
    const local = (id: string) => this.deps.localPeople?.find((p) => p.id === id)?.name;
    return [...new Set(ids)].map((id) => ({
      id,
      name: campaign.names?.[id] ?? local(id) ?? displayName(campaign, id, locale),
      role: roleOf(campaign, id) as StaffRole,
    }));
  }

  async people(campaignId: string, actor: Actor, locale: Locale): Promise<Result<PeopleDto>> {
    const loaded = await this.load(campaignId, actor, "campaign.exportPersonData");
    if (!loaded.ok) return loaded;
    const campaign = loaded.value;
    const [volunteers, usagers, record] = await Promise.all([
      this.deps.volunteers.list(campaignId),
      this.deps.usagers.list(campaignId),
      this.deps.records.get(campaignId),
    ]);
    const r = record?.value;
    const agentSeats = new Set([...(r?.selectedAgentIds ?? []), ...(r?.mixed?.agentIds ?? [])]);
    const usagerSeats = new Set([...(r?.selectedUsagerIds ?? []), ...(r?.mixed?.usagerIds ?? [])]);
    const staff = this.staffOf(campaign, locale);
    const people: InvolvedPersonDto[] = staff.map((s) => ({
      personId: s.id,
      name: s.name,
      kind: "staff",
      role: s.role,
      statuses: [],
    }));
    for (const v of volunteers) {
      const statuses: PersonStatus[] = [v.status, ...(agentSeats.has(v.aadObjectId) ? (["selected"] as const) : [])];
      const asStaff = people.find((p) => p.personId === v.aadObjectId);
      if (asStaff) people[people.indexOf(asStaff)] = { ...asStaff, statuses };
      else people.push({ personId: v.aadObjectId, name: v.name, kind: "agent", statuses });
    }
    for (const u of usagers)
      people.push({
        personId: u.id,
        name: u.name,
        kind: "usager",
        statuses: [u.status, ...(usagerSeats.has(u.id) ? (["selected"] as const) : [])],
      });
    return ok({
      staff,
      people,
      can: {
        manageRoles: can(actor, "campaign.manageRoles", campaign),
        exportAndErase: can(actor, "campaign.exportPersonData", campaign),
      },
    });
  }

  async assign(campaignId: string, actor: Actor, request: RoleRequestDto): Promise<Result<Campaign>> {
    return this.change(campaignId, actor, (c, by, now) => assignRole(c, request, by, now));
  }

  async remove(campaignId: string, actor: Actor, person: string): Promise<Result<Campaign>> {
    return this.change(campaignId, actor, (c, by, now) => removeRole(c, person, by, now));
  }

  private async change(
    campaignId: string,
    actor: Actor,
    rule: (c: Campaign, by: string, now: Date) => ReturnType<typeof assignRole>,
  ): Promise<Result<Campaign>> {
    const loaded = await this.load(campaignId, actor, "campaign.manageRoles");
    if (!loaded.ok) return loaded;
    const by = actor.aadObjectId ?? "unknown";
    let refusal: Err | undefined;
    const stored = await this.deps.campaigns.update(campaignId, (c) => {
      refusal = undefined;
      // Checked again on the version being written: someone may have changed roles in between.
      if (!can(actor, "campaign.manageRoles", c)) {
        refusal = err("campaign.forbidden");
        return undefined;
      }
      const next = rule(c, by, this.deps.clock());
      if (!next.ok) {
        refusal = next;
        return undefined;
      }
      return next.value === c ? undefined : next.value;
    });
    if (refusal) return refusal;
    if (!stored) return err("campaign.notFound");
    this.deps.logger.info({ campaignId }, "campaign roles changed");
    return ok(stored.value);
  }

  /**
   * Team members whose name matches `query`, from the last list read from Teams. With `refresh`,
   * the list is read again first (through the team channel where the campaign was created);
   * `roster.unavailable` when Teams does not give it.
   */
  async roster(
    campaignId: string,
    actor: Actor,
    query: string,
    refresh: boolean,
    limit = PICKER_LIMIT,
  ): Promise<Result<RosterDto>> {
    const loaded = await this.load(campaignId, actor, "campaign.manageRoles");
    if (!loaded.ok) return loaded;
    const home = (await this.deps.records.get(campaignId))?.value.home;
    if (home?.teamId && refresh) {
      let read: Awaited<ReturnType<TeamRosterReader>>;
      try {
        read = await this.deps.readRoster(home);
      } catch (error) {
        // Teams refused or did not answer: the picker keeps the list it has, and says why it is not newer.
        this.deps.logger.warn({ err: error, campaignId }, "team roster could not be read");
        return err("roster.unavailable");
      }
      await this.rememberRoster(
        home.teamId,
        read.filter((m) => m.aadObjectId).map((m) => ({ id: m.aadObjectId as string, name: m.name })),
      );
    }
    const { members, readAt } = await this.candidates(campaignId, home?.teamId);
    const q = normalise(query.trim());
    const matching = members
      .filter((m) => q === "" || normalise(m.name).includes(q))
      .sort((a, b) => a.name.localeCompare(b.name, "fr"));
    return ok({ members: matching.slice(0, limit), ...(readAt ? { readAt } : {}), truncated: matching.length > limit });
  }

  /** The name the team knows someone by, for a role given from a card (which sends only the id). */
  async nameOf(campaignId: string, person: string): Promise<string | undefined> {
    const home = (await this.deps.records.get(campaignId))?.value.home;
    return (await this.candidates(campaignId, home?.teamId)).members.find((m) => m.id === person)?.name;
  }

  private async candidates(
    campaignId: string,
    teamId: string | undefined,
  ): Promise<{ members: RosterMemberDto[]; readAt?: string }> {
    const [snapshot, volunteers] = await Promise.all([
      teamId ? this.deps.rosters.get(teamId) : undefined,
      this.deps.volunteers.list(campaignId),
    ]);
    // Volunteers are team members too, and known even before the roster was ever read.
    const all = new Map<string, RosterMemberDto>();
    for (const m of [
      ...(snapshot?.members ?? []),
      ...volunteers.map((v) => ({ id: v.aadObjectId, name: v.name })),
      ...(this.deps.localPeople ?? []),
    ])
      if (!all.has(m.id)) all.set(m.id, m);
    return { members: [...all.values()], ...(snapshot ? { readAt: snapshot.readAt } : {}) };
  }

  /** Saves the roster a turn in the team channel just read (« rôles »), so the tab's picker has it too. */
  async rememberRoster(teamId: string, members: readonly RosterMemberDto[]): Promise<void> {
    await this.deps.rosters.save(teamId, members, this.deps.clock());
  }
}
