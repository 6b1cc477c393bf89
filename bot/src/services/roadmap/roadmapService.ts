import {
  editRoadmapAction,
  isOverdue,
  roadmapSummary,
  updateRoadmapAction,
  type RoadmapSummary,
} from "../../domain/roadmap";
import { posterRepositories } from "../../storage/poster/posterRepositories";
import type { StoredRoadmapAction } from "../../storage/poster/roadmapRepository";
import type { FeatureContext } from "../featureContext";
import { can } from "../policy";
import { err, ok, type Err, type Result } from "../../domain/result";
import { posterActor } from "../poster/posterAccess";
import { loadCampaign } from "../poster/posterService";
import { notifyStatusChange, type NoticeReport } from "./followUpNotifier";

export interface RoadmapView {
  readonly campaign: { readonly id: string; readonly name: string; readonly services: readonly string[] };
  readonly actions: readonly (StoredRoadmapAction & { readonly overdue: boolean })[];
  readonly summary: RoadmapSummary;
  readonly canEdit: boolean;
}

export async function getRoadmap(
  ctx: FeatureContext,
  campaignId: string,
  callerId: string | undefined,
): Promise<Result<RoadmapView>> {
  const campaign = await loadCampaign(ctx, campaignId);
  if (!campaign.ok) return campaign;
  const repos = posterRepositories(ctx.tables);
  const [actions, poster] = await Promise.all([repos.roadmap.listCampaign(campaignId), repos.posters.get(campaignId)]);
  const now = ctx.clock();
  const c = campaign.value;
  return ok({
    campaign: { id: c.id, name: c.name, services: c.services },
    actions: actions.map((a) => ({ ...a, overdue: isOverdue(a, now) })),
    summary: roadmapSummary(actions, now),
    canEdit: callerId !== undefined && can(posterActor(callerId, poster?.value), "roadmap.edit", c),
  });
}

export interface PlanInput {
  readonly title?: string;
  readonly owner?: string | null;
  readonly dueDate?: string | null;
}

export interface ProgressInput {
  readonly status?: string;
  readonly progress?: number;
  readonly comment?: string;
}

async function change(
  ctx: FeatureContext,
  campaignId: string,
  actionId: string,
  callerId: string,
  apply: (a: StoredRoadmapAction) => Result<StoredRoadmapAction>,
): Promise<Result<{ action: StoredRoadmapAction; before: StoredRoadmapAction; notices?: NoticeReport }>> {
  const campaign = await loadCampaign(ctx, campaignId);
  if (!campaign.ok) return campaign;
  const repos = posterRepositories(ctx.tables);
  const poster = await repos.posters.get(campaignId);
  if (!can(posterActor(callerId, poster?.value), "roadmap.edit", campaign.value)) return err("poster.forbidden");
  let problem: Err | undefined;
  let before: StoredRoadmapAction | undefined;
  const stored = await repos.roadmap.update(campaignId, actionId, (a) => {
    before = a;
    const next = apply(a);
    problem = next.ok ? undefined : next;
    return next.ok ? next.value : undefined;
  });
  if (!stored || !before) return err("roadmap.notFound");
  if (problem) return problem;
  const action = stored.value;
  if (action.status !== before.status) {
    const notices = await notifyStatusChange(ctx, campaign.value, action);
    return ok({ action, before, notices });
  }
  return ok({ action, before });
}

export function editPlan(
  ctx: FeatureContext,
  campaignId: string,
  actionId: string,
  callerId: string,
  input: PlanInput,
) {
  return change(ctx, campaignId, actionId, callerId, (a) => {
    const edited = editRoadmapAction(a, input, ctx.clock());
    return edited.ok ? ok({ ...a, ...edited.value }) : edited;
  });
}

/** A dated update: status, progress and a comment; a status change notifies the campaign's participants. */
export function addUpdate(
  ctx: FeatureContext,
  campaignId: string,
  actionId: string,
  callerId: string,
  input: ProgressInput,
) {
  return change(ctx, campaignId, actionId, callerId, (a) => {
    const updated = updateRoadmapAction(a, { by: callerId, ...input }, ctx.clock());
    return updated.ok ? ok({ ...a, ...updated.value }) : updated;
  });
}
