import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import { createWorkshop, type FacilitatorCommand } from "../../domain/workshopMachine";
import {
  defaultWorkshopSettings,
  validateWorkshopSettings,
  type WorkshopSettings,
} from "../../domain/workshopSettings";
import type { CommitParty } from "../../domain/workshopTemplate";
import { createLogger } from "../../logging/logger";
import type { Actor } from "../../services/policy";
import { issueDeviceToken, newJoinCode, newSecret, type Subject } from "../../services/workshop/participantKey";
import type { Result } from "../../domain/result";
import { WorkshopService } from "../../services/workshop/workshopService";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { TableClients } from "../../storage/tableClients";
import { workshopIdOf, type WorkshopRecord } from "../../storage/workshop/workshopRepository";
import { createWorkshopStores, type WorkshopStores } from "../../storage/workshop/workshopStores";

/**
 * The three workshops of the funeral-service pilot, played through the workshop service as a
 * facilitator and the panels would: words of the ideal and chaotic relation, where-we-stand
 * answers, actions tagged with who commits (workshops 1 and 2, ended), then the mixed workshop's
 * dots and commitments (workshop 3). Its kept qualities and commitments are those of the poster.
 */

export interface FuneralPoster {
  readonly qualities: readonly string[];
  readonly commitments: readonly { readonly party: CommitParty; readonly text: string }[];
}

interface PanelInput {
  /** Per participant: their words, so one person never sends more than the step allows. */
  readonly ideal: readonly (readonly string[])[];
  readonly chaotic: readonly (readonly string[])[];
  readonly scale: readonly { readonly value: number; readonly comment?: string }[];
  readonly actions: readonly (readonly { readonly text: string; readonly tag: CommitParty }[])[];
}

// Capitalised as the poster writes them: identical wordings merge on the workshop 3 ballot.
const AGENTS: PanelInput = {
  ideal: [
    ["Respect", "Écoute", "Discrétion"],
    ["Respect des familles", "Patience"],
    ["Écoute", "Dialogue", "Empathie"],
    ["Respect", "Qualité de l'accueil"],
    ["Disponibilité", "Écoute"],
    ["Dialogue", "Confiance"],
    ["Respect", "Calme"],
    ["Qualité de l'accueil", "Discrétion"],
  ],
  chaotic: [
    ["Agressivité", "Impatience"],
    ["Insultes au guichet"],
    ["Reproches sur les délais", "Incompréhension"],
    ["Exigences impossibles"],
    ["Agressivité", "Tension"],
    ["Menaces"],
    ["Impatience"],
    ["Manque de reconnaissance"],
  ],
  scale: [
    { value: 6, comment: "La plupart des familles sont reconnaissantes" },
    { value: 5 },
    { value: 7 },
    { value: 4, comment: "Les jours de Toussaint sont très tendus" },
    { value: 6 },
    { value: 5 },
    { value: 8 },
    { value: 6 },
  ],
  actions: [
    [{ text: "Prendre plus de temps pour accompagner l'usager", tag: "agents" }],
    [{ text: "Expliquer clairement chaque démarche et ses délais", tag: "agents" }],
    [{ text: "Proposer un lieu calme pour les échanges délicats", tag: "agents" }],
    [{ text: "Respecter le règlement des cimetières", tag: "usagers" }],
    [{ text: "Prévenir en cas d'empêchement à un rendez-vous", tag: "usagers" }],
    [{ text: "Plus de politesse, de part et d'autre", tag: "both" }],
    [{ text: "Former les agents à l'accueil des personnes endeuillées", tag: "agents" }],
    [{ text: "Venir avec les documents demandés", tag: "usagers" }],
  ],
};

const USAGERS: PanelInput = {
  ideal: [
    ["Écoute", "Respect"],
    ["Délais clairs", "Humanité"],
    ["Respect des familles", "Écoute"],
    ["Qualité de l'accueil", "Douceur"],
    ["Dialogue", "Discrétion"],
    ["Respect", "Disponibilité"],
    ["Explications simples"],
    ["Écoute", "Patience"],
  ],
  chaotic: [
    ["Attente", "Brusquerie"],
    ["Froideur", "Renvoyé d'un guichet à l'autre"],
    ["Attente"],
    ["Jargon administratif"],
    ["Brusquerie", "Indifférence"],
    ["Informations contradictoires"],
    ["Attente au téléphone"],
    ["Sentiment d'être un dossier"],
  ],
  scale: [
    { value: 4, comment: "L'accueil est bon, l'attente est longue" },
    { value: 3 },
    { value: 5 },
    { value: 6 },
    { value: 4 },
    { value: 7, comment: "Une agente m'a beaucoup aidée" },
    { value: 5 },
    { value: 3 },
  ],
  actions: [
    [{ text: "Prendre plus de temps pour accompagner l'usager", tag: "agents" }],
    [{ text: "Expliquer clairement chaque démarche et ses délais", tag: "agents" }],
    [{ text: "Plus de politesse, de part et d'autre", tag: "both" }],
    [{ text: "Prévenir en cas d'empêchement à un rendez-vous", tag: "usagers" }],
    [{ text: "Donner un seul interlocuteur à chaque famille", tag: "agents" }],
    [{ text: "Proposer un lieu calme pour les échanges délicats", tag: "agents" }],
    [{ text: "Répondre au téléphone aux heures annoncées", tag: "agents" }],
    [{ text: "Se présenter à l'heure au rendez-vous", tag: "usagers" }],
  ],
};

/** Dots of the mixed workshop per ballot line; the poster's lines come first and get the most. */
const QUALITY_DOTS: Readonly<Record<string, number>> = {
  Respect: 7,
  Écoute: 6,
  Dialogue: 4,
  "Qualité de l'accueil": 3,
  "Respect des familles": 2,
  Discrétion: 1,
  Patience: 1,
};
const PRIORITY_DOTS_KEPT = [4, 4, 4, 3, 3, 3];
const PRIORITY_DOTS_OTHERS: Readonly<Record<string, number>> = {
  "Former les agents à l'accueil des personnes endeuillées": 2,
  "Donner un seul interlocuteur à chaque famille": 1,
};

function must<T>(outcome: Result<T>, what: string): T {
  if (!outcome.ok) throw new Error(`demo workshop invalid (${what}): ${outcome.error.code}`);
  return outcome.value;
}

/** Gives each voter `budget` distinct lines so every line ends with its target count (largest remaining first). */
function spreadDots(targets: ReadonlyMap<string, number>, voters: number, budget: number): string[][] {
  const left = new Map(targets);
  return Array.from({ length: voters }, () => {
    const chosen = [...left.entries()]
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, budget)
      .map(([id]) => id);
    for (const id of chosen) left.set(id, (left.get(id) ?? 0) - 1);
    return chosen;
  });
}

class Facilitated {
  constructor(
    private readonly service: WorkshopService,
    private readonly stores: WorkshopStores,
    private readonly campaign: Campaign,
    private readonly actor: Actor,
    readonly kind: WorkshopNumber,
  ) {}

  async record(): Promise<WorkshopRecord> {
    const current = await this.service.records.load(this.campaign.id, this.kind);
    if (!current) throw new Error(`demo workshop ${this.kind} missing`);
    return current.value;
  }

  async run(...commands: FacilitatorCommand[]): Promise<void> {
    for (const command of commands) {
      const record = await this.record();
      const result = must(
        await this.service.commands.command(this.campaign, this.kind, this.actor, command, record.workshop.revision),
        `${this.kind} ${command.type}`,
      );
      if (!result.changed) throw new Error(`demo workshop ${this.kind}: ${command.type} did not apply`);
    }
  }

  /** False when this workshop exists already: an earlier run played it, nothing is redone. */
  async create(settings: WorkshopSettings, now: Date): Promise<boolean> {
    // Checked before claiming a join code, so a second run leaves no orphan code behind.
    if (await this.stores.workshops.get(this.campaign.id, this.kind)) return false;
    let joinCode = newJoinCode();
    while (!(await this.stores.joinCodes.claim(joinCode, { campaignId: this.campaign.id, kind: this.kind })))
      joinCode = newJoinCode();
    const workshop = createWorkshop(
      { id: workshopIdOf(this.campaign.id, this.kind), campaignId: this.campaign.id, kind: this.kind, settings },
      now,
    );
    return this.stores.workshops.create({
      workshop,
      campaignName: this.campaign.name,
      secret: newSecret(),
      joinCode,
      postedCards: [],
      commitments: [],
    });
  }
}

async function playPanel(
  w: Facilitated,
  service: WorkshopService,
  panel: PanelInput,
  subjects: readonly Subject[],
  tick: () => void,
): Promise<void> {
  const proxy = (s: Subject) => s.kind === "proxy";
  await w.run({ type: "start" });
  for (const stepId of ["ideal", "chaotic"] as const) {
    await w.run({ type: "openInput" });
    for (const [i, words] of panel[stepId].entries()) {
      for (const [j, text] of words.entries()) {
        tick();
        must(
          await service.contributions.contribute(
            await w.record(),
            subjects[i]!,
            { stepId, text, requestId: `demo-${stepId}-${i}-${j}` },
            proxy(subjects[i]!),
          ),
          `${stepId} ${text}`,
        );
      }
    }
    await w.run({ type: "reveal" }, { type: "next" });
  }
  await w.run({ type: "openInput" });
  for (const [i, answer] of panel.scale.entries()) {
    tick();
    must(await service.contributions.answerScale(await w.record(), subjects[i]!, answer, proxy(subjects[i]!)), "scale");
  }
  await w.run({ type: "reveal" }, { type: "next" }, { type: "openInput" });
  for (const [i, actions] of panel.actions.entries()) {
    for (const [j, action] of actions.entries()) {
      tick();
      must(
        await service.contributions.contribute(
          await w.record(),
          subjects[i]!,
          { stepId: "actions", text: action.text, tag: action.tag, requestId: `demo-actions-${i}-${j}` },
          proxy(subjects[i]!),
        ),
        `action ${action.text}`,
      );
    }
  }
  await w.run({ type: "reveal" }, { type: "end" });
}

/**
 * Seeds the funeral service's three workshops at the campaign's planned dates. Idempotent:
 * a workshop that exists already is left as it is (its contributions carry random-secret keys, so
 * replaying it could not be recognised anyway).
 */
export async function seedFuneralWorkshops(
  tables: TableClients,
  campaigns: CampaignRepository,
  campaign: Campaign,
  poster: FuneralPoster,
  participants: { readonly facilitatorId: string; readonly agentIds: readonly string[]; readonly usagerCount: number },
): Promise<void> {
  const stores = createWorkshopStores(tables);
  const at = (kind: WorkshopNumber) => new Date(campaign.workshops[kind]?.plannedAt ?? campaign.createdAt);
  let now = at(1);
  const tick = () => {
    now = new Date(now.getTime() + 20_000);
  };
  const service = new WorkshopService(stores, campaigns, () => now, createLogger("silent"));
  const actor: Actor = { aadObjectId: participants.facilitatorId };
  const base = defaultWorkshopSettings();
  // The coordinator kept as many qualities and priorities as the poster shows.
  const settings = must(
    validateWorkshopSettings({
      ...base,
      qualitiesVote: { ...base.qualitiesVote, keep: poster.qualities.length },
      prioritiesVote: { ...base.prioritiesVote, keep: poster.commitments.length },
    }),
    "settings",
  );
  if (!(await stores.settings.get(campaign.id))) await stores.settings.save(campaign.id, settings);

  const agents: Subject[] = participants.agentIds.map((aadObjectId) => ({ kind: "teams", aadObjectId }));

  const w1 = new Facilitated(service, stores, campaign, actor, 1);
  if (await w1.create(settings, now)) {
    // Eight agents: the demo's Teams agents, then colleagues of the service.
    const panel = Array.from(
      { length: 8 },
      (_, i): Subject => agents[i] ?? { kind: "teams", aadObjectId: `demo-${campaign.id}-w1-agent-${i + 1}` },
    );
    await playPanel(w1, service, AGENTS, panel, tick);
  }

  const w2 = new Facilitated(service, stores, campaign, actor, 2);
  now = at(2);
  if (await w2.create(settings, now)) {
    const secret = (await w2.record()).secret;
    // Usagers join from their phones; the last one dictated to the facilitator.
    const panel = Array.from({ length: 8 }, (_, i): Subject =>
      i === 7 ? { kind: "proxy", label: "usager dans la salle" } : { kind: "device", token: issueDeviceToken(secret) },
    );
    await playPanel(w2, service, USAGERS, panel, tick);
  }

  const w3 = new Facilitated(service, stores, campaign, actor, 3);
  now = at(3);
  if (!(await w3.create(settings, now))) return;
  const secret = (await w3.record()).secret;
  const mixed: Subject[] = [
    ...agents,
    ...Array.from({ length: participants.usagerCount }, (): Subject => ({
      kind: "device",
      token: issueDeviceToken(secret),
    })),
  ];
  await w3.run({ type: "start" }, { type: "openInput" });
  const byText = (lines: readonly { id: string; text: string }[], text: string) => {
    const line = lines.find((l) => l.text === text);
    if (!line) throw new Error(`demo ballot has no line « ${text} »`);
    return line.id;
  };
  const qualityLines = await service.votes.ballot(await w3.record(), "qualitiesVote");
  await castAll(
    service,
    w3,
    mixed,
    "qualitiesVote",
    new Map(Object.entries(QUALITY_DOTS).map(([text, n]) => [byText(qualityLines, text), n])),
    tick,
  );
  await w3.run({ type: "reveal" }, { type: "next" }, { type: "openInput" });
  const priorityLines = await service.votes.ballot(await w3.record(), "prioritiesVote");
  const sourceOf = (text: string) => byText(priorityLines, text.charAt(0).toUpperCase() + text.slice(1));
  const priorityDots = new Map<string, number>([
    ...poster.commitments.map((c, i): [string, number] => [sourceOf(c.text), PRIORITY_DOTS_KEPT[i] ?? 3]),
    ...Object.entries(PRIORITY_DOTS_OTHERS).map(([text, n]): [string, number] => [byText(priorityLines, text), n]),
  ]);
  await castAll(service, w3, mixed, "prioritiesVote", priorityDots, tick);
  await w3.run({ type: "reveal" }, { type: "next" });
  for (const c of poster.commitments) {
    must(
      await service.moderation.saveCommitment(campaign, await w3.record(), actor, {
        sourceItemId: sourceOf(c.text),
        party: c.party,
        text: c.text,
      }),
      `commitment ${c.text}`,
    );
  }
  // Left on the revealed commitments, not ended: an ended workshop shows no results, and from here
  // the console can step back through both votes.
  await w3.run({ type: "reveal" });
}

async function castAll(
  service: WorkshopService,
  w: Facilitated,
  voters: readonly Subject[],
  stepId: "qualitiesVote" | "prioritiesVote",
  dots: ReadonlyMap<string, number>,
  tick: () => void,
): Promise<void> {
  const record = await w.record();
  const budget =
    stepId === "qualitiesVote"
      ? record.workshop.settings.qualitiesVote.budget
      : record.workshop.settings.prioritiesVote.budget;
  for (const [i, itemIds] of spreadDots(dots, voters.length, budget).entries()) {
    for (const itemId of itemIds) {
      tick();
      must(
        await service.votes.vote(
          record,
          voters[i]!,
          { stepId, itemId, requestId: `demo-${stepId}-${i}-${itemId}`, retract: false },
          false,
        ),
        `${stepId} vote`,
      );
    }
  }
}
