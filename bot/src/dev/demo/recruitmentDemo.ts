import type { Campaign } from "../../domain/campaign";
import { parseMakeupCsv } from "../../domain/makeup";
import { AGENT_DIMENSIONS, type AgentProfile, type UsagerProfile } from "../../domain/profiles";
import { recruitmentStores } from "../../services/recruitment/recruitmentStores";
import { hashToken } from "../../services/recruitment/usagers";
import { invitationJobId } from "../../services/recruitment/invitations";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { OutboxItem } from "../../storage/outbox/outboxRepository";
import type { UsagerRecord } from "../../storage/recruitment/usagerRepository";
import type { TableClients } from "../../storage/tableClients";

/**
 * A campaign still recruiting, so `npm run demo` shows the recruitment page with something in it:
 * the service's make-up, volunteers to balance, usagers at every stage, and the 1:1 invitations
 * with two members the bot could not reach.
 */
export const RECRUITING_CAMPAIGN_ID = "demo-mairies-quartier";
/** The personal link of an usager who has not answered yet (a demo token, printed by `npm run demo`). */
export const PENDING_USAGER_TOKEN = "demo-mairies-quartier-usager-en-attente";

// The service: 46 agents, mostly category C women between 30 and 54, as in many front offices.
const MAKEUP_CSV = [
  "age_band;sex;category;staff_kind;count",
  "under30;female;C;administrative;4",
  "30to44;female;C;administrative;9",
  "45to54;female;C;administrative;8",
  "55plus;female;C;administrative;4",
  "30to44;male;C;technical;5",
  "45to54;male;B;administrative;5",
  "30to44;female;B;administrative;4",
  "55plus;male;A;administrative;2",
  "45to54;female;A;administrative;2",
  "under30;male;C;technical;3",
].join("\n");

const VOLUNTEERS: readonly [string, AgentProfile][] = [
  ["Amina", { ageBand: "30to44", sex: "female", category: "C", staffKind: "administrative" }],
  ["Bernard", { ageBand: "55plus", sex: "male", category: "A", staffKind: "administrative" }],
  ["Chloé", { ageBand: "under30", sex: "female", category: "C", staffKind: "administrative" }],
  ["David", { ageBand: "45to54", sex: "male", category: "B", staffKind: "administrative" }],
  ["Élodie", { ageBand: "30to44", sex: "female", category: "C", staffKind: "administrative" }],
  ["Fatou", { ageBand: "45to54", sex: "female", category: "C", staffKind: "administrative" }],
  ["Gérard", { ageBand: "30to44", sex: "male", category: "C", staffKind: "technical" }],
  ["Hélène", { ageBand: "45to54", sex: "female", category: "A", staffKind: "administrative" }],
  ["Inès", { ageBand: "30to44", sex: "female", category: "B", staffKind: "administrative" }],
  ["Julien", { ageBand: "under30", sex: "male", category: "C", staffKind: "technical" }],
  ["Karima", { ageBand: "55plus", sex: "female", category: "C", staffKind: "administrative" }],
  ["Laure", { ageBand: "30to44", sex: "undisclosed", category: "C", staffKind: "administrative" }],
  ["Marc", { ageBand: "45to54", sex: "male", category: "B", staffKind: "administrative" }],
];

type DemoUsager = {
  name: string;
  status: UsagerRecord["status"];
  profile?: UsagerProfile;
  contact?: string;
  hint?: Partial<UsagerProfile>;
};
const USAGERS: readonly DemoUsager[] = [
  {
    name: "Mme Weber",
    status: "accepted",
    profile: { kind: "individual", ageBand: "55plus", sex: "female", frequency: "regular" },
    contact: "06 12 34 56 78",
  },
  {
    name: "M. Haddad",
    status: "accepted",
    profile: { kind: "individual", ageBand: "30to44", sex: "male", frequency: "occasional" },
  },
  {
    name: "Étude Schmitt, notaires",
    status: "accepted",
    profile: { kind: "business", ageBand: "45to54", sex: "male", frequency: "regular" },
    contact: "accueil@etude-schmitt.example",
  },
  {
    name: "Lina",
    status: "accepted",
    profile: { kind: "individual", ageBand: "under30", sex: "female", frequency: "firstTime" },
  },
  {
    name: "Association Accueil Solidaire",
    status: "accepted",
    profile: { kind: "association", ageBand: "45to54", sex: "female", frequency: "regular" },
  },
  {
    name: "M. Keller",
    status: "accepted",
    profile: { kind: "individual", ageBand: "55plus", sex: "male", frequency: "occasional" },
  },
  {
    name: "Sofia",
    status: "nominated",
    hint: { kind: "individual", frequency: "firstTime" },
    contact: "sofia@example.org",
  },
  { name: "M. Roth", status: "declined" },
];

function daysFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

/** Seeds once: a second run on persistent data finds the campaign and leaves everything as it is. */
export async function seedRecruitingCampaign(
  tables: TableClients,
  campaigns: CampaignRepository,
  coordinatorId: string,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const campaign: Campaign = {
    id: RECRUITING_CAMPAIGN_ID,
    name: "Mairies de quartier — accueil 2027",
    approach: "thematic",
    services: ["Mairies de quartier"],
    state: "recruitingAgents",
    coordinatorIds: [coordinatorId],
    managerIds: [coordinatorId],
    names: { [coordinatorId]: "Utilisateur local" },
    workshops: {
      1: { plannedAt: daysFrom(now, 21) },
      2: { plannedAt: daysFrom(now, 42) },
      3: { plannedAt: daysFrom(now, 63) },
    },
    panelSize: 8,
    locale: "fr",
    createdAt: daysFrom(now, -10),
    updatedAt: at,
  };
  if (!(await campaigns.create(campaign))) return;
  const stores = recruitmentStores(tables);

  const makeup = parseMakeupCsv<AgentProfile>(MAKEUP_CSV, AGENT_DIMENSIONS);
  if (!makeup.ok) throw new Error(`demo make-up invalid: ${makeup.error.code}`);
  await stores.records.change(campaign.id, now, (r) => ({ ...r, makeup: makeup.value }));

  for (const [i, [name, profile]] of VOLUNTEERS.entries()) {
    const record = {
      campaignId: campaign.id,
      aadObjectId: `demo-agent-${i}`,
      teamsId: `29:demo-agent-${i}`,
      name,
      locale: "fr" as const,
      status: "volunteered" as const,
      profile,
      consentAt: daysFrom(now, -8 + i / 4),
      createdAt: daysFrom(now, -8 + i / 4),
      updatedAt: at,
    };
    await stores.volunteers.upsertWith(record, () => record);
  }

  for (const [i, u] of USAGERS.entries()) {
    const token = u.status === "nominated" ? PENDING_USAGER_TOKEN : `demo-mairies-quartier-usager-${i}`;
    await stores.usagers.create({
      campaignId: campaign.id,
      id: `demo-usager-${i}`,
      name: u.name,
      status: u.status,
      ...(u.profile ? { profile: u.profile, consentAt: daysFrom(now, -5) } : {}),
      ...(u.hint ? { hint: u.hint } : {}),
      ...(u.contact ? { contact: u.contact } : {}),
      nominatedBy: `demo-agent-${i % VOLUNTEERS.length}`,
      tokenHash: hashToken(token),
      tokenExpiresAt: daysFrom(now, 30),
      locale: "fr",
      createdAt: daysFrom(now, -7 + i / 2),
      updatedAt: at,
    });
  }

  // The invitation went 1:1 to the whole team some days ago; two members have not installed the app.
  const jobId = invitationJobId(campaign.id);
  const invitedAt = daysFrom(now, -9);
  await stores.outbox.createJob({ jobId, ownerId: campaign.id, kind: "invitation", createdAt: invitedAt });
  const items: OutboxItem[] = Array.from({ length: 46 }, (_, i) => {
    const unreachable = i === 17 || i === 33;
    return {
      jobId,
      recipientKey: `aad:demo-member-${i}`,
      recipient: {
        teamsId: `29:demo-member-${i}`,
        aadObjectId: `demo-member-${i}`,
        name: unreachable ? ["Paul Ott", "Nadia Berger"][i === 17 ? 0 : 1]! : `Agent ${i + 1}`,
      },
      // Nothing is pending, so the demo's outbox worker has nothing to send anywhere.
      origin: { serviceUrl: "http://127.0.0.1:9/", tenantId: "demo", botId: "28:demo" },
      message: { text: "Appel à volontaires — Mairies de quartier" },
      status: unreachable ? "unreachable" : "sent",
      attempts: unreachable ? 1 : 0,
      dueAt: Date.parse(invitedAt),
      ...(unreachable ? { lastError: "unreachable 403" } : { sentAt: invitedAt }),
      createdAt: invitedAt,
      updatedAt: invitedAt,
    };
  });
  await stores.outbox.addMany(jobId, items);
}
