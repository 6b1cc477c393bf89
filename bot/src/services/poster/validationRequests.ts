import { posterValidationCard, type PosterValidationView } from "../../cards/poster/posterValidationCard";
import type { ValidationRequestReportDto } from "../../contracts/posterDtos";
import type { Poster } from "../../domain/poster";
import { err, ok, type Result } from "../../domain/result";
import { localeOf } from "../../i18n/locale";
import { can } from "../policy";
import { posterActor, teamsParticipantIds } from "./posterAccess";
import { loadCampaign, posterUrl, usagerLinksOf, type PosterDeps } from "./posterDeps";

export function validationView(
  deps: PosterDeps,
  campaignName: string,
  poster: Poster,
  notice?: string,
): PosterValidationView {
  return {
    campaignId: poster.campaignId,
    campaignName,
    version: poster.version,
    qualities: poster.qualities.map((q) => q.text),
    commitments: {
      agents: poster.commitments.agents.map((c) => c.text),
      usagers: poster.commitments.usagers.map((c) => c.text),
      both: poster.commitments.both.map((c) => c.text),
    },
    posterUrl: posterUrl(deps, poster.campaignId),
    ...(notice ? { notice } : {}),
  };
}

export class ValidationRequests {
  constructor(private readonly deps: PosterDeps) {}

  /**
   * Sends the current version to every Teams participant in their 1:1 chat with the bot. Sent one
   * after the other: a few dozen people at most, and Teams throttles bursts.
   */
  async request(campaignId: string, callerId: string): Promise<Result<ValidationRequestReportDto>> {
    const { ctx, repos } = this.deps;
    const campaign = await loadCampaign(this.deps, campaignId);
    if (!campaign.ok) return campaign;
    if (!can(posterActor(callerId, undefined), "poster.edit", campaign.value)) return err("poster.forbidden");
    const stored = await repos.posters.get(campaignId);
    if (!stored) return err("poster.notFound");
    const record = stored.value;
    if (record.poster.closed) return err("poster.closed");
    let sent = 0;
    let unreachable = 0;
    for (const aadObjectId of teamsParticipantIds(record)) {
      const conversation = await ctx.repos.conversations.personalFor(aadObjectId);
      if (!conversation) {
        unreachable++;
        continue;
      }
      const locale = localeOf(conversation.locale ?? campaign.value.locale);
      try {
        await ctx.proactive.send(conversation, {
          card: posterValidationCard(validationView(this.deps, campaign.value.name, record.poster), locale),
        });
        sent++;
      } catch (error) {
        ctx.logger.warn({ err: error, campaignId }, "poster validation card not delivered");
        unreachable++;
      }
    }
    return ok({ version: record.poster.version, sent, unreachable, usagerLinks: usagerLinksOf(this.deps, record) });
  }
}
