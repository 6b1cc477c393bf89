import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { cardProblems } from "./cardValidator";

export interface RecordedActivity {
  readonly conversationId: string;
  readonly method: "POST" | "PUT";
  /** The activity being replied to or updated, when the route names one. */
  readonly targetActivityId?: string;
  readonly id: string;
  readonly activity: Record<string, unknown> & {
    type?: string;
    text?: string;
    attachments?: { contentType: string; content: unknown }[];
  };
}

export interface ConnectorMember {
  id: string;
  name: string;
  aadObjectId?: string;
  userPrincipalName?: string;
  email?: string;
  tenantId?: string;
  userRole?: string;
}

/** A targeted meeting notification as the bot posted it (POST /v1/meetings/{meetingId}/notification), with what was answered. */
export interface RecordedMeetingNotification {
  readonly meetingId: string;
  readonly status: number;
  readonly body: {
    type?: string;
    value?: { recipients?: string[]; surfaces?: { surface: string; contentType?: string; content?: unknown }[] };
  };
}

/** Teams' documented limit of recipients per targeted meeting notification. */
export const MEETING_NOTIFICATION_MAX_RECIPIENTS = 10;

const ADAPTIVE = "application/vnd.microsoft.card.adaptive";

/**
 * A stand-in for the Bot Connector service on 127.0.0.1: answers the REST routes botbuilder calls
 * and records everything the bot sends. Every Adaptive Card is parsed with the `adaptivecards`
 * library on arrival; problems are collected in `cardProblems` for tests to assert on.
 */
export class LocalConnector {
  readonly activities: RecordedActivity[] = [];
  readonly cardProblems: string[] = [];
  readonly members = new Map<string, ConnectorMember[]>();
  /** Meeting roles by Entra object id, answered on the meeting-participant route (TeamsInfo.getMeetingParticipant). */
  readonly meetingRoles = new Map<string, "Organizer" | "Presenter" | "Attendee">();
  /** Opening a 1:1 conversation with these members answers this status: 403 as Teams does when the app is not installed for them or they blocked the bot, 502 for a passing failure. */
  readonly refusedMembers = new Map<string, 403 | 502>();
  /** Every targeted meeting notification the bot posted, accepted or not. */
  readonly meetingNotifications: RecordedMeetingNotification[] = [];
  /** Meetings whose notifications are refused with 403, as Teams does when the app lacks the RSC consent (OnlineMeetingNotification.Send.Chat). */
  readonly refusedNotificationMeetings = new Set<string>();
  private server?: Server;
  private counter = 0;
  private waiters: (() => void)[] = [];

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error("connector not started");
    return `http://127.0.0.1:${address.port}/`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Activities sent to one conversation, in order. */
  sentTo(conversationId: string): RecordedActivity[] {
    return this.activities.filter((a) => a.conversationId === conversationId);
  }

  cardsSentTo(conversationId: string): unknown[] {
    return this.sentTo(conversationId).flatMap((a) =>
      (a.activity.attachments ?? []).filter((x) => x.contentType === ADAPTIVE).map((x) => x.content),
    );
  }

  /** Resolves once `predicate` holds (checked on every recorded activity), or fails after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
    if (predicate()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(
          new Error(
            `connector: condition not met within ${timeoutMs} ms (${this.activities.length} activities recorded)`,
          ),
        );
      }, timeoutMs);
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        resolve();
      };
      this.waiters.push(check);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const body = await readJson(req);

    // /v3/conversations/{conversationId}/activities[/{activityId}]
    if (parts[0] === "v3" && parts[1] === "conversations" && parts[3] === "activities" && parts[2]) {
      if (req.method === "POST" || req.method === "PUT") {
        const id = req.method === "PUT" && parts[4] ? parts[4] : `activity-${++this.counter}`;
        this.record({
          conversationId: parts[2],
          method: req.method,
          id,
          ...(parts[4] ? { targetActivityId: parts[4] } : {}),
          activity: body as RecordedActivity["activity"],
        });
        return send(res, 200, { id });
      }
    }
    // /v3/conversations/{conversationId}/members/{memberId}
    if (
      parts[0] === "v3" &&
      parts[1] === "conversations" &&
      parts[3] === "members" &&
      parts[2] &&
      parts[4] &&
      req.method === "GET"
    ) {
      const member = (this.members.get(parts[2]) ?? []).find((m) => m.id === parts[4] || m.aadObjectId === parts[4]);
      return member
        ? send(res, 200, member)
        : send(res, 404, { error: { code: "MemberNotFoundInConversation", message: "member not found" } });
    }
    // /v3/conversations/{conversationId}/pagedmembers?pageSize=&continuationToken=
    if (
      parts[0] === "v3" &&
      parts[1] === "conversations" &&
      parts[3] === "pagedmembers" &&
      parts[2] &&
      req.method === "GET"
    ) {
      const all = this.members.get(parts[2]) ?? [];
      const size = Number(url.searchParams.get("pageSize") ?? 100);
      const start = Number(url.searchParams.get("continuationToken") ?? 0);
      const page = all.slice(start, start + size);
      const next = start + size < all.length ? String(start + size) : undefined;
      return send(res, 200, { members: page, ...(next ? { continuationToken: next } : {}) });
    }
    // GET /v1/meetings/{meetingId}/participants/{participantId}?tenantId=…
    if (
      parts[0] === "v1" &&
      parts[1] === "meetings" &&
      parts[3] === "participants" &&
      parts[4] &&
      req.method === "GET"
    ) {
      const role = this.meetingRoles.get(parts[4]);
      if (!role) return send(res, 404, { error: { code: "NotFound", message: "participant not in meeting" } });
      return send(res, 200, {
        user: { id: parts[4], aadObjectId: parts[4] },
        meeting: { role, inMeeting: true },
        conversation: { id: parts[2] },
      });
    }
    // POST /v1/meetings/{meetingId}/notification: a targeted in-meeting notification.
    if (
      parts[0] === "v1" &&
      parts[1] === "meetings" &&
      parts[3] === "notification" &&
      parts[2] &&
      req.method === "POST"
    ) {
      const notification = body as RecordedMeetingNotification["body"];
      const recipients = notification.value?.recipients ?? [];
      const status = this.refusedNotificationMeetings.has(parts[2])
        ? 403
        : notification.type !== "targetedMeetingNotification" ||
            recipients.length === 0 ||
            recipients.length > MEETING_NOTIFICATION_MAX_RECIPIENTS
          ? 400
          : 202;
      this.meetingNotifications.push({ meetingId: parts[2], status, body: notification });
      for (const waiter of [...this.waiters]) waiter();
      if (status === 403)
        return send(res, 403, {
          error: { code: "Forbidden", message: "The app has no consent to send meeting notifications." },
        });
      if (status === 400) return send(res, 400, { error: { code: "BadSyntax", message: "invalid notification" } });
      // Teams accepts a notification to every recipient with 202 and no body (207 lists the recipients it failed).
      res.writeHead(202, { "Content-Length": 0 });
      return void res.end();
    }
    // POST /v3/conversations: create a 1:1 conversation for a proactive message.
    if (parts[0] === "v3" && parts[1] === "conversations" && parts.length === 2 && req.method === "POST") {
      const members = (body as { members?: { id: string }[] }).members ?? [];
      const refused = members.map((m) => this.refusedMembers.get(m.id)).find((status) => status !== undefined);
      if (refused === 403)
        return send(res, 403, {
          error: { code: "ConversationBlockedByUser", message: "User blocked the conversation with the bot." },
        });
      if (refused === 502) return send(res, 502, { error: { code: "ServiceError", message: "Bad gateway" } });
      return send(res, 200, { id: `a:personal-${members[0]?.id ?? ++this.counter}` });
    }
    send(res, 404, { error: { code: "NotFound", message: `${req.method} ${url.pathname}` } });
  }

  private record(entry: RecordedActivity): void {
    this.activities.push(entry);
    for (const attachment of entry.activity.attachments ?? []) {
      if (attachment.contentType !== ADAPTIVE) continue;
      for (const problem of cardProblems(attachment.content))
        this.cardProblems.push(`${entry.conversationId}: ${problem}`);
    }
    for (const waiter of [...this.waiters]) waiter();
  }
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch {
        resolve({});
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json) });
  res.end(json);
}
