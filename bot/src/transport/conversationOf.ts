import type { TurnContext } from "botbuilder";
import type { StoredConversation } from "../storage/conversationRepository";

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; name?: string; aadGroupId?: string };
  channel?: { id?: string; name?: string };
}

/** Maps a Teams activity to the botbuilder-free record storage keeps for proactive messages. */
export function conversationOf(context: TurnContext): Omit<StoredConversation, "installedAt" | "updatedAt"> {
  const a = context.activity;
  const data = (a.channelData ?? {}) as TeamsChannelData;
  const type =
    a.conversation.conversationType === "channel"
      ? "channel"
      : a.conversation.conversationType === "groupChat"
        ? "groupChat"
        : "personal";
  const tenantId = data.tenant?.id ?? a.conversation.tenantId;
  return {
    conversationId: a.conversation.id,
    conversationType: type,
    serviceUrl: a.serviceUrl,
    botId: a.recipient.id,
    ...(a.recipient.name ? { botName: a.recipient.name } : {}),
    ...(tenantId ? { tenantId } : {}),
    ...(data.team?.id ? { teamId: data.team.id } : {}),
    ...(data.team?.name ? { teamName: data.team.name } : {}),
    ...(data.channel?.id ? { channelId: data.channel.id } : {}),
    ...(type === "personal" && a.from.aadObjectId ? { userAadObjectId: a.from.aadObjectId } : {}),
    ...(a.locale ? { locale: a.locale } : {}),
  };
}

export function scopeOf(context: TurnContext): "personal" | "team" | "groupChat" {
  const t = context.activity.conversation.conversationType;
  return t === "channel" ? "team" : t === "groupChat" ? "groupChat" : "personal";
}
