import type { TestServer } from "./testServer";
import type { TeamsUser } from "./teamsActivities";
import { cardInvoke, MEETING_CHAT_ID, meetingMessage } from "./workshopActivities";

export interface CardJson {
  body: unknown[];
  actions?: unknown[];
  refresh?: unknown;
}

export interface InvokeAnswer {
  statusCode: number;
  type: string;
  value: unknown;
}

/** Drives a workshop through /api/messages exactly as Teams would, and reads the cards back. */
export class WorkshopHarness {
  constructor(
    readonly server: TestServer,
    readonly campaignId: string,
    readonly kind: 1 | 2 | 3,
  ) {}

  get ref() {
    return { campaignId: this.campaignId, kind: this.kind };
  }

  /** Sends a message in the meeting chat; returns its id (see `replies`). */
  async say(from: TeamsUser, text: string): Promise<string> {
    const message = meetingMessage({ serviceUrl: this.server.connector.url, from, text });
    const res = await this.server.postActivity(message);
    if (res.status !== 200) throw new Error(`message answered ${res.status}`);
    return message.id;
  }

  /** What the bot posted in answer to one message (not the card updates other work sends meanwhile). */
  replies(messageId: string) {
    return this.sentCards().filter((a) => a.method === "POST" && a.targetActivityId === messageId);
  }

  async invoke(
    from: TeamsUser,
    verb: string,
    data: Record<string, unknown> = {},
    replyToId?: string,
  ): Promise<InvokeAnswer> {
    const res = await this.server.postActivity(
      cardInvoke({
        serviceUrl: this.server.connector.url,
        from,
        verb,
        data: { ...this.ref, ...data },
        ...(replyToId ? { replyToId } : {}),
      }),
    );
    if (res.status !== 200) throw new Error(`invoke ${verb} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as InvokeAnswer;
  }

  /** The answer must be a card; returns it. */
  async card(from: TeamsUser, verb: string, data: Record<string, unknown> = {}): Promise<CardJson> {
    const answer = await this.invoke(from, verb, data);
    if (answer.type !== "application/vnd.microsoft.card.adaptive")
      throw new Error(`${verb}: expected a card, got ${JSON.stringify(answer)}`);
    return answer.value as CardJson;
  }

  /** A facilitator command with the revision the facilitator card shows. */
  async command(from: TeamsUser, type: string, extra: Record<string, unknown> = {}): Promise<CardJson> {
    const revision = await this.revision(from);
    return this.card(from, `workshop.${type}`, { revision, ...extra });
  }

  async revision(from: TeamsUser): Promise<number> {
    const card = await this.card(from, "workshop.refresh", { view: "facilitator" });
    const found = findAction(card, (a) => typeof a.data?.["revision"] === "number");
    if (!found) throw new Error("facilitator card shows no command");
    return found.data!["revision"] as number;
  }

  sentCards() {
    return this.server.connector.sentTo(MEETING_CHAT_ID);
  }
}

export interface FoundAction {
  type: string;
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
}

export function allActions(node: unknown, out: FoundAction[] = []): FoundAction[] {
  if (Array.isArray(node)) for (const n of node) allActions(n, out);
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o["type"] === "string" && (o["type"] as string).startsWith("Action."))
      out.push(o as unknown as FoundAction);
    for (const [key, value] of Object.entries(o)) if (key !== "refresh") allActions(value, out);
  }
  return out;
}

export function findAction(card: unknown, predicate: (a: FoundAction) => boolean): FoundAction | undefined {
  return allActions(card).find(predicate);
}

export function requestIdOf(card: unknown, verb: string): string {
  const action = findAction(card, (a) => a.verb === verb);
  const id = action?.data?.["requestId"];
  if (typeof id !== "string")
    throw new Error(`no ${verb} action with a requestId on the card: ${JSON.stringify(card).slice(0, 400)}`);
  return id;
}

export function textOf(card: unknown): string {
  return JSON.stringify(card);
}

/** The data of the vote button next to a ballot line (found by its text). */
export function voteDataFor(card: CardJson, text: string, verb = "workshop.vote"): Record<string, unknown> {
  const containers = (card.body as { type: string; items?: unknown[] }[]).filter((b) => b.type === "Container");
  for (const c of containers) {
    const json = JSON.stringify(c);
    if (!json.includes(`"type":"TextRun","text":${JSON.stringify(text)}`)) continue;
    const action = findAction(c, (a) => a.verb === verb);
    if (action?.data) return action.data;
  }
  throw new Error(`no ${verb} button for « ${text} » on ${JSON.stringify(card).slice(0, 300)}`);
}

/** A usager on the join page, through the public API only. */
export class JoinDevice {
  private token = "";
  constructor(
    readonly baseUrl: string,
    readonly code: string,
    readonly locale = "fr-FR",
  ) {}

  private headers(): Record<string, string> {
    return { "Content-Type": "application/json", "Accept-Language": this.locale, "X-Device-Token": this.token };
  }

  /** The same phone talking to another server instance (after a restart). */
  on(baseUrl: string): JoinDevice {
    const moved = new JoinDevice(baseUrl, this.code, this.locale);
    moved.token = this.token;
    return moved;
  }

  async register(): Promise<void> {
    const res = await fetch(`${this.baseUrl}/api/join/${this.code}/devices`, {
      method: "POST",
      headers: this.headers(),
      body: "{}",
    });
    if (res.status !== 201) throw new Error(`register answered ${res.status}`);
    this.token = ((await res.json()) as { token: string }).token;
  }

  async card(): Promise<CardJson> {
    const res = await fetch(`${this.baseUrl}/api/join/${this.code}/card`, { headers: this.headers() });
    if (res.status !== 200) throw new Error(`card answered ${res.status}`);
    return ((await res.json()) as { card: CardJson }).card;
  }

  async act(
    verb: string,
    data: Record<string, unknown>,
  ): Promise<{ status: number; body: { card?: CardJson; error?: { code: string; message: string } } }> {
    const res = await fetch(`${this.baseUrl}/api/join/${this.code}/actions`, {
      method: "POST",
      headers: this.headers(),
      body: JSON.stringify({ verb, data }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { card?: CardJson; error?: { code: string; message: string } },
    };
  }
}

/**
 * The stage's live state, as the stage and the console read it. `as` names the local identity
 * (cookie ve-local-user) the tab runs as; `kind` asks for a workshop other than the campaign's current one.
 */
export async function stageState(
  baseUrl: string,
  campaignId: string,
  options: { readonly as?: string; readonly kind?: 1 | 2 | 3 } = {},
): Promise<Record<string, unknown> & { join: { code: string }; results: Record<string, unknown> }> {
  const query = options.kind ? `?kind=${options.kind}` : "";
  const headers: Record<string, string> = {
    "Accept-Language": "fr-FR",
    ...(options.as ? { Cookie: `ve-local-user=${encodeURIComponent(options.as)}` } : {}),
  };
  const res = await fetch(`${baseUrl}/api/workshops/${encodeURIComponent(campaignId)}${query}`, { headers });
  if (res.status !== 200) throw new Error(`stage answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Record<string, unknown> & { join: { code: string }; results: Record<string, unknown> };
}
