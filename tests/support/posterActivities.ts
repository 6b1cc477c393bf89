/**
 * Teams-shaped invokes for the poster tests: Action.Execute clicked on a card in the 1:1 chat
 * (validation cards and follow-up notices are sent there).
 */
import { BOT_ID, BOT_NAME, TENANT_ID, type TeamsUser } from "./teamsActivities";

let sequence = 1_900_000_000_000;

export function personalExecute(o: {
  serviceUrl: string;
  from: TeamsUser;
  verb: string;
  data?: Record<string, unknown>;
  locale?: string;
  id?: string;
}) {
  return {
    type: "invoke",
    name: "adaptiveCard/action",
    id: o.id ?? String(sequence++),
    channelId: "msteams",
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    from: o.from,
    recipient: { id: BOT_ID, name: BOT_NAME },
    ...(o.locale ? { locale: o.locale } : {}),
    conversation: { conversationType: "personal", tenantId: TENANT_ID, id: `a:personal-${o.from.aadObjectId}` },
    channelData: { tenant: { id: TENANT_ID } },
    value: { action: { type: "Action.Execute", verb: o.verb, data: o.data ?? {} }, trigger: "manual" },
  };
}

export function personalChatId(u: TeamsUser): string {
  return `a:personal-${u.aadObjectId}`;
}

/** The workshop-3-like content used across poster tests (from the funeral-service pilot). */
export const FUNERAL_POSTER = {
  qualities: [{ text: "Respect" }, { text: "Écoute" }, { text: "Qualité de l'accueil" }, { text: "Dialogue" }],
  commitments: [
    { party: "agents" as const, text: "prendre plus de temps pour accompagner l'usager" },
    { party: "agents" as const, text: "expliquer clairement chaque démarche et ses délais" },
    { party: "usagers" as const, text: "respecter le règlement du cimetière" },
    { party: "both" as const, text: "plus de politesse, de part et d'autre" },
  ],
};
