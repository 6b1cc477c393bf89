/**
 * Teams-shaped invokes for recruitment tests: Action.Execute from a channel card or a 1:1 card.
 */
import { BOT_ID, BOT_NAME, TEAM_ID, TENANT_ID, type TeamsUser } from "./teamsActivities";

let sequence = 1_800_000_000_000;

interface InvokeOptions {
  readonly serviceUrl: string;
  readonly from: TeamsUser;
  readonly verb: string;
  readonly data?: Record<string, unknown>;
  readonly locale?: string;
  /** The message holding the card. */
  readonly replyToId?: string;
  /** Defaults to the team's general channel; "personal" for a 1:1 card. */
  readonly where?: "channel" | "personal";
  readonly id?: string;
  /** The channel thread the card is in (Teams: `<channel>;messageid=<root>`). */
  readonly conversationId?: string;
}

export function executeInvoke(o: InvokeOptions) {
  const id = o.id ?? String(sequence++);
  const personal = o.where === "personal";
  return {
    type: "invoke",
    name: "adaptiveCard/action",
    id,
    channelId: "msteams",
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    from: o.from,
    recipient: { id: BOT_ID, name: BOT_NAME },
    ...(o.locale ? { locale: o.locale } : {}),
    ...(o.replyToId ? { replyToId: o.replyToId } : {}),
    conversation: personal
      ? { conversationType: "personal", tenantId: TENANT_ID, id: `a:personal-${o.from.aadObjectId}` }
      : {
          conversationType: "channel",
          isGroup: true,
          tenantId: TENANT_ID,
          id: o.conversationId ?? `${TEAM_ID};messageid=${o.replyToId ?? id}`,
        },
    channelData: personal
      ? { tenant: { id: TENANT_ID } }
      : { tenant: { id: TENANT_ID }, team: { id: TEAM_ID, name: "Service funéraire" }, channel: { id: TEAM_ID } },
    value: { action: { type: "Action.Execute", verb: o.verb, data: o.data ?? {} }, trigger: "manual" },
  };
}

export interface InvokeBody {
  readonly statusCode: number;
  readonly type: string;
  readonly value: unknown;
}

/** The card answered to an invoke, as JSON text (for `toContain` checks) and as an object. */
export function answeredCard(body: unknown): {
  json: string;
  card: {
    body: unknown[];
    actions?: { verb?: string; data?: Record<string, unknown> }[];
    refresh?: { userIds?: string[] };
  };
} {
  const b = body as InvokeBody;
  if (b.type !== "application/vnd.microsoft.card.adaptive")
    throw new Error(`expected a card, got ${b.type}: ${JSON.stringify(b.value)}`);
  return { json: JSON.stringify(b.value), card: b.value as never };
}

export function answeredMessage(body: unknown): string {
  const b = body as InvokeBody;
  if (b.type !== "application/vnd.microsoft.activity.message") throw new Error(`expected a message, got ${b.type}`);
  return b.value as string;
}
