import { z } from "zod";

/**
 * The Bot Framework activity envelope as Teams sends it, checked before botbuilder sees the body.
 * botbuilder only checks that `type` is a string, then handlers read `from.id`, `conversation.id`,
 * `recipient.id`, `serviceUrl` and an invoke's `value.action` as if they were there: a body
 * without them crashed the turn (500 with the exception's text). Only what the bot relies on is
 * required; every other field passes through untouched, so new Teams fields do not break it.
 */
const id = z.string().min(1).max(1024);
const account = z.looseObject({
  id,
  name: z.string().max(1024).optional(),
  aadObjectId: z.string().max(128).optional(),
});
const conversation = z.looseObject({
  id,
  conversationType: z.string().max(64).optional(),
  tenantId: z.string().max(128).optional(),
  isGroup: z.boolean().optional(),
});

// The connector we answer through: botbuilder builds a client for it, so it must be a web address.
const serviceUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "not an http(s) URL");

export const activityEnvelope = z.looseObject({
  type: z.string().regex(/^[A-Za-z]{1,64}$/),
  id: id.optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl,
  from: account,
  recipient: account,
  conversation,
  locale: z.string().max(64).optional(),
  timestamp: z.string().max(64).optional(),
  localTimestamp: z.string().max(64).optional(),
  replyToId: z.string().max(1024).optional(),
  text: z.string().optional(),
  textFormat: z.string().max(32).optional(),
  entities: z.array(z.looseObject({ type: z.string().max(128).optional() })).optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: z.string().max(128).optional() }).optional() }).optional(),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
  name: z.string().max(256).optional(),
});

/** Action.Execute (Universal Actions): the only card action the bot answers. */
export const ADAPTIVE_CARD_ACTION = "adaptiveCard/action";
const cardAction = z.looseObject({
  action: z.looseObject({
    type: z.literal("Action.Execute"),
    verb: z.string().min(1).max(256),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
});

const invoke = z.looseObject({ name: z.string().min(1).max(256) });

/** An invoke's name, and a card action's value; checked even when the envelope failed, so all fields are reported. */
function invokeIssues(body: unknown): z.core.$ZodIssue[] {
  if ((body as { type?: unknown } | null)?.type !== "invoke") return [];
  const named = invoke.safeParse(body);
  if (!named.success) return named.error.issues;
  if (named.data.name !== ADAPTIVE_CARD_ACTION) return [];
  const value = cardAction.safeParse(named.data["value"]);
  return value.success ? [] : value.error.issues.map((i) => ({ ...i, path: ["value", ...i.path] }));
}

/**
 * Teams' meeting start and end events: botbuilder parses their `value` and throws on a missing
 * field, which would fail the turn; checked here so such a body is a 400 like any other.
 */
export const MEETING_START_EVENT = "application/vnd.microsoft.meetingStart";
export const MEETING_END_EVENT = "application/vnd.microsoft.meetingEnd";
const meetingText = z.string().max(4096);
const meetingDetails = z.looseObject({ Id: id, JoinUrl: meetingText, MeetingType: meetingText, Title: meetingText });
const meetingEventValue = {
  [MEETING_START_EVENT]: meetingDetails.extend({ StartTime: z.string().max(64) }),
  [MEETING_END_EVENT]: meetingDetails.extend({ EndTime: z.string().max(64) }),
};

function meetingEventIssues(body: unknown): z.core.$ZodIssue[] {
  const activity = body as { type?: unknown; name?: unknown; value?: unknown } | null;
  if (activity?.type !== "event") return [];
  const schema =
    activity.name === MEETING_START_EVENT
      ? meetingEventValue[MEETING_START_EVENT]
      : activity.name === MEETING_END_EVENT
        ? meetingEventValue[MEETING_END_EVENT]
        : undefined;
  if (!schema) return [];
  const value = schema.safeParse(activity.value);
  return value.success ? [] : value.error.issues.map((i) => ({ ...i, path: ["value", ...i.path] }));
}

export type ActivityEnvelope = z.infer<typeof activityEnvelope>;

/** What was wrong, as field paths only: safe to log, since it quotes nothing the caller sent. */
export type EnvelopeVerdict =
  | { readonly ok: true; readonly activity: ActivityEnvelope }
  | { readonly ok: false; readonly fields: readonly string[] };

export function checkEnvelope(body: unknown): EnvelopeVerdict {
  const parsed = activityEnvelope.safeParse(body);
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...invokeIssues(body), ...meetingEventIssues(body)];
  if (parsed.success && issues.length === 0) return { ok: true, activity: parsed.data };
  return { ok: false, fields: [...new Set(issues.map((i) => i.path.join(".") || "body"))].slice(0, 5) };
}
