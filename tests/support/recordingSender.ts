import type { OutgoingMessage, ProactiveSender, SendError, SendOptions } from "../../bot/src/services/proactive";
import type { AdaptiveCard } from "../../bot/src/cards/adaptiveCard";
import type { StoredConversation } from "../../bot/src/storage/conversationRepository";

export interface RecordedSend {
  readonly conversationId: string;
  readonly message: OutgoingMessage;
  /** The sender's clock when the request left (after `beforeRequest`). */
  readonly at: number;
  /** The error it answered with, if scripted to fail. */
  readonly failed?: SendError;
}

/**
 * A ProactiveSender that records what would have gone to the Bot Connector. Failures are scripted
 * per conversation (given in order, then it succeeds); a conversation can be held until released,
 * to catch a send in flight. Like the real transport, it awaits `beforeRequest` before each request.
 */
export class RecordingSender implements ProactiveSender {
  readonly sends: RecordedSend[] = [];
  readonly opened: string[] = [];
  readonly updates: { conversationId: string; activityId: string; card: AdaptiveCard }[] = [];
  private readonly failures = new Map<string, SendError[]>();
  private readonly held = new Map<string, { started: boolean; release: Promise<void> }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The next sends to this conversation fail with these errors, in order. */
  fail(conversationId: string, ...errors: SendError[]): this {
    this.failures.set(conversationId, [...(this.failures.get(conversationId) ?? []), ...errors]);
    return this;
  }

  /** Sends to this conversation wait for the returned function to be called. */
  hold(conversationId: string): () => void {
    let release!: () => void;
    this.held.set(conversationId, { started: false, release: new Promise<void>((r) => (release = r)) });
    return release;
  }

  /** Whether a held send to this conversation has reached the wire. */
  inFlight(conversationId: string): boolean {
    return this.held.get(conversationId)?.started ?? false;
  }

  sentTo(conversationId: string): RecordedSend[] {
    return this.sends.filter((s) => s.conversationId === conversationId);
  }

  async send(conversation: StoredConversation, message: OutgoingMessage, options?: SendOptions): Promise<string> {
    await options?.beforeRequest?.();
    const { conversationId } = conversation;
    const held = this.held.get(conversationId);
    if (held) {
      held.started = true;
      await held.release;
    }
    const failed = this.failures.get(conversationId)?.shift();
    this.sends.push({ conversationId, message, at: this.now(), ...(failed ? { failed } : {}) });
    if (failed) throw failed;
    return `activity-${this.sends.length}`;
  }

  async update(conversation: StoredConversation, activityId: string, card: AdaptiveCard): Promise<void> {
    this.updates.push({ conversationId: conversation.conversationId, activityId, card });
  }

  async createPersonalConversation(
    input: Parameters<ProactiveSender["createPersonalConversation"]>[0],
    options?: SendOptions,
  ): Promise<StoredConversation> {
    await options?.beforeRequest?.();
    this.opened.push(input.member.teamsId);
    const at = new Date(this.now()).toISOString();
    return {
      conversationId: `a:${input.member.teamsId}`,
      conversationType: "personal",
      serviceUrl: input.serviceUrl,
      tenantId: input.tenantId,
      botId: input.botId,
      ...(input.member.aadObjectId ? { userAadObjectId: input.member.aadObjectId } : {}),
      installedAt: at,
      updatedAt: at,
    };
  }
}
