import { balanceReport, type BalanceReport } from "../../domain/balanceReport";
import { proposePanel } from "../../domain/panelBalance";
import { AGENT_DIMENSIONS, type AgentProfile, type Volunteer } from "../../domain/profiles";
import { err, ok, type Result } from "../../domain/result";
import { settlePanel } from "../../domain/settlePanel";
import { smallGroupSuppression } from "../../domain/smallGroupSuppression";
import { makeupMarginals } from "../../domain/makeup";
import { selectionNoticeCard } from "../../cards/recruitment/selectionNoticeCard";
import type { Locale } from "../../i18n/locale";
import type { Repositories } from "../../storage/repositories";
import type { VolunteerRecord } from "../../storage/recruitment/volunteerRepository";
import { can, type Actor } from "../policy";
import { enqueue } from "../outbox/outboxService";
import type { RecruitmentStores } from "./recruitmentStores";
import type { ConfirmedSelectionDto, DimensionBreakdownDto, RecruitmentViewDto } from "../../contracts/recruitmentDtos";

export interface SelectionDeps {
  readonly repos: Repositories;
  readonly stores: RecruitmentStores;
  readonly now: () => Date;
  readonly poke: () => void;
}

/** FNV-1a: the proposal's seed is fixed per campaign, so the same volunteers always give the same panel. */
export function seedOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function active(records: readonly VolunteerRecord[]): Volunteer<AgentProfile>[] {
  return records
    .filter((r) => r.status === "volunteered" && r.profile)
    .map((r) => ({ id: r.aadObjectId, profile: r.profile as AgentProfile }));
}

function breakdownOf(
  volunteers: readonly Volunteer<AgentProfile>[],
  makeup: Parameters<typeof makeupMarginals<AgentProfile>>[0],
  suppress: boolean,
): DimensionBreakdownDto[] {
  const marginals = makeupMarginals(makeup, AGENT_DIMENSIONS);
  return AGENT_DIMENSIONS.map((dim) => {
    const counts: Record<string, number> = {};
    for (const value of dim.values) counts[value] = 0;
    for (const v of volunteers)
      counts[v.profile[dim.name as keyof AgentProfile]] = (counts[v.profile[dim.name as keyof AgentProfile]] ?? 0) + 1;
    const shown = suppress ? smallGroupSuppression(counts) : counts;
    const service = marginals[dim.name] ?? {};
    const serviceTotal = dim.values.reduce((s, v) => s + (service[v] ?? 0), 0);
    const total = volunteers.length;
    return {
      dimension: dim.name,
      rows: dim.values.map((value) => {
        const n = shown[value] ?? null;
        return {
          value,
          volunteers: n,
          volunteerShare: n === null || total === 0 ? null : n / total,
          service: service[value] ?? 0,
          serviceShare: serviceTotal === 0 ? null : (service[value] ?? 0) / serviceTotal,
        };
      }),
    };
  });
}

async function load(deps: SelectionDeps, campaignId: string) {
  const campaign = (await deps.repos.campaigns.get(campaignId))?.value;
  if (!campaign) return undefined;
  const record = (await deps.stores.records.get(campaignId))?.value;
  const records = await deps.stores.volunteers.list(campaignId);
  return { campaign, record, records, volunteers: active(records), makeup: record?.makeup ?? [] };
}

/**
 * Volunteers against the service make-up, per dimension. Whoever selects the panel sees names,
 * the proposal and its gaps; anyone else sees counts only, with groups under 5 hidden.
 */
export async function recruitmentView(
  deps: SelectionDeps,
  actor: Actor,
  campaignId: string,
): Promise<Result<RecruitmentViewDto>> {
  const loaded = await load(deps, campaignId);
  if (!loaded) return err("campaign.notFound");
  const { campaign, record, records, volunteers, makeup } = loaded;
  const canSelect = can(actor, "campaign.selectPanel", campaign);
  const isCoordinator = can(actor, "campaign.edit", campaign);
  const base = {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      state: campaign.state,
      panelSize: campaign.panelSize,
      workshops: campaign.workshops,
    },
    canSelect,
    volunteerCount: volunteers.length,
    breakdown: breakdownOf(volunteers, makeup, !isCoordinator),
  };
  if (!canSelect) return ok(base);
  const proposal = proposePanel({ volunteers, makeup, size: campaign.panelSize, seed: seedOf(campaign.id) });
  const names = new Map(records.map((r) => [r.aadObjectId, r.name]));
  return ok({
    ...base,
    volunteers: volunteers.map((v) => ({ id: v.id, name: names.get(v.id) ?? "", profile: v.profile })),
    proposal: {
      selectedIds: proposal.selectedIds,
      report: proposal.report,
      gaps: proposal.gaps,
      seed: proposal.seed,
    },
    ...(record?.selectedAgentIds ? { confirmedIds: record.selectedAgentIds } : {}),
  });
}

/** The balance of a panel the coordinator is composing by hand: the effect of each swap. */
export async function previewSelection(
  deps: SelectionDeps,
  actor: Actor,
  campaignId: string,
  selectedIds: readonly string[],
): Promise<Result<BalanceReport>> {
  const loaded = await load(deps, campaignId);
  if (!loaded) return err("campaign.notFound");
  if (!can(actor, "campaign.selectPanel", loaded.campaign)) return err("campaign.forbidden");
  const byId = new Map(loaded.volunteers.map((v) => [v.id, v]));
  const unknown = selectedIds.find((id) => !byId.has(id));
  if (unknown !== undefined) return err("recruitment.unknownVolunteer", { id: unknown });
  return ok(
    balanceReport(
      selectedIds.map((id) => (byId.get(id) as Volunteer<AgentProfile>).profile),
      loaded.makeup,
    ),
  );
}

/**
 * Records the panel and tells every volunteer, selected or not, 1:1 in their language with the
 * workshop date and link when known. One outbox job per distinct selection: confirming the same
 * panel twice tells nobody twice; a changed panel is news and is sent.
 */
export async function confirmSelection(
  deps: SelectionDeps,
  actor: Actor,
  campaignId: string,
  selectedIds: readonly string[],
): Promise<Result<ConfirmedSelectionDto>> {
  const loaded = await load(deps, campaignId);
  if (!loaded) return err("campaign.notFound");
  const { campaign, record, records } = loaded;
  if (!can(actor, "campaign.selectPanel", campaign)) return err("campaign.forbidden");
  const known = new Set(loaded.volunteers.map((v) => v.id));
  const unknown = selectedIds.find((id) => !known.has(id));
  if (unknown !== undefined) return err("recruitment.unknownVolunteer", { id: unknown });
  const settled = settlePanel(selectedIds);
  if (!settled.ok) return settled;
  const ids = settled.value;
  const now = deps.now();
  await deps.stores.records.change(campaignId, now, (r) => ({
    ...r,
    selectedAgentIds: ids,
    selectionConfirmedAt: now.toISOString(),
  }));

  const origin = record?.home ?? record?.invitation?.conversation;
  if (!origin) return ok({ selectedIds: ids, queued: 0, notified: false });
  const chosen = new Set(ids);
  const w1 = campaign.workshops[1];
  const recipients = records.filter((r) => r.status === "volunteered");
  const byKey = new Map(recipients.map((r) => [r.aadObjectId, r]));
  const result = await enqueue(deps.stores.outbox, {
    jobId: `${campaign.id}|selection|${seedOf(ids.join(","))}`,
    ownerId: campaign.id,
    kind: "selection",
    origin: { serviceUrl: origin.serviceUrl, tenantId: origin.tenantId ?? "", botId: origin.botId },
    recipients: recipients.map((r) => ({ teamsId: r.teamsId, aadObjectId: r.aadObjectId, name: r.name })),
    message: (to) => {
      const v = byKey.get(to.aadObjectId ?? "");
      const locale: Locale = v?.locale ?? campaign.locale;
      return {
        card: selectionNoticeCard(
          {
            campaignName: campaign.name,
            selected: chosen.has(to.aadObjectId ?? ""),
            ...(w1.plannedAt ? { workshopAt: w1.plannedAt } : {}),
            ...(w1.meetingUrl ? { meetingUrl: w1.meetingUrl } : {}),
          },
          locale,
        ),
      };
    },
    now,
  });
  deps.poke();
  return ok({ selectedIds: ids, queued: result.queued, notified: true });
}
