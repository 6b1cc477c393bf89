import { isOverdue, type RoadmapStatus } from "../../domain/roadmap";
import type { Poster, PosterStatus } from "../../domain/poster";
import { posterRepositories } from "../../storage/poster/posterRepositories";
import type { FeatureContext } from "../featureContext";
import { err, ok, type Result } from "../../domain/result";
import { answerPoster, statusOf, type AnswerInput } from "../poster/posterService";

/** What a usager sees through their link: the poster (to validate while it is open) and the roadmap. No staff names. */
export interface FollowView {
  readonly campaign: { readonly name: string; readonly services: readonly string[] };
  readonly poster: Poster;
  readonly status: PosterStatus;
  readonly myAnswer?: { readonly version: number; readonly approved: boolean; readonly comment?: string };
  readonly actions: readonly {
    readonly id: string;
    readonly title: string;
    readonly status: RoadmapStatus;
    readonly progress: number;
    readonly dueDate?: string;
    readonly overdue: boolean;
    readonly updates: readonly {
      readonly at: string;
      readonly status?: RoadmapStatus;
      readonly progress?: number;
      readonly comment: string;
    }[];
  }[];
}

export async function getFollow(ctx: FeatureContext, token: string): Promise<Result<FollowView>> {
  const repos = posterRepositories(ctx.tables);
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
export async function answerByLink(
  ctx: FeatureContext,
  token: string,
  input: AnswerInput,
): Promise<Result<FollowView>> {
  const link = await posterRepositories(ctx.tables).links.get(token);
  if (!link) return err("follow.notFound");
  const answered = await answerPoster(ctx, link.campaignId, link.participantKey, input);
  if (!answered.ok) return answered;
  return getFollow(ctx, token);
}
