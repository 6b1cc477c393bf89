import type { AdaptiveCard } from "../cards/adaptiveCard";
import type { StoredConversation } from "../storage/conversationRepository";

/** A message the app sends on its own initiative (invitations, notices, card refreshes). */
export type OutgoingMessage = { readonly card: AdaptiveCard } | { readonly text: string };

/**
 * Why a proactive send failed, as far as a retry policy cares: throttled (429, with the delay
 * Teams asked for), transient (5xx/412/502/504), or final (the user blocked or removed the app...).
 */
export class SendError extends Error {
  constructor(
    readonly kind: "throttled" | "transient" | "unreachable" | "final",
    readonly status: number | undefined,
    readonly retryAfterMs?: number,
  ) {
    super(`proactive send failed: ${kind} (${status ?? "no status"})`);
    this.name = "SendError";
  }
}

/** How a caller with its own rate budget (the outbox) takes part in a send. */
export interface SendOptions {
  /**
   * Awaited right before each HTTP request leaves for the connector, after everything else the
   * send needed (tokens, serialisation): the moment the connector will count, so a rate limiter
   * reserving its slot here measures what the connector measures.
   */
  readonly beforeRequest?: () => Promise<void>;
}

export interface ProactiveSender {
  /** Sends into a stored conversation; returns the new activity id. */
  send(conversation: StoredConversation, message: OutgoingMessage, options?: SendOptions): Promise<string | undefined>;
  /** Replaces a card sent earlier (e.g. every participant's workshop card when the step changes). */
  update(conversation: StoredConversation, activityId: string, card: AdaptiveCard): Promise<void>;
  /** Opens (or finds) the 1:1 chat with a team member, for a first proactive message. */
  createPersonalConversation(
    input: {
      readonly serviceUrl: string;
      readonly tenantId: string;
      readonly botId: string;
      readonly member: { readonly teamsId: string; readonly aadObjectId?: string };
    },
    options?: SendOptions,
  ): Promise<StoredConversation>;
}
