import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type Activity } from "botbuilder";
import type { AdaptiveCard } from "../cards/adaptiveCard";
import { SendError, type OutgoingMessage, type ProactiveSender } from "../services/proactive";
import type { StoredConversation } from "../storage/conversationRepository";
import { withRequestGate } from "./requestGate";

/** Proactive messages through CloudAdapter; connector failures become SendError values for retry policies. */
export function createProactiveSender(adapter: CloudAdapter, botAppId: string, now: () => Date): ProactiveSender {
  async function withConversation(
    conversation: StoredConversation,
    work: (
      send: (a: Partial<Activity>) => Promise<string | undefined>,
      update: (a: Partial<Activity>) => Promise<void>,
    ) => Promise<string | undefined>,
  ) {
    let result: string | undefined;
    // Errors thrown inside the callback go to adapter.onTurnError, which logs and swallows them:
    // keep them here so the caller (the outbox's retry policy) sees every failure.
    let failure: unknown;
    try {
      await adapter.continueConversationAsync(botAppId, referenceOf(conversation), async (context) => {
        try {
          result = await work(
            async (activity) => (await context.sendActivity(activity))?.id,
            async (activity) => {
              await context.updateActivity(activity);
            },
          );
        } catch (error) {
          failure = error;
        }
      });
    } catch (error) {
      throw toSendError(error);
    }
    if (failure !== undefined) throw toSendError(failure);
    return result;
  }

  return {
    send(conversation, message, options) {
      return withRequestGate(options?.beforeRequest, () =>
        withConversation(conversation, (send) => send(toActivity(message))),
      );
    },
    async update(conversation, activityId, card) {
      await withConversation(conversation, async (_send, update) => {
        const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
        activity.id = activityId;
        await update(activity);
        return activityId;
      });
    },
    async createPersonalConversation({ serviceUrl, tenantId, botId, member }, options) {
      let conversationId: string | undefined;
      let failure: unknown;
      try {
        await withRequestGate(options?.beforeRequest, () =>
          adapter.createConversationAsync(
            botAppId,
            "msteams",
            serviceUrl,
            "",
            {
              isGroup: false,
              bot: { id: botId, name: "" },
              members: [{ id: member.teamsId, name: "" }],
              tenantId,
              channelData: { tenant: { id: tenantId } },
            } as never,
            async (context) => {
              try {
                conversationId = context.activity.conversation.id;
              } catch (error) {
                failure = error;
              }
            },
          ),
        );
      } catch (error) {
        throw toSendError(error);
      }
      if (failure !== undefined) throw toSendError(failure);
      if (!conversationId) throw new SendError("final", undefined);
      const at = now().toISOString();
      return {
        conversationId,
        conversationType: "personal",
        serviceUrl,
        tenantId,
        botId,
        ...(member.aadObjectId ? { userAadObjectId: member.aadObjectId } : {}),
        installedAt: at,
        updatedAt: at,
      };
    },
  };
}

function toActivity(message: OutgoingMessage): Partial<Activity> {
  if ("card" in message) return MessageFactory.attachment(CardFactory.adaptiveCard(message.card as AdaptiveCard));
  const activity = MessageFactory.text(message.text);
  activity.textFormat = "plain";
  return activity;
}

function referenceOf(c: StoredConversation): ConversationReference {
  return {
    channelId: "msteams",
    serviceUrl: c.serviceUrl,
    bot: { id: c.botId, name: c.botName ?? "" },
    conversation: {
      id: c.conversationId,
      isGroup: c.conversationType !== "personal",
      conversationType: c.conversationType,
      tenantId: c.tenantId ?? "",
      name: "",
    },
  } as ConversationReference;
}

/** Connector errors carry the HTTP status (and Retry-After on 429) in slightly different places. */
export function toSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  const e = error as {
    statusCode?: number;
    response?: { status?: number; headers?: { get?: (n: string) => string | undefined } | Record<string, string> };
  };
  const status = e.statusCode ?? e.response?.status;
  const headers = e.response?.headers;
  const rawRetry =
    headers && typeof (headers as { get?: unknown }).get === "function"
      ? (headers as { get: (n: string) => string | undefined }).get("retry-after")
      : (headers as Record<string, string> | undefined)?.["retry-after"];
  const retryAfterMs = parseRetryAfter(rawRetry);
  if (status === 429) return new SendError("throttled", status, retryAfterMs);
  if (status === 412 || status === 502 || status === 504 || (status !== undefined && status >= 500))
    return new SendError("transient", status, retryAfterMs);
  if (status === 403 || status === 404) return new SendError("unreachable", status);
  if (status === undefined) return new SendError("transient", undefined);
  return new SendError("final", status);
}

function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
