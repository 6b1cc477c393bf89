import type { AdaptiveCard } from "../cards/adaptiveCard";
import type { Locale } from "../i18n/locale";
import type { StoredConversation } from "../storage/conversationRepository";

/**
 * What use cases may ask of the chat they are answering, without knowing botbuilder.
 * transport/turnPort.ts implements it over a TurnContext.
 */
export interface Caller {
  /** Teams user id (29:...), needed to @mention or to address the user in a conversation. */
  readonly teamsId: string;
  /** Entra object id: the stable identity used for roles and records. */
  readonly aadObjectId?: string;
  readonly name?: string;
  /**
   * An anonymous guest of a Teams meeting: no Entra identity, no 1:1 chat, no SSO. They may answer
   * the cards posted in the meeting chat, pseudonymously, and nothing else.
   */
  readonly anonymous?: boolean;
}

export interface TeamMember {
  readonly teamsId: string;
  readonly aadObjectId?: string;
  readonly name: string;
  readonly tenantId?: string;
}

/**
 * A targeted in-meeting notification: a page of the app shown, in the meeting, to the listed Teams
 * users only (Teams ids, 29:…). Teams takes at most MEETING_NOTICE_MAX_RECIPIENTS per request.
 */
export interface MeetingNotice {
  readonly recipients: readonly string[];
  readonly title: string;
  /** The page shown (https, on one of the manifest's valid domains). */
  readonly url: string;
}

export type MeetingRole = "Organizer" | "Presenter" | "Attendee" | "Guest" | "Unknown";

export interface ConversationPort {
  readonly locale: Locale;
  readonly caller: Caller;
  readonly conversation: Omit<StoredConversation, "installedAt" | "updatedAt">;
  /** The meeting id when the chat belongs to a Teams meeting. */
  readonly meetingId?: string;
  sendCard(card: AdaptiveCard): Promise<string | undefined>;
  sendText(text: string): Promise<string | undefined>;
  updateCard(activityId: string, card: AdaptiveCard): Promise<void>;
  /** Every member of the team this chat belongs to, all pages followed. */
  teamMembers(): AsyncIterable<TeamMember>;
  /** The caller's role in the current meeting, or "Unknown" outside a meeting. */
  meetingRole(): Promise<MeetingRole>;
  /**
   * Sends a targeted in-meeting notification in this chat's meeting (RSC OnlineMeetingNotification.Send.Chat).
   * Absent outside a meeting. Rejects when Teams refuses it (e.g. 403 without consent).
   */
  notifyMeeting?(notice: MeetingNotice): Promise<void>;
}

export interface CommandRequest {
  readonly port: ConversationPort;
  /** The text after the command words, already normalised. */
  readonly rest: string;
}

export type CommandHandler = (request: CommandRequest) => Promise<void>;

export interface CardActionRequest {
  readonly verb: string;
  readonly data: Record<string, unknown>;
  readonly port: ConversationPort;
  /** The message holding the card, when Teams says which. */
  readonly replyToId?: string;
}

/**
 * What an Action.Execute answers: the card that replaces the one clicked (per user), or a
 * short message. Expected failures are cards or messages too, never exceptions.
 */
export type CardActionResult =
  { readonly kind: "card"; readonly card: AdaptiveCard } | { readonly kind: "message"; readonly text: string };

export type CardActionHandler = (request: CardActionRequest) => Promise<CardActionResult>;

/** The Teams meeting a meetingStart or meetingEnd event is about (its chat is the request's conversation). */
export interface MeetingEventRequest {
  readonly port: ConversationPort;
  readonly meeting: { readonly id: string; readonly title?: string };
}

/** Teams resends meeting events: transport runs a handler once per event activity. */
export type MeetingEventHandler = (request: MeetingEventRequest) => Promise<void>;

/** Reads a team's members outside a turn (the tab's people picker), from a stored channel conversation. */
export type TeamRosterReader = (
  conversation: Omit<StoredConversation, "installedAt" | "updatedAt">,
) => Promise<TeamMember[]>;
