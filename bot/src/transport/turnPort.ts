import { CardFactory, MessageFactory, TeamsInfo, type TurnContext } from "botbuilder";
import type { AdaptiveCard } from "../cards/adaptiveCard";
import { localeOf } from "../i18n/locale";
import type { ConversationPort, MeetingRole, TeamMember } from "../services/botPorts";
import { conversationOf } from "./conversationOf";
import { meetingNotifier } from "./meetingNotifier";

const ROLES: readonly MeetingRole[] = ["Organizer", "Presenter", "Attendee", "Guest"];

/** The botbuilder side of ConversationPort: use cases talk to the chat only through this. */
export function turnPort(context: TurnContext): ConversationPort {
  const a = context.activity;
  const meetingId = (a.channelData as { meeting?: { id?: string } } | undefined)?.meeting?.id;
  return {
    locale: localeOf(a.locale),
    caller: {
      teamsId: a.from.id,
      ...(a.from.aadObjectId ? { aadObjectId: a.from.aadObjectId } : {}),
      // Teams gives every signed-in person their Entra object id; in a meeting, someone without one
      // joined as an anonymous guest, and the name they typed goes no further than this turn.
      ...(meetingId && !a.from.aadObjectId ? { anonymous: true } : a.from.name ? { name: a.from.name } : {}),
    },
    conversation: conversationOf(context),
    ...(meetingId ? { meetingId, notifyMeeting: meetingNotifier(context, meetingId) } : {}),
    async sendCard(card: AdaptiveCard) {
      return (await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card))))?.id;
    },
    async sendText(text: string) {
      // Plain text: Teams must not render user-provided fragments as markdown.
      const message = MessageFactory.text(text);
      message.textFormat = "plain";
      return (await context.sendActivity(message))?.id;
    },
    async updateCard(activityId: string, card: AdaptiveCard) {
      const update = MessageFactory.attachment(CardFactory.adaptiveCard(card));
      update.id = activityId;
      await context.updateActivity(update);
    },
    async *teamMembers(): AsyncIterable<TeamMember> {
      const teamId = conversationOf(context).teamId;
      if (!teamId) return;
      // The paged call: the non-paged roster API is throttled to a few calls per minute.
      let continuationToken: string | undefined;
      do {
        const page = await TeamsInfo.getPagedTeamMembers(context, teamId, 100, continuationToken);
        for (const m of page.members) {
          yield {
            teamsId: m.id,
            name: m.name,
            ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}),
            ...(m.tenantId ? { tenantId: m.tenantId } : {}),
          };
        }
        continuationToken = page.continuationToken || undefined;
      } while (continuationToken);
    },
    async meetingRole(): Promise<MeetingRole> {
      if (!meetingId) return "Unknown";
      try {
        const participant = await TeamsInfo.getMeetingParticipant(context, meetingId);
        const role = participant.meeting?.role as MeetingRole | undefined;
        return role && ROLES.includes(role) ? role : "Unknown";
      } catch {
        return "Unknown";
      }
    },
  };
}
