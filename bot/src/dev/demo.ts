import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Campaign } from "../domain/campaign";
import { decideCommitment, roadmapDrafts, type CommitteeDecision } from "../domain/committee";
import { buildPoster, editPoster, posterCommitments, type Poster, type PosterValidation } from "../domain/poster";
import { createRoadmapAction, editRoadmapAction, updateRoadmapAction, type RoadmapAction } from "../domain/roadmap";
import type { CommitParty } from "../domain/workshopTemplate";
import { appRoot } from "../paths";
import type { CampaignRepository } from "../storage/campaignRepository";
import { createPosterRepositories } from "../storage/poster/posterRepositories";
import type { PosterParticipant } from "../storage/poster/posterRepository";
import type { TableClients } from "../storage/tableClients";
import { seedFuneralWorkshops } from "./demo/funeralWorkshops";
import { PENDING_USAGER_TOKEN, RECRUITING_CAMPAIGN_ID, seedRecruitingCampaign } from "./demo/recruitmentDemo";
import { startLocal } from "./startLocal";

/**
 * `npm run demo`: the app with a complete sample campaign modelled on the funeral-service pilot of
 * Strasbourg (schedule of the three workshops, the mixed workshop's result as a poster validated in
 * two rounds, the steering committee's decisions, a roadmap in progress) and four more services for
 * the managers' dashboard. The local user is coordinator and manager of every demo campaign.
 */
const LOCAL_USER = "local-user";

interface DemoAction {
  readonly owner?: string;
  readonly dueDate?: string;
  readonly updates?: readonly {
    readonly daysAgo: number;
    readonly status?: string;
    readonly progress?: number;
    readonly comment: string;
  }[];
}

interface DemoCampaign {
  readonly id: string;
  readonly name: string;
  readonly services: readonly string[];
  readonly site?: string;
  readonly qualities: readonly string[];
  readonly commitments: readonly { readonly party: CommitParty; readonly text: string }[];
  /** Reworded after the first validation round, to show versions. */
  readonly secondVersion?: (poster: Poster) => {
    qualities?: Poster["qualities"];
    commitments?: ReturnType<typeof posterCommitments>;
  };
  readonly teams: number;
  readonly usagers: number;
  /** How many participants approved the last version; fewer than all means closed by the coordinator. */
  readonly approvals?: number;
  readonly validated: boolean;
  readonly decisions?: readonly {
    readonly decision: "adopted" | "adapted" | "rejected";
    readonly level: string;
    readonly reason?: string;
    readonly adaptedText?: string;
  }[];
  readonly actions?: readonly DemoAction[];
  readonly monthsAgo: number;
  /** Play its three workshops too, so the console, the stage and the ballots have real content. */
  readonly workshops?: boolean;
}

const FUNERAL: DemoCampaign = {
  id: "demo-service-funeraire",
  name: "Service funéraire — 2027",
  services: ["Service funéraire"],
  qualities: ["Respect", "Écoute", "Dialogue", "Qualité de l'accueil"],
  commitments: [
    { party: "agents", text: "prendre plus de temps pour accompagner l'usager" },
    { party: "agents", text: "expliquer clairement chaque démarche et ses délais" },
    { party: "agents", text: "proposer un lieu calme pour les échanges délicats" },
    { party: "usagers", text: "respecter le règlement des cimetières" },
    { party: "usagers", text: "prévenir en cas d'empêchement à un rendez-vous" },
    { party: "both", text: "plus de politesse, de part et d'autre" },
  ],
  secondVersion: (p) => ({
    commitments: posterCommitments(p).map((c) =>
      c.party === "both" ? { ...c, text: "plus de politesse et de patience, de part et d'autre" } : c,
    ),
  }),
  teams: 4,
  usagers: 4,
  validated: true,
  decisions: [
    { decision: "adopted", level: "service" },
    {
      decision: "adapted",
      level: "department",
      reason: "Les délais dépendent aussi des opérateurs funéraires",
      adaptedText: "remettre une fiche des démarches et des délais habituels",
    },
    { decision: "adopted", level: "executive", reason: "Nécessite un aménagement des locaux" },
    {
      decision: "rejected",
      level: "service",
      reason: "Le règlement est déjà affiché et remis ; il sera rappelé dans la fiche",
    },
    { decision: "adopted", level: "service" },
    { decision: "adopted", level: "service" },
  ],
  actions: [
    {
      owner: "Cheffe du service funéraire",
      dueDate: "2027-03-31",
      updates: [
        { daysAgo: 40, progress: 30, comment: "Créneaux de 30 minutes testés au guichet" },
        { daysAgo: 10, progress: 60, comment: "Étendu aux rendez-vous du samedi" },
      ],
    },
    {
      owner: "Responsable de l'accueil",
      dueDate: "2027-02-28",
      updates: [{ daysAgo: 30, status: "done", comment: "Fiche imprimée et disponible au guichet et en ligne" }],
    },
    {
      owner: "Direction de la population",
      dueDate: "2026-10-31",
      updates: [{ daysAgo: 50, progress: 20, comment: "Bureau identifié au premier étage, devis demandé" }],
    },
    { owner: "Responsable de l'accueil", dueDate: "2027-06-30" },
    {
      owner: "Cheffe du service funéraire",
      dueDate: "2027-05-31",
      updates: [{ daysAgo: 5, progress: 10, comment: "Affiche « Vivre ensemble » posée dans la salle d'attente" }],
    },
  ],
  monthsAgo: 5,
  workshops: true,
};

const OTHERS: readonly DemoCampaign[] = [
  {
    id: "demo-maison-hautepierre",
    name: "Maison de Hautepierre — 2027",
    services: ["Centre médico-social", "Mairie de quartier", "Médiathèque", "Direction de proximité"],
    site: "Maison de Hautepierre",
    qualities: ["Respect", "Convivialité", "Écoute", "Orientation"],
    commitments: [
      { party: "agents", text: "orienter chaque visiteur vers le bon service dès l'entrée" },
      { party: "usagers", text: "signaler à l'accueil un besoin d'aide pour les démarches en ligne" },
      { party: "both", text: "se saluer et se présenter" },
    ],
    teams: 5,
    usagers: 3,
    approvals: 7,
    validated: true,
    decisions: [
      { decision: "adopted", level: "department" },
      { decision: "adopted", level: "service" },
      { decision: "adopted", level: "service" },
    ],
    actions: [
      {
        owner: "Agent d'accueil",
        dueDate: "2027-01-31",
        updates: [{ daysAgo: 20, progress: 50, comment: "Plan de la Maison affiché à l'entrée" }],
      },
      { owner: "Médiathèque", dueDate: "2027-04-30" },
      {
        owner: "Direction de proximité",
        dueDate: "2026-11-15",
        updates: [{ daysAgo: 3, progress: 20, comment: "Badges prénoms commandés" }],
      },
    ],
    monthsAgo: 4,
  },
  {
    id: "demo-etat-civil",
    name: "État civil — 2027",
    services: ["État civil"],
    qualities: ["Respect", "Patience", "Clarté"],
    commitments: [
      { party: "agents", text: "annoncer le temps d'attente" },
      { party: "usagers", text: "venir avec les pièces demandées" },
    ],
    teams: 4,
    usagers: 4,
    validated: true,
    decisions: [
      { decision: "adopted", level: "service" },
      { decision: "adopted", level: "service" },
    ],
    actions: [
      {
        owner: "Responsable de l'accueil",
        dueDate: "2027-02-15",
        updates: [{ daysAgo: 12, status: "done", comment: "Écran d'attente installé" }],
      },
      {
        owner: "Cheffe de l'état civil",
        dueDate: "2027-03-15",
        updates: [{ daysAgo: 8, progress: 40, comment: "Liste des pièces envoyée avec chaque convocation" }],
      },
    ],
    monthsAgo: 3,
  },
  {
    id: "demo-piscines",
    name: "Piscines municipales — 2027",
    services: ["Piscines"],
    qualities: ["Respect", "Sécurité", "Écoute"],
    commitments: [
      { party: "agents", text: "expliquer les règles d'hygiène avec le sourire" },
      { party: "both", text: "respecter le calme des bassins" },
    ],
    teams: 3,
    usagers: 3,
    validated: false,
    monthsAgo: 1,
  },
  {
    id: "demo-stationnement",
    name: "Stationnement résidentiel — 2026",
    services: ["Stationnement"],
    qualities: ["Écoute", "Transparence", "Respect"],
    commitments: [
      { party: "agents", text: "répondre aux réclamations sous quinze jours" },
      { party: "usagers", text: "joindre les justificatifs à la demande de carte" },
      { party: "both", text: "garder un ton courtois au téléphone" },
    ],
    teams: 4,
    usagers: 4,
    validated: true,
    decisions: [
      {
        decision: "adapted",
        level: "department",
        reason: "Délai réaliste avec l'effectif actuel",
        adaptedText: "répondre aux réclamations sous trois semaines",
      },
      { decision: "adopted", level: "service" },
      { decision: "adopted", level: "service" },
    ],
    actions: [
      {
        owner: "Chef du service stationnement",
        dueDate: "2026-09-30",
        updates: [{ daysAgo: 90, progress: 50, comment: "Tableau de suivi des réclamations en place" }],
      },
      {
        owner: "Responsable de l'accueil",
        dueDate: "2026-12-31",
        updates: [{ daysAgo: 60, status: "done", comment: "Liste des justificatifs en ligne" }],
      },
      {
        owner: "Responsable de l'accueil",
        dueDate: "2027-03-31",
        updates: [
          { daysAgo: 30, status: "dropped", comment: "Remplacé par la formation accueil téléphonique de la direction" },
        ],
      },
    ],
    monthsAgo: 8,
  },
];

function isoDaysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

function demoId(seed: string): string {
  const h = createHash("sha256").update(seed).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }, what: string): T {
  if (!result.ok) throw new Error(`demo data invalid (${what}): ${result.error.code}`);
  return result.value;
}

async function seedCampaign(
  tables: TableClients,
  campaigns: CampaignRepository,
  demo: DemoCampaign,
  now: Date,
): Promise<{ followToken?: string }> {
  const start = isoDaysAgo(now, demo.monthsAgo * 30);
  const at = (days: number) => isoDaysAgo(start, -days);
  const campaign: Campaign = {
    id: demo.id,
    name: demo.name,
    approach: demo.site ? "territorial" : "thematic",
    services: demo.services,
    ...(demo.site ? { site: demo.site } : {}),
    state: demo.actions ? "roadmapInProgress" : "posterValidation",
    coordinatorIds: [LOCAL_USER],
    managerIds: [LOCAL_USER],
    names: { [LOCAL_USER]: "Utilisateur local" },
    // Three weeks between the agents' and the usagers' workshops, as the pilots recommend.
    workshops: {
      1: { plannedAt: at(7).toISOString() },
      2: { plannedAt: at(28).toISOString() },
      3: { plannedAt: at(42).toISOString() },
    },
    panelSize: 8,
    locale: "fr",
    createdAt: start.toISOString(),
    updatedAt: now.toISOString(),
  };
  const firstUsagerToken = demo.usagers > 0 ? `demo-${demo.id}-usager-1` : undefined;
  const created = await campaigns.create(campaign);
  // Outside the check below, so data persisted before the workshops were part of the demo gets them; each workshop is seeded once.
  if (demo.workshops) {
    const agentIds = Array.from({ length: demo.teams }, (_, i) => demoId(`${demo.id}-agent-${i}`));
    await seedFuneralWorkshops(
      tables,
      campaigns,
      campaign,
      { qualities: demo.qualities, commitments: demo.commitments },
      { facilitatorId: LOCAL_USER, agentIds, usagerCount: demo.usagers },
    );
  }
  // Already seeded (a second run on persistent data): leave everything as it is.
  if (!created) return firstUsagerToken ? { followToken: firstUsagerToken } : {};

  const repos = createPosterRepositories(tables);
  const participants: PosterParticipant[] = [
    ...Array.from({ length: demo.teams }, (_, i) => {
      const aadObjectId = demoId(`${demo.id}-agent-${i}`);
      return { key: `aad:${aadObjectId}`, kind: "teams" as const, aadObjectId, name: `Agent ${i + 1}` };
    }),
    ...Array.from({ length: demo.usagers }, (_, i) => ({
      key: `usager:${i + 1}`,
      kind: "usager" as const,
      token: `demo-${demo.id}-usager-${i + 1}`,
      name: `Usager ${i + 1}`,
    })),
  ];
  const v1 = must(
    buildPoster({
      id: `poster-${demo.id}`,
      campaign,
      keptQualities: demo.qualities.map((text, i) => ({ id: `q${i + 1}`, text })),
      commitments: demo.commitments.map((c, i) => ({ id: `c${i + 1}`, ...c })),
      now: at(43),
    }),
    `${demo.id} poster`,
  );
  const history: Poster[] = [];
  let poster = v1;
  const validations: PosterValidation[] = [];
  if (demo.secondVersion) {
    // Round 1: one usager asked for a change, which made version 2.
    validations.push({
      participantKey: participants.at(-1)!.key,
      version: 1,
      approved: false,
      comment: "Ajouter la patience",
      at: at(45).toISOString(),
    });
    history.push(poster);
    poster = must(editPoster(poster, demo.secondVersion(poster), at(46)), `${demo.id} version 2`);
  }
  const approving = demo.validated
    ? Math.min(demo.approvals ?? participants.length, participants.length)
    : Math.floor(participants.length / 2);
  participants.slice(0, approving).forEach((p, i) =>
    validations.push({
      participantKey: p.key,
      version: poster.version,
      approved: true,
      at: at(47 + i / 10).toISOString(),
    }),
  );
  if (demo.validated && approving < participants.length) {
    poster = {
      ...poster,
      closed: {
        at: at(50).toISOString(),
        by: LOCAL_USER,
        version: poster.version,
        approvals: approving,
        total: participants.length,
      },
      updatedAt: at(50).toISOString(),
    };
  }
  for (const p of participants)
    if (p.token) await repos.links.create({ token: p.token, campaignId: demo.id, participantKey: p.key });
  await repos.posters.create({ campaignId: demo.id, poster, history, participants, validations, source: "workshop" });

  const decisions: CommitteeDecision[] = (demo.decisions ?? []).map((d, i) =>
    must(
      decideCommitment(poster, { commitmentId: posterCommitments(poster)[i]!.id, ...d, decidedBy: LOCAL_USER }, at(60)),
      `${demo.id} decision ${i}`,
    ),
  );
  for (const d of decisions) await repos.committee.append(demo.id, d);
  const drafts = roadmapDrafts(poster, decisions);
  for (const [i, draft] of drafts.entries()) {
    const plan = demo.actions?.[i] ?? {};
    let action: RoadmapAction = must(
      createRoadmapAction(
        { id: `action-${draft.commitmentId}`, commitmentId: draft.commitmentId, title: draft.title },
        at(61),
      ),
      "action",
    );
    action = must(
      editRoadmapAction(
        action,
        { ...(plan.owner ? { owner: plan.owner } : {}), ...(plan.dueDate ? { dueDate: plan.dueDate } : {}) },
        at(62),
      ),
      "plan",
    );
    for (const u of plan.updates ?? []) {
      action = must(
        updateRoadmapAction(
          action,
          {
            by: LOCAL_USER,
            ...(u.status ? { status: u.status } : {}),
            ...(u.progress !== undefined ? { progress: u.progress } : {}),
            comment: u.comment,
          },
          isoDaysAgo(now, u.daysAgo),
        ),
        "update",
      );
    }
    await repos.roadmap.create({ ...action, campaignId: demo.id, party: draft.party });
  }
  return firstUsagerToken ? { followToken: firstUsagerToken } : {};
}

/** Seeds every demo campaign; safe to run twice (existing documents are left as they are). */
export async function seedDemo(
  tables: TableClients,
  campaigns: CampaignRepository,
  now: Date = new Date(),
): Promise<{ campaignIds: string[]; followToken: string }> {
  const funeral = await seedCampaign(tables, campaigns, FUNERAL, now);
  for (const demo of OTHERS) await seedCampaign(tables, campaigns, demo, now);
  await seedRecruitingCampaign(tables, campaigns, LOCAL_USER, now);
  return {
    campaignIds: [...[FUNERAL, ...OTHERS].map((d) => d.id), RECRUITING_CAMPAIGN_ID],
    followToken: funeral.followToken ?? "",
  };
}

async function main(): Promise<void> {
  const envFile = join(appRoot(), ".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  // In memory unless asked otherwise: a demo should not leave data behind.
  const run = await startLocal({ inMemory: process.env.DEMO_PERSIST !== "1" });
  const { followToken } = await seedDemo(run.app.tables, run.app.repos.campaigns);
  const base = run.url;
  console.log(
    [
      "",
      "  Vivre ensemble — démonstration / demo",
      `  Affiche / Poster:           ${base}/poster/${FUNERAL.id}`,
      `  Feuille de route / Roadmap: ${base}/roadmap/${FUNERAL.id}`,
      `  Tableau de bord / Dashboard: ${base}/dashboard`,
      `  Recrutement / Recruitment:   ${base}/recruitment/${RECRUITING_CAMPAIGN_ID}`,
      `  Lien d'un usager invité / Invited service user's link: ${base}/confirm/${PENDING_USAGER_TOKEN}`,
      `  Page d'un usager / Service user's page: ${base}/follow/${followToken}`,
      "  Ctrl-C pour arrêter / to stop",
      "",
    ].join("\n"),
  );
  const stop = async () => {
    await run.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
