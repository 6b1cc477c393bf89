import type { CommitteeViewDto, DecisionDto } from "../../contracts/posterDtos";
import { committeeOutcome, decideCommitment, latestDecisions, roadmapDrafts } from "../../domain/committee";
import { isPosterFinal, posterCommitments } from "../../domain/poster";
import { err, ok, type Result } from "../../domain/result";
import { createRoadmapAction, editRoadmapAction } from "../../domain/roadmap";
import { can } from "../policy";
import { advanceCampaign } from "../poster/campaignProgress";
import { posterActor } from "../poster/posterAccess";
import { loadCampaign, statusOf, type PosterDeps } from "../poster/posterDeps";

export function actionIdFor(commitmentId: string): string {
  return `action-${commitmentId}`;
}

/** The steering committee decides on each commitment of the validated poster. */
export class CommitteeService {
  constructor(private readonly deps: PosterDeps) {}

  async get(campaignId: string, callerId: string): Promise<Result<CommitteeViewDto>> {
    const campaign = await loadCampaign(this.deps, campaignId);
    if (!campaign.ok) return campaign;
    const { repos } = this.deps;
    const stored = await repos.posters.get(campaignId);
    if (!stored) return err("poster.notFound");
    const { decisions } = await repos.committee.get(campaignId);
    const latest = latestDecisions(decisions);
    return ok({
      commitments: posterCommitments(stored.value.poster).map((c) => {
        const decision = latest.get(c.id);
        return { ...c, ...(decision ? { decision } : {}) };
      }),
      outcome: committeeOutcome(stored.value.poster, decisions),
      canDecide: can(posterActor(callerId, stored.value), "committee.decide", campaign.value),
    });
  }

  /**
   * Records the committee's decision on one commitment; an adopted or adapted one gets its roadmap
   * action (created once, retitled when the committee rewords it again).
   */
  async decide(campaignId: string, callerId: string, input: DecisionDto): Promise<Result<CommitteeViewDto>> {
    const { ctx, repos } = this.deps;
    const campaign = await loadCampaign(this.deps, campaignId);
    if (!campaign.ok) return campaign;
    const stored = await repos.posters.get(campaignId);
    if (!stored) return err("poster.notFound");
    if (!can(posterActor(callerId, stored.value), "committee.decide", campaign.value)) return err("poster.forbidden");
    if (!isPosterFinal(statusOf(stored.value))) return err("campaign.posterNotFinal");
    const poster = stored.value.poster;
    const now = ctx.clock();
    const decision = decideCommitment(poster, { ...input, decidedBy: callerId }, now);
    if (!decision.ok) return decision;
    const record = await repos.committee.append(campaignId, decision.value);

    const draft = roadmapDrafts(poster, record.decisions).find((d) => d.commitmentId === input.commitmentId);
    if (draft) {
      const action = createRoadmapAction(
        { id: actionIdFor(draft.commitmentId), commitmentId: draft.commitmentId, title: draft.title },
        now,
      );
      if (!action.ok) return action;
      const created = await repos.roadmap.create({ ...action.value, campaignId, party: draft.party });
      if (!created) {
        await repos.roadmap.update(campaignId, action.value.id, (a) => {
          if (a.title === draft.title) return undefined;
          const edited = editRoadmapAction(a, { title: draft.title }, now);
          return edited.ok ? { ...a, ...edited.value } : undefined;
        });
      }
    }
    if (committeeOutcome(poster, record.decisions).complete)
      await advanceCampaign(ctx, campaignId, "steeringCommittee", "roadmapInProgress", callerId);
    return this.get(campaignId, callerId);
  }
}
