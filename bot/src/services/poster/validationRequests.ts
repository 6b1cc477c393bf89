import { posterValidationCard, type PosterValidationView } from "../../cards/poster/posterValidationCard";
import type { Poster } from "../../domain/poster";
import { localeOf } from "../../i18n/locale";
import { posterRepositories } from "../../storage/poster/posterRepositories";
import type { FeatureContext } from "../featureContext";
import { can } from "../policy";
import { err, ok, type Result } from "../../domain/result";
import { posterActor, teamsParticipantIds } from "./posterAccess";
import { followUrl, loadCampaign } from "./posterService";

export function posterUrl(ctx: FeatureContext, campaignId: string): string {
  return `${ctx.publicBaseUrl()}/poster/${encodeURIComponent(campaignId)}`;
}

export function validationView(
  ctx: FeatureContext,
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
    posterUrl: posterUrl(ctx, poster.campaignId),
    ...(notice ? { notice } : {}),
  };
}

export interface ValidationRequestReport {
  readonly version: number;
  readonly sent: number;
  /** Teams participants without the app installed: the coordinator reaches them another way. */
  readonly unreachable: number;
  readonly usagerLinks: readonly { readonly key: string; readonly name?: string; readonly url: string }[];
}

/**
 * Sends the current version to every Teams participant in their 1:1 chat with the bot. Sent one
 * after the other: a few dozen people at most, and Teams throttles bursts.
 */
export async function requestValidation(
  ctx: FeatureContext,
  campaignId: string,
  callerId: string,
): Promise<Result<ValidationRequestReport>> {
  const campaign = await loadCampaign(ctx, campaignId);
  if (!campaign.ok) return campaign;
  if (!can(posterActor(callerId, undefined), "poster.edit", campaign.value)) return err("poster.forbidden");
  const stored = await posterRepositories(ctx.tables).posters.get(campaignId);
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
        card: posterValidationCard(validationView(ctx, campaign.value.name, record.poster), locale),
      });
      sent++;
    } catch (error) {
      ctx.logger.warn({ err: error, campaignId }, "poster validation card not delivered");
      unreachable++;
    }
  }
  return ok({
    version: record.poster.version,
    sent,
    unreachable,
    usagerLinks: record.participants.flatMap((p) =>
      p.token ? [{ key: p.key, ...(p.name ? { name: p.name } : {}), url: followUrl(ctx, p.token) }] : [],
    ),
  });
}
