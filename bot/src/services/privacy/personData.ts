import type { Campaign } from "../../domain/campaign";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { RecruitmentRecordRepository } from "../../storage/recruitment/recruitmentRecordRepository";
import type { UsagerRecord, UsagerRepository } from "../../storage/recruitment/usagerRepository";
import type { VolunteerRecord, VolunteerRepository } from "../../storage/recruitment/volunteerRepository";
import type { Clock } from "../clock";
import { can, type Actor } from "../policy";

export interface PersonDataDeps {
  readonly campaigns: CampaignRepository;
  readonly volunteers: VolunteerRepository;
  readonly usagers: UsagerRepository;
  readonly records: RecruitmentRecordRepository;
  readonly now: Clock;
}

/** An usager as exported: the token hash is left out, it is a credential, not information about them. */
export type ExportedUsager = Omit<UsagerRecord, "tokenHash">;

export interface PersonData {
  readonly campaignId: string;
  readonly personId: string;
  readonly volunteer?: VolunteerRecord;
  readonly agentPanel?: { readonly selected: true; readonly confirmedAt?: string };
  readonly mixedPanel?: { readonly selected: true; readonly confirmedAt?: string };
  readonly usagerPanel?: { readonly selected: true; readonly confirmedAt?: string };
  /** Usagers this agent proposed: their ids only, the rest is those usagers' own data. */
  readonly nominations?: readonly { readonly usagerId: string; readonly createdAt: string }[];
  readonly usager?: ExportedUsager;
}

export interface ErasureSummary {
  readonly volunteer: boolean;
  readonly agentPanel: boolean;
  readonly mixedPanel: boolean;
  /** Only present when the person had a seat on the confirmed usager panel (older answers keep their shape). */
  readonly usagerPanel?: true;
  readonly nominations: number;
  readonly usager: boolean;
}

export type PersonFailure = "campaignNotFound" | "forbidden" | "personNotFound";
export type PersonResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: PersonFailure };

async function coordinated(deps: PersonDataDeps, actor: Actor, campaignId: string): Promise<PersonResult<Campaign>> {
  const campaign = (await deps.campaigns.get(campaignId))?.value;
  if (!campaign) return { ok: false, failure: "campaignNotFound" };
  if (!can(actor, "campaign.exportPersonData", campaign)) return { ok: false, failure: "forbidden" };
  return { ok: true, value: campaign };
}

/** Everything recruitment stores about one person in one campaign, whether agent (Entra object id) or usager (recruitment id). */
async function collect(deps: PersonDataDeps, campaignId: string, personId: string): Promise<PersonData | undefined> {
  const [volunteer, usager, record, all] = await Promise.all([
    deps.volunteers.get(campaignId, personId),
    deps.usagers.get(campaignId, personId),
    deps.records.get(campaignId),
    deps.usagers.list(campaignId),
  ]);
  const selected = record?.value.selectedAgentIds?.includes(personId) ?? false;
  const mixed = record?.value.mixed;
  const onMixedPanel = Boolean(mixed?.agentIds?.includes(personId) || mixed?.usagerIds?.includes(personId));
  const onUsagerPanel = record?.value.selectedUsagerIds?.includes(personId) ?? false;
  const nominations = all.filter((u) => u.nominatedBy === personId).map((u) => ({ usagerId: u.id, createdAt: u.createdAt }));
  if (!volunteer && !usager && !selected && !onMixedPanel && !onUsagerPanel && nominations.length === 0) return undefined;
  const exported = usager ? (({ tokenHash: _t, ...rest }) => rest)(usager) : undefined;
  return {
    campaignId,
    personId,
    ...(volunteer ? { volunteer: volunteer.value } : {}),
    ...(selected ? { agentPanel: { selected: true as const, ...(record?.value.selectionConfirmedAt ? { confirmedAt: record.value.selectionConfirmedAt } : {}) } } : {}),
    ...(onMixedPanel ? { mixedPanel: { selected: true as const, ...(mixed?.confirmedAt ? { confirmedAt: mixed.confirmedAt } : {}) } } : {}),
    ...(onUsagerPanel ? { usagerPanel: { selected: true as const, ...(record?.value.usagerSelectionConfirmedAt ? { confirmedAt: record.value.usagerSelectionConfirmedAt } : {}) } } : {}),
    ...(nominations.length > 0 ? { nominations } : {}),
    ...(exported ? { usager: exported } : {}),
  };
}

export async function exportPerson(deps: PersonDataDeps, actor: Actor, campaignId: string, personId: string): Promise<PersonResult<PersonData>> {
  const campaign = await coordinated(deps, actor, campaignId);
  if (!campaign.ok) return campaign;
  const data = await collect(deps, campaignId, personId);
  return data ? { ok: true, value: data } : { ok: false, failure: "personNotFound" };
}

/**
 * Erases the person: their volunteer row, their seat on the agent, usager and mixed panels, their name as nominator
 * (the nominated usagers stay: they are other people), their usager row and link. Each step is
 * safe to repeat, so a failed erase is finished by asking again.
 */
export async function erasePerson(deps: PersonDataDeps, actor: Actor, campaignId: string, personId: string): Promise<PersonResult<ErasureSummary>> {
  const campaign = await coordinated(deps, actor, campaignId);
  if (!campaign.ok) return campaign;
  const data = await collect(deps, campaignId, personId);
  if (!data) return { ok: false, failure: "personNotFound" };
  const at = deps.now().toISOString();
  if (data.agentPanel) {
    await deps.records.change(campaignId, deps.now(), (r) => ({ ...r, selectedAgentIds: (r.selectedAgentIds ?? []).filter((id) => id !== personId) }));
  }
  if (data.mixedPanel) {
    await deps.records.change(campaignId, deps.now(), (r) =>
      r.mixed ? { ...r, mixed: { ...r.mixed, agentIds: (r.mixed.agentIds ?? []).filter((id) => id !== personId), usagerIds: (r.mixed.usagerIds ?? []).filter((id) => id !== personId) } } : r,
    );
  }
  if (data.usagerPanel) {
    await deps.records.change(campaignId, deps.now(), (r) => ({ ...r, selectedUsagerIds: (r.selectedUsagerIds ?? []).filter((id) => id !== personId) }));
  }
  for (const n of data.nominations ?? []) {
    await deps.usagers.update(campaignId, n.usagerId, (u) => (u.nominatedBy === personId ? { ...u, nominatedBy: "", updatedAt: at } : undefined));
  }
  const volunteer = data.volunteer ? await deps.volunteers.delete(campaignId, personId) : false;
  const usager = data.usager ? await deps.usagers.delete(campaignId, personId) : false;
  return {
    ok: true,
    value: { volunteer, agentPanel: Boolean(data.agentPanel), mixedPanel: Boolean(data.mixedPanel), ...(data.usagerPanel ? { usagerPanel: true as const } : {}), nominations: data.nominations?.length ?? 0, usager },
  };
}
