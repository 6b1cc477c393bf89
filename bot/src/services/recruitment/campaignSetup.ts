import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import { createCampaign } from "../../domain/createCampaign";
import { parseMakeupCsv, type Makeup } from "../../domain/makeup";
import { AGENT_DIMENSIONS, type AgentProfile } from "../../domain/profiles";
import { err, ok, type Result } from "../../domain/result";
import { scheduleWorkshop } from "../../domain/scheduleWorkshop";
import { checkSpacing, type SpacingWarning } from "../../domain/spacing";
import type { StoredConversation } from "../../storage/conversationRepository";
import type { Repositories } from "../../storage/repositories";
import { can, type Actor } from "../policy";
import { toPlannedAt } from "./campaignInput";
import type { RecruitmentStores } from "./recruitmentStores";
import type {
  CampaignForEditDto,
  CampaignPatchBody,
  CreateCampaignBody,
  SavedCampaignDto,
} from "../../contracts/recruitmentDtos";

export interface CampaignSetupDeps {
  readonly repos: Repositories;
  readonly stores: RecruitmentStores;
  readonly now: () => Date;
}

export function warningsOf(c: Campaign): SpacingWarning[] {
  const w1 = c.workshops[1].plannedAt;
  const w2 = c.workshops[2].plannedAt;
  return w1 && w2 ? checkSpacing(w1, w2) : [];
}

function applyDates(
  campaign: Campaign,
  dates: Partial<Record<WorkshopNumber, string>>,
  meetingUrls: Partial<Record<WorkshopNumber, string>>,
  now: Date,
): Result<Campaign> {
  let current = campaign;
  for (const n of [1, 2, 3] as WorkshopNumber[]) {
    const date = dates[n];
    const url = meetingUrls[n];
    if (!date && !url) continue;
    const at = date ? toPlannedAt(date) : current.workshops[n].plannedAt;
    if (!at) {
      current = {
        ...current,
        workshops: { ...current.workshops, [n]: { ...current.workshops[n], meetingUrl: url } },
        updatedAt: now.toISOString(),
      };
      continue;
    }
    const scheduled = scheduleWorkshop(current, n, at, now, url);
    if (!scheduled.ok) return scheduled;
    current = scheduled.value.campaign;
  }
  return ok(current);
}

/** False `created` when this id existed already: a resent submit, answered with what was stored. */
export type CreatedCampaign = SavedCampaignDto & { readonly created: boolean };

/**
 * Creates a campaign whose coordinator is the caller. `id` comes from the form (or the client),
 * so submitting twice stores one campaign. Spacing problems are warnings, never refusals.
 */
export async function createCampaignAsCoordinator(
  deps: CampaignSetupDeps,
  actor: Actor,
  id: string,
  input: Omit<CreateCampaignBody, "id">,
  home?: StoredConversation,
): Promise<Result<CreatedCampaign>> {
  if (!actor.aadObjectId || !can(actor, "campaign.create")) return err("campaign.forbidden");
  // Checked before anything is written: a bad CSV line refuses the campaign, not half of it.
  const read = readMakeup(input);
  if (!read.ok) return read;
  const makeup = read.value;
  const existing = await deps.repos.campaigns.get(id);
  if (existing) {
    if (!can(actor, "campaign.edit", existing.value)) return err("campaign.forbidden");
    // A retry after the make-up write failed must still store it; writing it again is harmless.
    if (makeup) await saveMakeup(deps, id, makeup);
    return ok({
      campaign: existing.value,
      warnings: warningsOf(existing.value),
      created: false,
      ...(makeup ? { makeup } : {}),
    });
  }
  const now = deps.now();
  const made = createCampaign(
    {
      id,
      name: input.name,
      approach: input.approach as Campaign["approach"],
      services: input.services,
      ...(input.site !== undefined && input.site.trim() !== "" ? { site: input.site } : {}),
      coordinatorIds: [actor.aadObjectId],
      ...(input.panelSize !== undefined ? { panelSize: input.panelSize } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
      ...(input.retentionUntil ? { retentionUntil: input.retentionUntil } : {}),
    },
    now,
  );
  if (!made.ok) return made;
  const dated = applyDates(made.value, { 1: input.workshop1, 2: input.workshop2, 3: input.workshop3 }, {}, now);
  if (!dated.ok) return dated;
  // The coordinator's name, so the campaign page can say who moved it and who holds which role.
  const named = actor.name ? { ...dated.value, names: { [actor.aadObjectId]: actor.name.slice(0, 120) } } : dated.value;
  const created = await deps.repos.campaigns.create(named);
  const stored = created ? named : ((await deps.repos.campaigns.get(id))?.value ?? named);
  if (home) await deps.stores.records.change(id, now, (r) => ({ ...r, home }));
  if (makeup) await saveMakeup(deps, id, makeup);
  return ok({ campaign: stored, warnings: warningsOf(stored), created, ...(makeup ? { makeup } : {}) });
}

async function saveMakeup(deps: CampaignSetupDeps, id: string, makeup: Makeup<AgentProfile>): Promise<void> {
  await deps.stores.records.change(id, deps.now(), (r) => ({ ...r, makeup }));
}

/** A CSV import wins over typed cells when both are sent; neither means "no make-up given". */
function readMakeup(input: Pick<CampaignPatchBody, "makeup" | "makeupCsv">): Result<Makeup<AgentProfile> | undefined> {
  if (input.makeupCsv !== undefined) return parseMakeupCsv<AgentProfile>(input.makeupCsv, AGENT_DIMENSIONS);
  if (input.makeup !== undefined) return checkTypedMakeup(input.makeup);
  return ok(undefined);
}

export async function campaignForEdit(
  deps: CampaignSetupDeps,
  actor: Actor,
  id: string,
): Promise<Result<CampaignForEditDto>> {
  const found = await deps.repos.campaigns.get(id);
  if (!found) return err("campaign.notFound");
  if (!can(actor, "campaign.read", found.value)) return err("campaign.forbidden");
  // Who coordinates is nobody else's business: the form needs only whether the caller may edit.
  const { coordinatorIds: _c, managerIds: _m, ...campaign } = found.value;
  const canEdit = can(actor, "campaign.edit", found.value);
  const makeup = canEdit ? (await deps.stores.records.get(id))?.value.makeup : undefined;
  return ok({ campaign, canEdit, warnings: warningsOf(found.value), ...(makeup ? { makeup } : {}) });
}

/** The ids of the campaigns the caller may edit, so lists can offer « Modifier » to coordinators only. */
export async function editableCampaignIds(repos: Repositories, actor: Actor): Promise<ReadonlySet<string>> {
  const campaigns = await repos.campaigns.list();
  return new Set(campaigns.filter((c) => can(actor, "campaign.edit", c)).map((c) => c.id));
}

/** Dates, meeting links and the service make-up; coordinators only. Nothing is written if any part is refused. */
export async function editCampaign(
  deps: CampaignSetupDeps,
  actor: Actor,
  id: string,
  patch: CampaignPatchBody,
): Promise<Result<SavedCampaignDto>> {
  const found = await deps.repos.campaigns.get(id);
  if (!found) return err("campaign.notFound");
  if (!can(actor, "campaign.edit", found.value)) return err("campaign.forbidden");
  const now = deps.now();

  const read = readMakeup(patch);
  if (!read.ok) return read;
  const makeup = read.value;

  const dates = { 1: patch.workshop1, 2: patch.workshop2, 3: patch.workshop3 };
  const urls = { 1: patch.meetingUrl1, 2: patch.meetingUrl2, 3: patch.meetingUrl3 };
  const preview = applyDates(found.value, dates, urls, now);
  if (!preview.ok) return preview;

  const saved = await deps.repos.campaigns.update(id, (c) => {
    const next = applyDates(c, dates, urls, now);
    return next.ok ? next.value : undefined;
  });
  const campaign = saved?.value ?? preview.value;
  if (makeup) await saveMakeup(deps, id, makeup);
  return ok({ campaign, warnings: warningsOf(campaign), ...(makeup ? { makeup } : {}) });
}

/** Typed head counts go through the same value rules as a CSV import, so both give the same errors. */
function checkTypedMakeup(
  cells: readonly { match: Record<string, string>; count: number }[],
): Result<Makeup<AgentProfile>> {
  const header = ["age_band", "sex", "category", "staff_kind", "count"];
  const names = ["ageBand", "sex", "category", "staffKind"];
  const lines = cells.map((c) => [...names.map((n) => c.match[n] ?? ""), String(c.count)].join(";"));
  if (cells.some((c) => Object.keys(c.match).some((k) => !names.includes(k)))) {
    const bad = cells.findIndex((c) => Object.keys(c.match).some((k) => !names.includes(k)));
    return err("makeup.unknownColumn", {
      line: bad + 2,
      column: Object.keys(cells[bad]?.match ?? {}).find((k) => !names.includes(k)) ?? "?",
    });
  }
  return parseMakeupCsv<AgentProfile>([header.join(";"), ...lines].join("\n"), AGENT_DIMENSIONS);
}
