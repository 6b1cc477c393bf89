import type { PlanDto, ProgressDto, RoadmapChangeDto, RoadmapViewDto } from "../../contracts/posterDtos";
import { err, ok, type Result } from "../../domain/result";
import { editRoadmapAction, isOverdue, roadmapSummary, updateRoadmapAction } from "../../domain/roadmap";
import type { StoredRoadmapAction } from "../../storage/poster/roadmapRepository";
import { can } from "../policy";
import { posterActor } from "../poster/posterAccess";
import { loadCampaign, type PosterDeps } from "../poster/posterDeps";
import { notifyStatusChange } from "./followUpNotifier";

/** The actions the committee adopted: planned, updated, and followed by the participants. */
export class RoadmapService {
  constructor(private readonly deps: PosterDeps) {}

  async get(campaignId: string, callerId: string | undefined): Promise<Result<RoadmapViewDto>> {
    const campaign = await loadCampaign(this.deps, campaignId);
    if (!campaign.ok) return campaign;
    const { ctx, repos } = this.deps;
    const [actions, poster] = await Promise.all([
      repos.roadmap.listCampaign(campaignId),
      repos.posters.get(campaignId),
    ]);
    const now = ctx.clock();
    const c = campaign.value;
    return ok({
      campaign: { id: c.id, name: c.name, services: c.services },
      actions: actions.map((a) => ({ ...a, overdue: isOverdue(a, now) })),
      summary: roadmapSummary(actions, now),
      canEdit: callerId !== undefined && can(posterActor(callerId, poster?.value), "roadmap.edit", c),
    });
  }

  editPlan(campaignId: string, actionId: string, callerId: string, input: PlanDto): Promise<Result<RoadmapChangeDto>> {
    return this.change(campaignId, actionId, callerId, (a) => {
      const edited = editRoadmapAction(a, input, this.deps.ctx.clock());
      return edited.ok ? ok({ ...a, ...edited.value }) : edited;
    });
  }

  /** A dated update: status, progress and a comment; a status change notifies the campaign's participants. */
  addUpdate(
    campaignId: string,
    actionId: string,
    callerId: string,
    input: ProgressDto,
  ): Promise<Result<RoadmapChangeDto>> {
    return this.change(campaignId, actionId, callerId, (a) => {
      const updated = updateRoadmapAction(a, { by: callerId, ...input }, this.deps.ctx.clock());
      return updated.ok ? ok({ ...a, ...updated.value }) : updated;
    });
  }

  private async change(
    campaignId: string,
    actionId: string,
    callerId: string,
    apply: (a: StoredRoadmapAction) => Result<StoredRoadmapAction>,
  ): Promise<Result<RoadmapChangeDto>> {
    const campaign = await loadCampaign(this.deps, campaignId);
    if (!campaign.ok) return campaign;
    const { repos } = this.deps;
    const poster = await repos.posters.get(campaignId);
    if (!can(posterActor(callerId, poster?.value), "roadmap.edit", campaign.value)) return err("poster.forbidden");
    let problem: Result<never> | undefined;
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
      const notices = await notifyStatusChange(this.deps, campaign.value, action);
      return ok({ action, before, notices });
    }
    return ok({ action, before });
  }
}
