import { randomBytes } from "node:crypto";
import type { Campaign } from "../../domain/campaign";
import {
  buildPoster,
  closePosterValidation,
  editPoster,
  isPosterFinal,
  posterStatus,
  recordPosterValidation,
  type CommitmentInput,
  type Poster,
  type PosterQuality,
  type PosterStatus,
} from "../../domain/poster";
import type { CommitParty } from "../../domain/workshopTemplate";
import { posterRepositories } from "../../storage/poster/posterRepositories";
import type { PosterParticipant, PosterRecord } from "../../storage/poster/posterRepository";
import type { FeatureContext } from "../featureContext";
import { can } from "../policy";
import { recruitmentRuntime } from "../recruitment/recruitmentFeature";
import { loadWorkshop3Outcome } from "../workshop/workshopOutcome";
import { actionOnly } from "./actionOnly";
import { advanceCampaign } from "./campaignProgress";
import { err, ok, type Err, type Result } from "../../domain/result";
import { posterActor, teamsParticipantKey } from "./posterAccess";

export interface ContentInput {
  readonly qualities: readonly { readonly id?: string; readonly text: string }[];
  readonly commitments: readonly {
    readonly id?: string;
    readonly party: CommitParty;
    readonly text: string;
    readonly sourceItemId?: string;
  }[];
}

export interface ParticipantsInput {
  readonly teams: readonly { readonly aadObjectId: string; readonly name?: string }[];
  readonly usagers: readonly { readonly name?: string; readonly usagerId?: string }[];
}

export type CreatePosterInput =
  | { readonly fromWorkshop: true; readonly participants?: ParticipantsInput }
  | { readonly fromWorkshop?: false; readonly content: ContentInput; readonly participants: ParticipantsInput };

export interface ParticipantAnswer {
  readonly key: string;
  readonly kind: "teams" | "usager";
  readonly name?: string;
  readonly approved?: boolean;
  readonly comment?: string;
  readonly at?: string;
}

/** What the poster page shows; answers and links only for those who run validation. */
export interface PosterView {
  readonly campaign: {
    readonly id: string;
    readonly name: string;
    readonly services: readonly string[];
    readonly site?: string;
  };
  readonly poster: Poster;
  readonly status: PosterStatus;
  readonly final: boolean;
  readonly source: PosterRecord["source"];
  readonly participants: { readonly total: number; readonly teams: number; readonly usagers: number };
  readonly can: { readonly edit: boolean; readonly close: boolean; readonly validate: boolean };
  readonly myAnswer?: { readonly version: number; readonly approved: boolean; readonly comment?: string };
  /** Coordinator only: each participant's answer on the current version, and the usagers' links. */
  readonly answers?: readonly ParticipantAnswer[];
  readonly usagerLinks?: readonly { readonly key: string; readonly name?: string; readonly url: string }[];
}

export async function loadCampaign(ctx: FeatureContext, campaignId: string): Promise<Result<Campaign>> {
  const stored = await ctx.repos.campaigns.get(campaignId);
  return stored ? ok(stored.value) : err("campaign.notFound");
}

export function followUrl(ctx: FeatureContext, token: string): string {
  return `${ctx.publicBaseUrl()}/follow/${encodeURIComponent(token)}`;
}

export function statusOf(record: PosterRecord): PosterStatus {
  return posterStatus(
    record.poster,
    record.participants.map((p) => p.key),
    record.validations,
  );
}

export function posterView(
  ctx: FeatureContext,
  campaign: Campaign,
  record: PosterRecord,
  callerId: string | undefined,
): PosterView {
  const actor = posterActor(callerId, record);
  const status = statusOf(record);
  const coordinator = can(actor, "poster.close", campaign);
  const myKey = callerId ? teamsParticipantKey(callerId) : undefined;
  const mine = record.validations
    .filter((v) => v.participantKey === myKey && v.version === record.poster.version)
    .at(-1);
  const latest = (key: string) =>
    record.validations.filter((v) => v.participantKey === key && v.version === record.poster.version).at(-1);
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      services: campaign.services,
      ...(campaign.site ? { site: campaign.site } : {}),
    },
    poster: record.poster,
    status,
    final: isPosterFinal(status),
    source: record.source,
    participants: {
      total: record.participants.length,
      teams: record.participants.filter((p) => p.kind === "teams").length,
      usagers: record.participants.filter((p) => p.kind === "usager").length,
    },
    can: {
      edit: can(actor, "poster.edit", campaign) && !isPosterFinal(status),
      close: coordinator && !isPosterFinal(status),
      validate: can(actor, "poster.validate", campaign),
    },
    ...(mine
      ? {
          myAnswer: {
            version: mine.version,
            approved: mine.approved,
            ...(mine.comment ? { comment: mine.comment } : {}),
          },
        }
      : {}),
    ...(coordinator
      ? {
          answers: record.participants.map((p) => {
            const v = latest(p.key);
            return {
              key: p.key,
              kind: p.kind,
              ...(p.name ? { name: p.name } : {}),
              ...(v ? { approved: v.approved, at: v.at, ...(v.comment ? { comment: v.comment } : {}) } : {}),
            };
          }),
          usagerLinks: record.participants.flatMap((p) =>
            p.token ? [{ key: p.key, ...(p.name ? { name: p.name } : {}), url: followUrl(ctx, p.token) }] : [],
          ),
        }
      : {}),
  };
}

export async function getPoster(
  ctx: FeatureContext,
  campaignId: string,
  callerId: string,
): Promise<Result<PosterView>> {
  const campaign = await loadCampaign(ctx, campaignId);
  if (!campaign.ok) return campaign;
  const stored = await posterRepositories(ctx.tables).posters.get(campaignId);
  if (!stored) return err("poster.notFound");
  return ok(posterView(ctx, campaign.value, stored.value, callerId));
}

function withIds(
  content: ContentInput,
  taken: ReadonlySet<string> = new Set(),
): { qualities: PosterQuality[]; commitments: CommitmentInput[] } {
  const used = new Set([
    ...taken,
    ...content.qualities.flatMap((q) => (q.id ? [q.id] : [])),
    ...content.commitments.flatMap((c) => (c.id ? [c.id] : [])),
  ]);
  const fresh = (prefix: string) => {
    let n = 1;
    while (used.has(`${prefix}${n}`)) n++;
    used.add(`${prefix}${n}`);
    return `${prefix}${n}`;
  };
  return {
    qualities: content.qualities.map((q) => ({ id: q.id ?? fresh("q"), text: q.text })),
    commitments: content.commitments.map((c) => ({
      id: c.id ?? fresh("c"),
      party: c.party,
      text: actionOnly(c.party, c.text),
      ...(c.sourceItemId !== undefined ? { sourceItemId: c.sourceItemId } : {}),
    })),
  };
}

function newToken(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * The usagers of the confirmed mixed panel, by name and recruitment id: the poster asks them, and
 * their confirmation page gives them their link. Without a confirmed panel (a workshop run without
 * recruiting through the app), the anonymous devices of workshop 3 are counted instead.
 */
async function mixedPanelUsagers(
  ctx: FeatureContext,
  campaignId: string,
): Promise<{ name?: string; usagerId: string }[] | undefined> {
  const { stores } = recruitmentRuntime(ctx);
  const mixed = (await stores.records.get(campaignId))?.value.mixed;
  if (!mixed?.confirmedAt || !mixed.usagerIds || mixed.usagerIds.length === 0) return undefined;
  const found = await Promise.all(mixed.usagerIds.map((id) => stores.usagers.get(campaignId, id)));
  return mixed.usagerIds.map((usagerId, i) => ({ usagerId, ...(found[i]?.name ? { name: found[i]?.name } : {}) }));
}

function participantsOf(input: ParticipantsInput): PosterParticipant[] {
  const teams = [...new Map(input.teams.map((t) => [t.aadObjectId, t])).values()].map((t) => ({
    key: teamsParticipantKey(t.aadObjectId),
    kind: "teams" as const,
    aadObjectId: t.aadObjectId,
    ...(t.name ? { name: t.name } : {}),
  }));
  const usagers = input.usagers.map((u, i) => ({
    key: `usager:${i + 1}`,
    kind: "usager" as const,
    token: newToken(),
    ...(u.name ? { name: u.name } : {}),
    ...(u.usagerId ? { usagerId: u.usagerId } : {}),
  }));
  return [...teams, ...usagers];
}

/** From workshop 3's outcome, or from content the coordinator types (a workshop run on paper). */
export async function createPoster(
  ctx: FeatureContext,
  campaignId: string,
  callerId: string,
  input: CreatePosterInput,
): Promise<Result<PosterView>> {
  const campaign = await loadCampaign(ctx, campaignId);
  if (!campaign.ok) return campaign;
  if (!can(posterActor(callerId, undefined), "poster.edit", campaign.value)) return err("poster.forbidden");
  const repos = posterRepositories(ctx.tables);
  if (await repos.posters.get(campaignId)) return err("poster.conflict");

  let content: ContentInput;
  let participants: ParticipantsInput;
  if (input.fromWorkshop) {
    const outcome = await loadWorkshop3Outcome(ctx, campaignId);
    if (!outcome) return err("poster.noWorkshopOutcome");
    content = { qualities: outcome.keptQualities, commitments: outcome.commitments };
    participants = input.participants ?? {
      teams: outcome.participantAadIds.map((aadObjectId) => ({ aadObjectId })),
      usagers: (await mixedPanelUsagers(ctx, campaignId)) ?? Array.from({ length: outcome.usagerCount }, () => ({})),
    };
  } else {
    content = input.content;
    participants = input.participants;
  }
  const ids = withIds(content);
  const built = buildPoster({
    id: `poster-${campaignId}`,
    campaign: campaign.value,
    keptQualities: ids.qualities,
    commitments: ids.commitments,
    now: ctx.clock(),
  });
  if (!built.ok) return built;
  const record: PosterRecord = {
    campaignId,
    poster: built.value,
    history: [],
    participants: participantsOf(participants),
    validations: [],
    source: input.fromWorkshop ? "workshop" : "manual",
  };
  // Links first: a link without a poster is harmless, a poster whose usagers cannot answer is not.
  for (const p of record.participants) {
    if (p.token) await repos.links.create({ token: p.token, campaignId, participantKey: p.key });
  }
  if (!(await repos.posters.create(record))) return err("poster.conflict");
  ctx.logger.info({ campaignId, participants: record.participants.length, source: record.source }, "poster created");
  await advanceCampaign(ctx, campaignId, "workshop3", "posterValidation", callerId);
  return ok(posterView(ctx, campaign.value, record, callerId));
}

/** The coordinator rewords or reorders: a new version, on which everyone answers again. */
export async function editPosterContent(
  ctx: FeatureContext,
  campaignId: string,
  callerId: string,
  input: { readonly version: number } & ContentInput,
): Promise<Result<PosterView>> {
  const campaign = await loadCampaign(ctx, campaignId);
  if (!campaign.ok) return campaign;
  if (!can(posterActor(callerId, undefined), "poster.edit", campaign.value)) return err("poster.forbidden");
  let problem: Err | undefined;
  const stored = await posterRepositories(ctx.tables).posters.update(campaignId, (record) => {
    problem = undefined;
    if (record.poster.version !== input.version) {
      problem = err("poster.staleVersion", { given: input.version, current: record.poster.version });
      return undefined;
    }
    const taken = new Set(
      [...record.history, record.poster].flatMap((p) => [
        ...p.qualities.map((q) => q.id),
        ...Object.values(p.commitments)
          .flat()
          .map((c) => c.id),
      ]),
    );
    const edited = editPoster(record.poster, withIds(input, taken), ctx.clock());
    if (!edited.ok) {
      problem = edited;
      return undefined;
    }
    return { ...record, poster: edited.value, history: [...record.history, record.poster] };
  });
  if (!stored) return err("poster.notFound");
  if (problem) return problem;
  return ok(posterView(ctx, campaign.value, stored.value, callerId));
}

export interface AnswerInput {
  readonly version: number;
  readonly approved: boolean;
  readonly comment?: string;
}

/** A participant approves or asks for a change; asking for a change needs a comment to act on. */
export async function answerPoster(
  ctx: FeatureContext,
  campaignId: string,
  participantKey: string,
  input: AnswerInput,
): Promise<Result<PosterRecord>> {
  if (!input.approved && (input.comment ?? "").trim().length === 0) return err("poster.commentRequired");
  let problem: Err | undefined;
  const stored = await posterRepositories(ctx.tables).posters.update(campaignId, (record) => {
    problem = undefined;
    const next = recordPosterValidation(
      record.poster,
      record.participants.map((p) => p.key),
      record.validations,
      {
        participantKey,
        version: input.version,
        approved: input.approved,
        ...(input.comment !== undefined ? { comment: input.comment } : {}),
      },
      ctx.clock(),
    );
    if (!next.ok) {
      problem = next;
      return undefined;
    }
    return { ...record, validations: next.value };
  });
  if (!stored) return err("poster.notFound");
  if (problem) return problem;
  if (isPosterFinal(statusOf(stored.value)))
    await advanceCampaign(ctx, campaignId, "posterValidation", "steeringCommittee");
  return ok(stored.value);
}

/** The coordinator stops waiting: the poster shows « validée par N participants sur M ». */
export async function closePoster(
  ctx: FeatureContext,
  campaignId: string,
  callerId: string,
): Promise<Result<PosterView>> {
  const campaign = await loadCampaign(ctx, campaignId);
  if (!campaign.ok) return campaign;
  if (!can(posterActor(callerId, undefined), "poster.close", campaign.value)) return err("poster.forbidden");
  let problem: Err | undefined;
  const stored = await posterRepositories(ctx.tables).posters.update(campaignId, (record) => {
    problem = undefined;
    const closed = closePosterValidation(
      record.poster,
      record.participants.map((p) => p.key),
      record.validations,
      callerId,
      ctx.clock(),
    );
    if (!closed.ok) {
      problem = closed;
      return undefined;
    }
    return { ...record, poster: closed.value };
  });
  if (!stored) return err("poster.notFound");
  if (problem) return problem;
  await advanceCampaign(ctx, campaignId, "posterValidation", "steeringCommittee", callerId);
  return ok(posterView(ctx, campaign.value, stored.value, callerId));
}
