import { TeamsInfo, type CloudAdapter, type ConversationReference } from "botbuilder";
import type { TeamMember, TeamRosterReader } from "../services/botPorts";

/**
 * The members of the team a stored channel conversation belongs to, every page followed (the
 * paged call: the non-paged roster API is throttled to a few calls per minute). Errors reach the
 * caller instead of the adapter's turn-error handler, so the page can say the list could not be read.
 */
export function createTeamRosterReader(adapter: CloudAdapter, botAppId: string): TeamRosterReader {
  return async (conversation) => {
    const teamId = conversation.teamId;
    if (!teamId) return [];
    const reference = {
      channelId: "msteams",
      serviceUrl: conversation.serviceUrl,
      bot: { id: conversation.botId, name: conversation.botName ?? "" },
      conversation: {
        id: conversation.conversationId,
        isGroup: true,
        conversationType: conversation.conversationType,
        tenantId: conversation.tenantId ?? "",
        name: "",
      },
    } as ConversationReference;
    const members: TeamMember[] = [];
    let failure: unknown;
    await adapter.continueConversationAsync(botAppId, reference, async (context) => {
      try {
        let continuationToken: string | undefined;
        do {
          const page = await TeamsInfo.getPagedTeamMembers(context, teamId, 500, continuationToken);
          for (const m of page.members)
            members.push({
              teamsId: m.id,
              name: m.name,
              ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}),
              ...(m.tenantId ? { tenantId: m.tenantId } : {}),
            });
          continuationToken = page.continuationToken || undefined;
        } while (continuationToken);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
    return members;
  };
}
