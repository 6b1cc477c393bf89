/**
 * Teams-shaped activities of a workshop held in a meeting chat: the « atelier » message and the
 * Action.Execute invokes participants and the facilitator send from the cards.
 */
import { BOT_ID, BOT_NAME, TENANT_ID, type MeetingGuest, type TeamsUser } from "./teamsActivities";

export const MEETING_ID = "MCMxOTptZWV0aW5nX2Zha2VAdGhyZWFkLnYyIzA=";
export const MEETING_CHAT_ID = "19:meeting_fake@thread.v2";

let sequence = 1_800_000_000_000;
const nextId = () => String(sequence++);

function base(serviceUrl: string, from: TeamsUser | MeetingGuest, locale: string, chatId = MEETING_CHAT_ID) {
  return {
    id: nextId(),
    channelId: "msteams",
    serviceUrl,
    timestamp: new Date().toISOString(),
    from,
    recipient: { id: BOT_ID, name: BOT_NAME },
    locale,
    conversation: { conversationType: "groupChat", isGroup: true, tenantId: TENANT_ID, id: chatId },
    channelData: { tenant: { id: TENANT_ID }, meeting: { id: MEETING_ID } },
    entities: [{ type: "clientInfo", locale, country: "FR", platform: "Web", timezone: "Europe/Paris" }],
  };
}

/** `chatId`: another meeting's chat than the default one. */
export function meetingMessage(input: {
  serviceUrl: string;
  from: TeamsUser | MeetingGuest;
  text: string;
  locale?: string;
  chatId?: string;
}) {
  const mention = `<at>${BOT_NAME}</at>`;
  const b = base(input.serviceUrl, input.from, input.locale ?? "fr-FR", input.chatId);
  return {
    ...b,
    type: "message",
    text: `${mention} ${input.text}`,
    textFormat: "plain",
    entities: [...b.entities, { type: "mention", mentioned: { id: BOT_ID, name: BOT_NAME }, text: mention }],
  };
}

export function cardInvoke(input: {
  serviceUrl: string;
  from: TeamsUser | MeetingGuest;
  verb: string;
  data: Record<string, unknown>;
  replyToId?: string;
  locale?: string;
  chatId?: string;
}) {
  return {
    ...base(input.serviceUrl, input.from, input.locale ?? "fr-FR", input.chatId),
    type: "invoke",
    name: "adaptiveCard/action",
    ...(input.replyToId ? { replyToId: input.replyToId } : {}),
    value: { action: { type: "Action.Execute", verb: input.verb, data: input.data }, trigger: "manual" },
  };
}

/**
 * Teams' meetingStart / meetingEnd event in the meeting chat (RSC OnlineMeeting.ReadBasic.Chat):
 * from the organiser, the meeting's details in `value` with Teams' capitalised names. `id`: the
 * event activity's id, the same when Teams resends it.
 */
export function meetingEvent(input: {
  serviceUrl: string;
  kind: "start" | "end";
  from: TeamsUser;
  id?: string;
  locale?: string;
  chatId?: string;
  meetingId?: string;
}) {
  const b = base(input.serviceUrl, input.from, input.locale ?? "fr-FR", input.chatId);
  const meetingId = input.meetingId ?? MEETING_ID;
  const at = new Date().toISOString();
  return {
    ...b,
    ...(input.id ? { id: input.id } : {}),
    type: "event",
    name: input.kind === "start" ? "application/vnd.microsoft.meetingStart" : "application/vnd.microsoft.meetingEnd",
    channelData: { tenant: { id: TENANT_ID }, meeting: { id: meetingId } },
    value: {
      Id: meetingId,
      JoinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(input.chatId ?? MEETING_CHAT_ID)}/0`,
      MeetingType: "Scheduled",
      Title: "Atelier",
      ...(input.kind === "start" ? { StartTime: at } : { EndTime: at }),
    },
  };
}
