import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import type { ErasureSummaryDto } from "../../contracts/privacyApi";
import { err, type Result } from "../../domain/result";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { OutboxRepository, OutboxStatus } from "../../storage/outbox/outboxRepository";
import type { PosterRepository } from "../../storage/poster/posterRepository";
import type { RoadmapRepository } from "../../storage/poster/roadmapRepository";
import type { RecruitmentRecordRepository } from "../../storage/recruitment/recruitmentRecordRepository";
import type { UsagerRecord, UsagerRepository } from "../../storage/recruitment/usagerRepository";
import type { VolunteerRecord, VolunteerRepository } from "../../storage/recruitment/volunteerRepository";
import type { AttendeeRepository } from "../../storage/workshop/attendeeRepository";
import { workshopIdOf } from "../../storage/workshop/workshopRepository";
import type { Clock } from "../clock";
import { recipientKey } from "../outbox/outboxService";
import { can, type Actor } from "../policy";
import {
  anonymousUpdates,
  erasePoster,
  posterOf,
  roadmapUpdatesOf,
  type PosterData,
  type RoadmapUpdateData,
} from "./posterTraces";
import { ERASED, eraseStaff, historyOf, staffOf, type HistoryMention, type StaffData } from "./staffTraces";

export interface PersonDataDeps {
  readonly campaigns: CampaignRepository;
  readonly volunteers: VolunteerRepository;
  readonly usagers: UsagerRepository;
  readonly records: RecruitmentRecordRepository;
  readonly attendees: AttendeeRepository;
  readonly outbox: OutboxRepository;
  readonly posters: PosterRepository;
  readonly roadmap: RoadmapRepository;
  readonly now: Clock;
}

/** A 1:1 message the outbox queued for the person: which one (its kind), and when. */
export interface QueuedMessage {
  readonly kind: string;
  readonly status: OutboxStatus;
  readonly queuedAt: string;
  readonly sentAt?: string;
  readonly recipient: { readonly teamsId: string; readonly name?: string };
}

/** An usager as exported: the token hash is left out, it is a credential, not information about them. */
export type ExportedUsager = Omit<UsagerRecord, "tokenHash">;

/** A type, not an interface, so that it is the contract's open record (contracts/privacyApi.ts). */
export type PersonData = {
  readonly campaignId: string;
  readonly personId: string;
  readonly volunteer?: VolunteerRecord;
  readonly agentPanel?: { readonly selected: true; readonly confirmedAt?: string };
  readonly mixedPanel?: { readonly selected: true; readonly confirmedAt?: string };
  readonly usagerPanel?: { readonly selected: true; readonly confirmedAt?: string };
  /** Usagers this agent proposed: their ids only, the rest is those usagers' own data. */
  readonly nominations?: readonly { readonly usagerId: string; readonly createdAt: string }[];
  readonly usager?: ExportedUsager;
  /** Their staff role on the campaign and the name it knows them by. */
  readonly staff?: StaffData;
  /** Entries of the campaign's history that name them (anyone else's id reads "other"). */
  readonly history?: readonly HistoryMention[];
  /** Workshops where they answered from Teams (what they wrote is not linked to them: see below). */
  readonly attendance?: readonly { readonly workshop: WorkshopNumber; readonly teamsId?: string }[];
  readonly messages?: readonly QueuedMessage[];
  readonly poster?: PosterData;
  readonly roadmapUpdates?: readonly RoadmapUpdateData[];
};

async function coordinated(deps: PersonDataDeps, actor: Actor, campaignId: string): Promise<Result<Campaign>> {
  const campaign = (await deps.campaigns.get(campaignId))?.value;
  if (!campaign) return err("campaign.notFound");
  if (!can(actor, "campaign.exportPersonData", campaign)) return err("privacy.forbidden");
  return { ok: true, value: campaign };
}

const WORKSHOPS: readonly WorkshopNumber[] = [1, 2, 3];

/** An outbox item of the person's, by where it is stored: what erasure deletes. */
interface OutboxSlot {
  readonly jobId: string;
  readonly recipientKey: string;
}

interface Collected {
  readonly data: PersonData;
  readonly outbox: readonly OutboxSlot[];
}

/**
 * The outbox items queued to the person in the campaign's jobs (every job is owned by its campaign).
 * An item's row key is its recipient key: the Entra id when the roster gave one, else the Teams id,
 * so both are tried, with every Teams id known for them. Looked up by key, never by listing a job:
 * nobody else's item is read.
 */
async function outboxOf(
  deps: PersonDataDeps,
  campaignId: string,
  personId: string,
  teamsIds: readonly string[],
): Promise<{ messages: QueuedMessage[]; slots: OutboxSlot[] }> {
  const keys = [
    ...new Set([
      recipientKey({ teamsId: "", aadObjectId: personId }),
      ...[personId, ...teamsIds].map((teamsId) => recipientKey({ teamsId })),
    ]),
  ];
  const messages: QueuedMessage[] = [];
  const slots: OutboxSlot[] = [];
  for (const job of await deps.outbox.jobsOf(campaignId)) {
    for (const item of await Promise.all(keys.map((key) => deps.outbox.get(job.jobId, key)))) {
      if (!item) continue;
      const { recipient, status, createdAt, sentAt } = item.value;
      slots.push({ jobId: job.jobId, recipientKey: item.value.recipientKey });
      messages.push({
        kind: job.kind,
        status,
        queuedAt: createdAt,
        ...(sentAt ? { sentAt } : {}),
        recipient: { teamsId: recipient.teamsId, ...(recipient.name !== undefined ? { name: recipient.name } : {}) },
      });
    }
  }
  messages.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.kind.localeCompare(b.kind));
  return { messages, slots };
}

/**
 * Everything stored about one person in one campaign: an agent or staff member by Entra object id,
 * an usager by recruitment id. Workshop contributions, votes and scale answers are deliberately
 * left out: they are stored under a pseudonymous key (services/workshop/participantKey.ts) so that
 * what people said cannot be traced back to them, and recomputing that key here would build the
 * very link the design refuses. Attendance (who took part) is kept apart from them and is covered.
 */
async function collect(deps: PersonDataDeps, campaign: Campaign, personId: string): Promise<Collected | undefined> {
  const campaignId = campaign.id;
  const [volunteer, usager, record, all, attended, poster, actions] = await Promise.all([
    deps.volunteers.get(campaignId, personId),
    deps.usagers.get(campaignId, personId),
    deps.records.get(campaignId),
    deps.usagers.list(campaignId),
    Promise.all(
      WORKSHOPS.map(async (workshop) => ({
        workshop,
        row: await deps.attendees.teamsAttendee(workshopIdOf(campaignId, workshop), personId),
      })),
    ),
    deps.posters.get(campaignId),
    deps.roadmap.listCampaign(campaignId),
  ]);
  const selected = record?.value.selectedAgentIds?.includes(personId) ?? false;
  const mixed = record?.value.mixed;
  const onMixedPanel = Boolean(mixed?.agentIds?.includes(personId) || mixed?.usagerIds?.includes(personId));
  const onUsagerPanel = record?.value.selectedUsagerIds?.includes(personId) ?? false;
  const nominations = all
    .filter((u) => u.nominatedBy === personId)
    .map((u) => ({ usagerId: u.id, createdAt: u.createdAt }));
  const attendance = attended.flatMap(({ workshop, row }) =>
    row ? [{ workshop, ...(row.teamsId ? { teamsId: row.teamsId } : {}) }] : [],
  );
  const teamsIds = [
    ...new Set(
      [volunteer?.value.teamsId, ...attendance.map((a) => a.teamsId)].filter((id): id is string => Boolean(id)),
    ),
  ];
  const { messages, slots } = await outboxOf(deps, campaignId, personId, teamsIds);
  const staff = staffOf(campaign, personId);
  const history = historyOf(campaign, personId);
  const onPoster = poster ? posterOf(poster.value, personId) : undefined;
  const roadmapUpdates = roadmapUpdatesOf(actions, personId);
  const found = [volunteer, usager, staff, onPoster].some(Boolean) || selected || onMixedPanel || onUsagerPanel;
  const listed = [nominations, attendance, messages, history, roadmapUpdates].some((l) => l.length > 0);
  if (!found && !listed) return undefined;
  const exported = usager ? (({ tokenHash: _t, ...rest }) => rest)(usager) : undefined;
  return {
    outbox: slots,
    data: {
      campaignId,
      personId,
      ...(volunteer ? { volunteer: volunteer.value } : {}),
      ...(selected
        ? {
            agentPanel: {
              selected: true as const,
              ...(record?.value.selectionConfirmedAt ? { confirmedAt: record.value.selectionConfirmedAt } : {}),
            },
          }
        : {}),
      ...(onMixedPanel
        ? { mixedPanel: { selected: true as const, ...(mixed?.confirmedAt ? { confirmedAt: mixed.confirmedAt } : {}) } }
        : {}),
      ...(onUsagerPanel
        ? {
            usagerPanel: {
              selected: true as const,
              ...(record?.value.usagerSelectionConfirmedAt
                ? { confirmedAt: record.value.usagerSelectionConfirmedAt }
                : {}),
            },
          }
        : {}),
      ...(nominations.length > 0 ? { nominations } : {}),
      ...(exported ? { usager: exported } : {}),
      ...(staff ? { staff } : {}),
      ...(history.length > 0 ? { history } : {}),
      ...(attendance.length > 0 ? { attendance } : {}),
      ...(messages.length > 0 ? { messages } : {}),
      ...(onPoster ? { poster: onPoster } : {}),
      ...(roadmapUpdates.length > 0 ? { roadmapUpdates } : {}),
    },
  };
}

export async function exportPerson(
  deps: PersonDataDeps,
  actor: Actor,
  campaignId: string,
  personId: string,
): Promise<Result<PersonData>> {
  const campaign = await coordinated(deps, actor, campaignId);
  if (!campaign.ok) return campaign;
  const found = personId === ERASED ? undefined : await collect(deps, campaign.value, personId);
  return found ? { ok: true, value: found.data } : err("privacy.notFound");
}

/** Their role, name and history mentions, in one conditional write; refused for the last coordinator. */
async function eraseFromCampaign(
  deps: PersonDataDeps,
  actor: Actor,
  campaignId: string,
  personId: string,
): Promise<Result<{ staffRole: number; staffName: number; history: number }>> {
  let outcome: Result<{ staffRole: number; staffName: number; history: number }> = {
    ok: true,
    value: { staffRole: 0, staffName: 0, history: 0 },
  };
  const stored = await deps.campaigns.update(campaignId, (c) => {
    // Decided again on each attempt: the version written is the one the rule saw.
    if (!can(actor, "campaign.exportPersonData", c)) {
      outcome = err("privacy.forbidden");
      return undefined;
    }
    const erased = eraseStaff(c, personId, actor.aadObjectId ?? "unknown", deps.now());
    if (!erased.ok) {
      outcome = err("privacy.lastCoordinator");
      return undefined;
    }
    const { campaign, ...counts } = erased.value ?? { campaign: undefined, staffRole: 0, staffName: 0, history: 0 };
    outcome = { ok: true, value: counts };
    return campaign;
  });
  return stored ? outcome : err("campaign.notFound");
}

/**
 * Erases the person from the campaign: staff role, name and history mentions first (the one step
 * that can be refused, so a refusal erases nothing), then their outbox items, poster seat and
 * answers, roadmap authorship, attendance, panel seats, their name as nominator (the nominated
 * usagers stay: they are other people), and last their volunteer and usager rows, which give the
 * Teams ids the outbox lookup needs. Each step finds only what is left, so a failed erase is
 * finished by asking again.
 */
export async function erasePerson(
  deps: PersonDataDeps,
  actor: Actor,
  campaignId: string,
  personId: string,
): Promise<Result<ErasureSummaryDto>> {
  const campaign = await coordinated(deps, actor, campaignId);
  if (!campaign.ok) return campaign;
  // "erased" is what stands in for erased people: it names nobody, and erasing it would never end.
  const found = personId === ERASED ? undefined : await collect(deps, campaign.value, personId);
  if (!found) return err("privacy.notFound");
  const { data } = found;
  const staff =
    data.staff || data.history
      ? await eraseFromCampaign(deps, actor, campaignId, personId)
      : { ok: true as const, value: { staffRole: 0, staffName: 0, history: 0 } };
  if (!staff.ok) return staff;

  let outbox = 0;
  for (const slot of found.outbox) if (await deps.outbox.deleteItem(slot.jobId, slot.recipientKey)) outbox++;

  let poster = 0;
  if (data.poster) {
    await deps.posters.update(campaignId, (r) => {
      const erased = erasePoster(r, personId);
      poster = erased?.count ?? 0;
      return erased?.record;
    });
  }

  let roadmap = 0;
  for (const actionId of new Set((data.roadmapUpdates ?? []).map((u) => u.actionId))) {
    let changed = 0;
    await deps.roadmap.update(campaignId, actionId, (a) => {
      const updates = anonymousUpdates(a.updates, personId);
      changed = a.updates.filter((u) => u.by === personId).length;
      return updates ? { ...a, updates } : undefined;
    });
    roadmap += changed;
  }

  let attendance = 0;
  for (const a of data.attendance ?? [])
    if (await deps.attendees.forgetTeams(workshopIdOf(campaignId, a.workshop), personId)) attendance++;

  const at = deps.now().toISOString();
  if (data.agentPanel) {
    await deps.records.change(campaignId, deps.now(), (r) => ({
      ...r,
      selectedAgentIds: (r.selectedAgentIds ?? []).filter((id) => id !== personId),
    }));
  }
  if (data.mixedPanel) {
    await deps.records.change(campaignId, deps.now(), (r) =>
      r.mixed
        ? {
            ...r,
            mixed: {
              ...r.mixed,
              agentIds: (r.mixed.agentIds ?? []).filter((id) => id !== personId),
              usagerIds: (r.mixed.usagerIds ?? []).filter((id) => id !== personId),
            },
          }
        : r,
    );
  }
  if (data.usagerPanel) {
    await deps.records.change(campaignId, deps.now(), (r) => ({
      ...r,
      selectedUsagerIds: (r.selectedUsagerIds ?? []).filter((id) => id !== personId),
    }));
  }
  for (const n of data.nominations ?? []) {
    await deps.usagers.update(campaignId, n.usagerId, (u) =>
      u.nominatedBy === personId ? { ...u, nominatedBy: "", updatedAt: at } : undefined,
    );
  }
  const volunteer = data.volunteer ? await deps.volunteers.delete(campaignId, personId) : false;
  const usager = data.usager ? await deps.usagers.delete(campaignId, personId) : false;
  return {
    ok: true,
    value: {
      volunteer,
      agentPanel: Boolean(data.agentPanel),
      mixedPanel: Boolean(data.mixedPanel),
      ...(data.usagerPanel ? { usagerPanel: true as const } : {}),
      nominations: data.nominations?.length ?? 0,
      usager,
      attendance,
      outbox,
      ...staff.value,
      poster,
      roadmap,
    },
  };
}
