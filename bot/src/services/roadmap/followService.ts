import type { FollowViewDto, PosterAnswerDto } from "../../contracts/posterDtos";
import { err, ok, type Result } from "../../domain/result";
import { isOverdue } from "../../domain/roadmap";
import { statusOf, type PosterDeps } from "../poster/posterDeps";
import type { PosterService } from "../poster/posterService";

/** The usager's personal page, reached by the secret of their link: no staff names. */
export class FollowService {
  constructor(
    private readonly deps: PosterDeps,
    private readonly posters: PosterService,
  ) {}

  async get(token: string): Promise<Result<FollowViewDto>> {
    const { ctx, repos } = this.deps;
    const link = await repos.links.get(token);
    if (!link) return err("follow.notFound");
    const [campaign, poster, actions] = await Promise.all([
      ctx.repos.campaigns.get(link.campaignId),
      repos.posters.get(link.campaignId),
      repos.roadmap.listCampaign(link.campaignId),
    ]);
    if (!campaign || !poster) return err("follow.notFound");
    const record = poster.value;
    const mine = record.validations
      .filter((v) => v.participantKey === link.participantKey && v.version === record.poster.version)
      .at(-1);
    const now = ctx.clock();
    return ok({
      campaign: { name: campaign.value.name, services: campaign.value.services },
      poster: record.poster,
      status: statusOf(record),
      ...(mine
        ? {
            myAnswer: {
              version: mine.version,
              approved: mine.approved,
              ...(mine.comment ? { comment: mine.comment } : {}),
            },
          }
        : {}),
      actions: actions.map((a) => ({
        id: a.id,
        title: a.title,
        status: a.status,
        progress: a.progress,
        ...(a.dueDate ? { dueDate: a.dueDate } : {}),
        overdue: isOverdue(a, now),
        updates: a.updates.map((u) => ({
          at: u.at,
          comment: u.comment,
          ...(u.status ? { status: u.status } : {}),
          ...(u.progress !== undefined ? { progress: u.progress } : {}),
        })),
      })),
    });
  }

  /** A usager validates through their link, like Teams participants do on their card. */
  async answer(token: string, input: PosterAnswerDto): Promise<Result<FollowViewDto>> {
    const link = await this.deps.repos.links.get(token);
    if (!link) return err("follow.notFound");
    const answered = await this.posters.answer(link.campaignId, link.participantKey, input);
    if (!answered.ok) return answered;
    return this.get(token);
  }
}
