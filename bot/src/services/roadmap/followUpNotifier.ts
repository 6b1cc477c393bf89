import { roadmapNoticeCard } from "../../cards/poster/roadmapNoticeCard";
import type { NoticeReportDto } from "../../contracts/posterDtos";
import type { Campaign } from "../../domain/campaign";
import { localeOf } from "../../i18n/locale";
import type { StoredRoadmapAction } from "../../storage/poster/roadmapRepository";
import { teamsParticipantIds } from "../poster/posterAccess";
import type { PosterDeps } from "../poster/posterDeps";

/**
 * Participants expect to hear what became of their proposals: when an action changes status,
 * each Teams participant of the campaign who has not turned notices off gets a short card.
 */
export async function notifyStatusChange(
  deps: PosterDeps,
  campaign: Campaign,
  action: StoredRoadmapAction,
): Promise<NoticeReportDto> {
  const { ctx, repos } = deps;
  const record = (await repos.posters.get(campaign.id))?.value;
  let sent = 0;
  let optedOut = 0;
  let unreachable = 0;
  for (const aadObjectId of teamsParticipantIds(record)) {
    if (await repos.notices.isOff(aadObjectId)) {
      optedOut++;
      continue;
    }
    const conversation = await ctx.repos.conversations.personalFor(aadObjectId);
    if (!conversation) {
      unreachable++;
      continue;
    }
    const card = roadmapNoticeCard(
      {
        campaignName: campaign.name,
        actionTitle: action.title,
        status: action.status,
        progress: action.progress,
        roadmapUrl: `${ctx.publicBaseUrl()}/roadmap/${encodeURIComponent(campaign.id)}`,
      },
      localeOf(conversation.locale ?? campaign.locale),
    );
    try {
      await ctx.proactive.send(conversation, { card });
      sent++;
    } catch (error) {
      ctx.logger.warn({ err: error, campaignId: campaign.id }, "roadmap notice not delivered");
      unreachable++;
    }
  }
  ctx.logger.info(
    { campaignId: campaign.id, actionId: action.id, sent, optedOut, unreachable },
    "roadmap status notice",
  );
  return { sent, optedOut, unreachable };
}
