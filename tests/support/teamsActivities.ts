/**
 * Activities shaped like the ones Teams sends (ids, channelData, entities), for tests that POST
 * to /api/messages. Only the fields the bot relies on, but with Teams' real formats.
 */
export const TENANT_ID = "72f988bf-0000-4000-8000-000000000001";
export const BOT_ID = "28:00000000-0000-4000-8000-0000000b0700";
export const BOT_NAME = "Vivre ensemble";
export const TEAM_ID = "19:service-funeraire@thread.tacv2";

export interface TeamsUser {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
}

export function user(n: number, name = `Agent ${n}`): TeamsUser {
  const hex = n.toString(16).padStart(12, "0");
  return { id: `29:user-${n}`, name, aadObjectId: `00000000-0000-4000-8000-${hex}` };
}

/**
 * Someone who joined a Teams meeting as an anonymous guest: an id of their own, the name they typed,
 * no Entra object id (they are not in the tenant).
 */
export interface MeetingGuest {
  readonly id: string;
  readonly name: string;
}

export function anonymousGuest(n: number, name = `Invité ${n}`): MeetingGuest {
  return { id: `29:1anonymous-guest-${n}`, name };
}

let sequence = 1_700_000_000_000;
function nextId(): string {
  return String(sequence++);
}

interface Common {
  serviceUrl: string;
  locale?: string;
  id?: string;
}

function base(common: Common, from: TeamsUser | { id: string; name: string }) {
  return {
    id: common.id ?? nextId(),
    channelId: "msteams",
    serviceUrl: common.serviceUrl,
    timestamp: new Date().toISOString(),
    from,
    recipient: { id: BOT_ID, name: BOT_NAME },
    ...(common.locale ? { locale: common.locale } : {}),
    entities: common.locale
      ? [{ type: "clientInfo", locale: common.locale, country: "FR", platform: "Web", timezone: "Europe/Paris" }]
      : [],
  };
}

export function personalConversation(u: TeamsUser) {
  return { conversationType: "personal", tenantId: TENANT_ID, id: `a:personal-${u.aadObjectId}` };
}

export function personalMessage(common: Common & { from: TeamsUser; text: string }) {
  return {
    ...base(common, common.from),
    type: "message",
    text: common.text,
    textFormat: "plain",
    conversation: personalConversation(common.from),
    channelData: { tenant: { id: TENANT_ID } },
  };
}

export function channelMessage(common: Common & { from: TeamsUser; text: string; channelId?: string }) {
  const channel = common.channelId ?? TEAM_ID;
  const mention = `<at>${BOT_NAME}</at>`;
  const b = base(common, common.from);
  return {
    ...b,
    type: "message",
    text: `${mention} ${common.text}`,
    textFormat: "plain",
    conversation: {
      conversationType: "channel",
      isGroup: true,
      tenantId: TENANT_ID,
      id: `${channel};messageid=${b.id}`,
    },
    entities: [...b.entities, { type: "mention", mentioned: { id: BOT_ID, name: BOT_NAME }, text: mention }],
    channelData: {
      tenant: { id: TENANT_ID },
      team: { id: TEAM_ID, name: "Service funéraire" },
      channel: { id: channel },
    },
  };
}

export function installPersonal(common: Common & { from: TeamsUser; action?: "add" | "remove" }) {
  return {
    ...base(common, common.from),
    type: "installationUpdate",
    action: common.action ?? "add",
    conversation: personalConversation(common.from),
    channelData: { tenant: { id: TENANT_ID }, source: { name: "message" } },
  };
}

export function botAddedToPersonal(common: Common & { from: TeamsUser }) {
  return {
    ...base(common, common.from),
    type: "conversationUpdate",
    membersAdded: [{ id: BOT_ID }],
    conversation: personalConversation(common.from),
    channelData: { tenant: { id: TENANT_ID } },
  };
}

export function botAddedToTeam(common: Common & { from: TeamsUser }) {
  return {
    ...base(common, common.from),
    type: "conversationUpdate",
    membersAdded: [{ id: BOT_ID }],
    conversation: { conversationType: "channel", isGroup: true, tenantId: TENANT_ID, id: TEAM_ID },
    channelData: {
      tenant: { id: TENANT_ID },
      eventType: "teamMemberAdded",
      team: { id: TEAM_ID, name: "Service funéraire" },
    },
  };
}

export function botAddedToGroupChat(common: Common & { from: TeamsUser; chatId?: string }) {
  return {
    ...base(common, common.from),
    type: "conversationUpdate",
    membersAdded: [{ id: BOT_ID }],
    conversation: {
      conversationType: "groupChat",
      isGroup: true,
      tenantId: TENANT_ID,
      id: common.chatId ?? "19:meeting-chat@thread.v2",
    },
    channelData: { tenant: { id: TENANT_ID } },
  };
}
