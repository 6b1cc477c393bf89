import { balanceReport, type BalanceReport } from "../../domain/balanceReport";
import { makeupFromVolunteers } from "../../domain/makeup";
import { proposeUsagerPanel } from "../../domain/panelBalance";
import { USAGER_DIMENSIONS, type UsagerProfile, type Volunteer } from "../../domain/profiles";
import { err, ok, type Result } from "../../domain/result";
import { settlePanel } from "../../domain/settlePanel";
import { usagerBreakdown } from "../../domain/usagerBreakdown";
import type { RecruitmentRecord } from "../../storage/recruitment/recruitmentRecordRepository";
import type { UsagerRecord } from "../../storage/recruitment/usagerRepository";
import type { Repositories } from "../../storage/repositories";
import { can, type Actor } from "../policy";
import { seedOf } from "./panelSelection";
import type { RecruitmentStores } from "./recruitmentStores";
import type { ConfirmedUsagerPanelDto, UsagerListItemDto, UsagerPanelViewDto } from "../../contracts/recruitmentDtos";

export interface UsagerPanelDeps {
  readonly repos: Repositories;
  readonly stores: RecruitmentStores;
  readonly now: () => Date;
}

/** The confirmed usager panel, or undefined while the coordinator has not confirmed one. */
export function confirmedUsagerPanel(record: RecruitmentRecord | undefined): ReadonlySet<string> | undefined {
  return record?.usagerSelectionConfirmedAt ? new Set(record.selectedUsagerIds ?? []) : undefined;
}

/** The usager panel is proposed with the same seed wherever it is shown, so the list and the proposal agree. */
export function usagerPanelSeed(campaignId: string): number {
  return seedOf(`${campaignId}|usagers`);
}

function accepted(records: readonly UsagerRecord[]): Volunteer<UsagerProfile>[] {
  return records
    .filter((u) => u.status === "accepted" && u.profile)
    .map((u) => ({ id: u.id, profile: u.profile as UsagerProfile }));
}

async function load(deps: UsagerPanelDeps, campaignId: string) {
  const campaign = (await deps.repos.campaigns.get(campaignId))?.value;
  if (!campaign) return undefined;
  const [record, records] = await Promise.all([
    deps.stores.records.get(campaignId),
    deps.stores.usagers.list(campaignId),
  ]);
  return { campaign, record: record?.value, records, pool: accepted(records) };
}

function listItem(u: UsagerRecord, selected: ReadonlySet<string> | undefined, coordinator: boolean): UsagerListItemDto {
  // In-person registration stores an already-expired token (expiry = creation): no link to show.
  const hasLink = u.tokenExpiresAt > u.createdAt;
  return {
    id: u.id,
    name: u.name,
    status: u.status,
    ...(u.profile ? { profile: u.profile } : {}),
    hasContact: Boolean(u.contact),
    ...(coordinator && u.contact ? { contact: u.contact } : {}),
    ...(hasLink ? { linkExpiresAt: u.tokenExpiresAt } : {}),
    ...(u.mixedAnswer ? { mixedAnswer: u.mixedAnswer } : {}),
    selected: selected?.has(u.id) ?? false,
  };
}

/**
 * Every usager of the campaign with their status, the accepted ones per dimension, the proposed
 * panel with its gaps and the confirmed panel. Contacts go to coordinators only; small groups are
 * hidden from anyone else (a service manager may look, not settle).
 */
export async function usagerPanelView(
  deps: UsagerPanelDeps,
  actor: Actor,
  campaignId: string,
): Promise<Result<UsagerPanelViewDto>> {
  const loaded = await load(deps, campaignId);
  if (!loaded) return err("campaign.notFound");
  const { campaign, record, records, pool } = loaded;
  if (!can(actor, "campaign.selectPanel", campaign)) return err("campaign.forbidden");
  const coordinator = can(actor, "campaign.edit", campaign);
  const selected = confirmedUsagerPanel(record);
  const proposal = proposeUsagerPanel({
    volunteers: pool,
    makeup: makeupFromVolunteers(pool),
    size: campaign.panelSize,
    seed: usagerPanelSeed(campaign.id),
  });
  const w2 = campaign.workshops[2];
  const ordered = [...records].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return ok({
    campaign: { id: campaign.id, name: campaign.name, panelSize: campaign.panelSize },
    workshop: {
      ...(w2.plannedAt ? { plannedAt: w2.plannedAt } : {}),
      ...(w2.meetingUrl ? { meetingUrl: w2.meetingUrl } : {}),
    },
    canConfirm: coordinator,
    acceptedCount: pool.length,
    usagers: ordered.map((u) => listItem(u, selected, coordinator)),
    breakdown: usagerBreakdown(
      pool.map((v) => v.profile),
      !coordinator,
    ),
    proposal: { selectedIds: proposal.selectedIds, report: proposal.report, gaps: proposal.gaps },
    ...(selected && record?.usagerSelectionConfirmedAt
      ? { confirmed: { selectedIds: [...selected].sort(), at: record.usagerSelectionConfirmedAt } }
      : {}),
  });
}

function unknownAmong(pool: readonly Volunteer<UsagerProfile>[], ids: readonly string[]): string | undefined {
  const known = new Set(pool.map((v) => v.id));
  return ids.find((id) => !known.has(id));
}

/** The balance of an usager panel composed by hand, against all accepted usagers: the effect of each swap. */
export async function previewUsagerPanel(
  deps: UsagerPanelDeps,
  actor: Actor,
  campaignId: string,
  selectedIds: readonly string[],
): Promise<Result<BalanceReport>> {
  const loaded = await load(deps, campaignId);
  if (!loaded) return err("campaign.notFound");
  if (!can(actor, "campaign.selectPanel", loaded.campaign)) return err("campaign.forbidden");
  const unknown = unknownAmong(loaded.pool, selectedIds);
  if (unknown !== undefined) return err("recruitment.unknownUsager", { id: unknown });
  const byId = new Map(loaded.pool.map((v) => [v.id, v.profile]));
  const panel = [...new Set(selectedIds)].map((id) => byId.get(id) as UsagerProfile);
  return ok(balanceReport(panel, makeupFromVolunteers(loaded.pool), USAGER_DIMENSIONS));
}

/**
 * Stores the usager panel. Usagers learn the outcome on their own link (they have no Teams), so
 * nothing is sent. Confirming the same panel again keeps the first confirmation date: the same
 * request twice gives the same answer.
 */
export async function confirmUsagerPanel(
  deps: UsagerPanelDeps,
  actor: Actor,
  campaignId: string,
  selectedIds: readonly string[],
): Promise<Result<ConfirmedUsagerPanelDto>> {
  const loaded = await load(deps, campaignId);
  if (!loaded) return err("campaign.notFound");
  // Coordinator only: a manager may look at the proposal, the coordinator settles it.
  if (!can(actor, "campaign.edit", loaded.campaign)) return err("campaign.forbidden");
  const unknown = unknownAmong(loaded.pool, selectedIds);
  if (unknown !== undefined) return err("recruitment.unknownUsager", { id: unknown });
  const settled = settlePanel(selectedIds);
  if (!settled.ok) return settled;
  const ids = settled.value;
  const now = deps.now();
  const saved = await deps.stores.records.change(campaignId, now, (r) => {
    const same =
      r.usagerSelectionConfirmedAt !== undefined && (r.selectedUsagerIds ?? []).join("\n") === ids.join("\n");
    return same ? r : { ...r, selectedUsagerIds: ids, usagerSelectionConfirmedAt: now.toISOString() };
  });
  return ok({
    selectedIds: saved.selectedUsagerIds ?? ids,
    confirmedAt: saved.usagerSelectionConfirmedAt ?? now.toISOString(),
  });
}
