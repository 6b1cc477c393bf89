import { createHash, randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import type { Campaign } from "../../domain/campaign";
import { proposeUsagerPanel } from "../../domain/panelBalance";
import {
  AGE_BANDS,
  FREQUENCIES,
  parseUsagerProfile,
  SEXES,
  USAGER_KINDS,
  type UsagerProfile,
} from "../../domain/profiles";
import { makeupFromVolunteers } from "../../domain/makeup";
import { err, ok, type Result } from "../../domain/result";
import { cleanText } from "../../domain/text";
import type { Repositories } from "../../storage/repositories";
import type { UsagerRecord } from "../../storage/recruitment/usagerRepository";
import type { MixedAnswer } from "../../domain/mixedPanel";
import { can, type Actor } from "../policy";
import type { RecruitmentStores } from "./recruitmentStores";
import { answerMixedAsUsager } from "./mixedPanel";
import { confirmedUsagerPanel, usagerPanelSeed } from "./usagerPanel";
import type {
  ConfirmationViewDto,
  NominatedUsagerDto,
  UsagerProposalDto,
  UsagerSelectionOutcomeDto,
} from "../../contracts/recruitmentDtos";

export interface UsagerDeps {
  readonly repos: Repositories;
  readonly stores: RecruitmentStores;
  readonly now: () => Date;
  readonly publicBaseUrl: () => string;
  /** The usager's own link to the poster (validation, then the roadmap), once the poster names them. */
  readonly posterLinkOf?: (campaignId: string, usagerId: string) => Promise<string | undefined>;
}

/** A link stays valid long enough for an agent to meet the usager at the counter and for them to answer. */
export const TOKEN_DAYS = 30;

export const nominationSchema = z.object({
  name: z.string().trim().min(1).max(80),
  contact: z.string().trim().max(200).optional(),
  kind: z.enum(USAGER_KINDS).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  frequency: z.enum(FREQUENCIES).optional(),
});
export type Nomination = z.infer<typeof nominationSchema>;

export const answerSchema = z.object({
  answer: z.enum(["accept", "decline"]),
  kind: z.string().optional(),
  ageBand: z.string().optional(),
  sex: z.string().optional(),
  frequency: z.string().optional(),
  consent: z.boolean().optional(),
});
export type UsagerAnswer = z.infer<typeof answerSchema>;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/**
 * An agent proposes an usager; the usager gets a personal link (an unguessable token, stored only
 * as a hash, expiring) to accept or decline and give their bands themselves.
 */
export async function nominateUsager(
  deps: UsagerDeps,
  actor: Actor,
  campaignId: string,
  input: Nomination,
): Promise<Result<NominatedUsagerDto>> {
  const campaign = (await deps.repos.campaigns.get(campaignId))?.value;
  if (!campaign) return err("campaign.notFound");
  if (!actor.aadObjectId || !can(actor, "campaign.nominateUsager", campaign)) return err("campaign.forbidden");
  const now = deps.now();
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_DAYS * 86_400_000).toISOString();
  const hint: Partial<UsagerProfile> = {
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.ageBand ? { ageBand: input.ageBand } : {}),
    ...(input.frequency ? { frequency: input.frequency } : {}),
  };
  const record: UsagerRecord = {
    campaignId,
    id: randomUUID(),
    name: cleanText(input.name),
    ...(input.contact ? { contact: cleanText(input.contact) } : {}),
    status: "nominated",
    hint,
    nominatedBy: actor.aadObjectId,
    tokenHash: hashToken(token),
    tokenExpiresAt: expiresAt,
    locale: campaign.locale,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await deps.stores.usagers.create(record);
  return ok({ id: record.id, link: `${deps.publicBaseUrl()}/confirm/${token}`, expiresAt });
}

/** In-person recruitment: the coordinator registers an usager who already said yes, with their bands. */
export async function registerUsager(
  deps: UsagerDeps,
  actor: Actor,
  campaignId: string,
  name: string,
  profileInput: unknown,
): Promise<Result<{ id: string }>> {
  const campaign = (await deps.repos.campaigns.get(campaignId))?.value;
  if (!campaign) return err("campaign.notFound");
  if (!can(actor, "campaign.registerUsager", campaign)) return err("campaign.forbidden");
  const profile = parseUsagerProfile(profileInput);
  if (!profile.ok) return profile;
  const now = deps.now().toISOString();
  const id = randomUUID();
  await deps.stores.usagers.create({
    campaignId,
    id,
    name: cleanText(name),
    status: "accepted",
    profile: profile.value,
    consentAt: now,
    nominatedBy: actor.aadObjectId ?? "",
    // Registered in person: no link is ever handed out, so the token is random and unknown.
    tokenHash: hashToken(randomBytes(24).toString("base64url")),
    tokenExpiresAt: now,
    locale: campaign.locale,
    createdAt: now,
    updatedAt: now,
  });
  return ok({ id });
}

function selectionOutcome(
  campaign: Campaign,
  panel: ReadonlySet<string> | undefined,
  usagerId: string,
): UsagerSelectionOutcomeDto | undefined {
  if (!panel) return undefined;
  if (!panel.has(usagerId)) return { selected: false };
  const w2 = campaign.workshops[2];
  return {
    selected: true,
    ...(w2.plannedAt ? { workshopAt: w2.plannedAt } : {}),
    ...(w2.meetingUrl ? { meetingUrl: w2.meetingUrl } : {}),
  };
}

async function byToken(deps: UsagerDeps, token: string): Promise<Result<{ usager: UsagerRecord; campaign: Campaign }>> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return err("usagerLink.notFound");
  const usager = await deps.stores.usagers.byTokenHash(hashToken(token));
  if (!usager) return err("usagerLink.notFound");
  if (usager.tokenExpiresAt < deps.now().toISOString()) return err("usagerLink.expired");
  const campaign = (await deps.repos.campaigns.get(usager.campaignId))?.value;
  if (!campaign) return err("usagerLink.notFound");
  return ok({ usager, campaign });
}

/** What the confirmation page shows: no data about anyone else, only this usager's own answers. */
export async function confirmationView(deps: UsagerDeps, token: string): Promise<Result<ConfirmationViewDto>> {
  const found = await byToken(deps, token);
  if (!found.ok) return found;
  const { usager, campaign } = found.value;
  const record = usager.status === "accepted" ? (await deps.stores.records.get(campaign.id))?.value : undefined;
  const panel = confirmedUsagerPanel(record);
  const selection = usager.status === "accepted" ? selectionOutcome(campaign, panel, usager.id) : undefined;
  // Workshop 3 is asked of the confirmed usager panel once there is one, else of every accepted usager.
  const mixed = record?.mixed && (!panel || panel.has(usager.id)) ? record.mixed : undefined;
  const posterUrl =
    mixed?.confirmedAt && deps.posterLinkOf ? await deps.posterLinkOf(campaign.id, usager.id) : undefined;
  return ok({
    ...(posterUrl ? { posterUrl } : {}),
    ...(mixed
      ? {
          mixed: {
            ...(usager.mixedAnswer ? { answer: usager.mixedAnswer } : {}),
            closed: Boolean(mixed.confirmedAt),
          },
        }
      : {}),
    ...(selection ? { selection } : {}),
    campaignName: campaign.name,
    name: usager.name,
    status: usager.status,
    hint: usager.hint ?? {},
    ...(usager.profile ? { profile: usager.profile } : {}),
    ...(campaign.retentionUntil ? { retentionUntil: campaign.retentionUntil } : {}),
    choices: { kind: USAGER_KINDS, ageBand: AGE_BANDS, sex: SEXES, frequency: FREQUENCIES },
  });
}

/** Accept (with bands and consent) or decline; declining erases what the agent had noted. */
export async function answerConfirmation(
  deps: UsagerDeps,
  token: string,
  answer: UsagerAnswer,
): Promise<Result<ConfirmationViewDto>> {
  const found = await byToken(deps, token);
  if (!found.ok) return found;
  const { usager } = found.value;
  const now = deps.now().toISOString();
  if (answer.answer === "decline") {
    await deps.stores.usagers.update(usager.campaignId, usager.id, (u) => {
      const { profile: _p, hint: _h, contact: _c, consentAt: _a, ...rest } = u;
      return { ...rest, status: "declined", updatedAt: now };
    });
    return confirmationView(deps, token);
  }
  const profile = parseUsagerProfile(answer);
  if (!profile.ok) return profile;
  if (answer.consent !== true) return err("recruitment.consentRequired");
  await deps.stores.usagers.update(usager.campaignId, usager.id, (u) => ({
    ...u,
    status: "accepted",
    profile: profile.value,
    consentAt: now,
    updatedAt: now,
  }));
  return confirmationView(deps, token);
}

export const mixedAnswerSchema = z.object({ answer: z.enum(["yes", "no"]) });

/** « Taking part in workshop 3? » from the usager's own link; the same answer twice is one answer. */
export async function answerMixedConfirmation(
  deps: UsagerDeps,
  token: string,
  answer: MixedAnswer,
): Promise<Result<ConfirmationViewDto>> {
  const found = await byToken(deps, token);
  if (!found.ok) return found;
  const saved = await answerMixedAsUsager(deps, found.value.usager.campaignId, found.value.usager.id, answer);
  if (saved === "notAsked") return err("recruitment.mixedNotAsked");
  if (saved === "closed") return err("recruitment.mixedClosed");
  return confirmationView(deps, token);
}

/** The usager panel: accepted usagers balanced on kind, age band, sex and frequency (targets: the accepted group itself). */
export async function proposeUsagers(
  deps: UsagerDeps,
  actor: Actor,
  campaignId: string,
): Promise<Result<UsagerProposalDto>> {
  const campaign = (await deps.repos.campaigns.get(campaignId))?.value;
  if (!campaign) return err("campaign.notFound");
  if (!can(actor, "campaign.selectPanel", campaign)) return err("campaign.forbidden");
  const accepted = (await deps.stores.usagers.list(campaignId))
    .filter((u) => u.status === "accepted" && u.profile)
    .map((u) => ({ id: u.id, profile: u.profile as UsagerProfile }));
  const proposal = proposeUsagerPanel({
    volunteers: accepted,
    makeup: makeupFromVolunteers(accepted),
    size: campaign.panelSize,
    seed: usagerPanelSeed(campaign.id),
  });
  return ok({ ...proposal, accepted: accepted.length });
}
