import { randomBytes } from "node:crypto";
import type {
  CreatePosterDto,
  EditPosterDto,
  ParticipantAnswerDto,
  PosterAnswerDto,
  PosterContentDto,
  PosterParticipantsDto,
  PosterViewDto,
} from "../../contracts/posterDtos";
import type { Campaign } from "../../domain/campaign";
import {
  buildPoster,
  closePosterValidation,
  editPoster,
  isPosterFinal,
  recordPosterValidation,
  type CommitmentInput,
  type PosterQuality,
} from "../../domain/poster";
import { err, ok, type Err, type Result } from "../../domain/result";
import { localeOf, type Locale } from "../../i18n/locale";
import type { PosterParticipant, PosterRecord } from "../../storage/poster/posterRepository";
import type { RecruitmentRecordRepository } from "../../storage/recruitment/recruitmentRecordRepository";
import type { UsagerRepository } from "../../storage/recruitment/usagerRepository";
import { can } from "../policy";
import type { Workshop3Outcome } from "../workshop/workshopOutcome";
import { actionOnly } from "./actionOnly";
import { advanceCampaign } from "./campaignProgress";
import { loadCampaign, statusOf, usagerLinksOf, type PosterDeps } from "./posterDeps";
import { posterActor, teamsParticipantKey } from "./posterAccess";
import { renderPosterPdf, type PageSize } from "./posterPdf";

/** What the poster needs from the other capabilities, handed in by app.ts. */
export interface PosterPorts {
  /** Undefined until workshop 3 of the campaign has ended. */
  readonly workshop3Outcome: (campaignId: string) => Promise<Workshop3Outcome | undefined>;
  /** The mixed panel's record and its usagers (recruitment's tables), to name who validates. */
  readonly recruitment: { readonly records: RecruitmentRecordRepository; readonly usagers: UsagerRepository };
}

export interface PosterPdfFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

function withIds(
  content: PosterContentDto,
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

function participantsOf(input: PosterParticipantsDto): PosterParticipant[] {
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

/** The poster of a campaign: made from workshop 3 or typed, edited, validated, closed, printed. */
export class PosterService {
  constructor(
    private readonly deps: PosterDeps,
    private readonly ports: PosterPorts,
  ) {}

  view(campaign: Campaign, record: PosterRecord, callerId: string | undefined): PosterViewDto {
    const actor = posterActor(callerId, record);
    const status = statusOf(record);
    const coordinator = can(actor, "poster.close", campaign);
    const myKey = callerId ? teamsParticipantKey(callerId) : undefined;
    const latest = (key: string | undefined) =>
      record.validations.filter((v) => v.participantKey === key && v.version === record.poster.version).at(-1);
    const mine = latest(myKey);
    const answers = (): ParticipantAnswerDto[] =>
      record.participants.map((p) => {
        const v = latest(p.key);
        return {
          key: p.key,
          kind: p.kind,
          ...(p.name ? { name: p.name } : {}),
          ...(v ? { approved: v.approved, at: v.at, ...(v.comment ? { comment: v.comment } : {}) } : {}),
        };
      });
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
      ...(coordinator ? { answers: answers(), usagerLinks: usagerLinksOf(this.deps, record) } : {}),
    };
  }

  async get(campaignId: string, callerId: string): Promise<Result<PosterViewDto>> {
    const campaign = await loadCampaign(this.deps, campaignId);
    if (!campaign.ok) return campaign;
    const stored = await this.deps.repos.posters.get(campaignId);
    if (!stored) return err("poster.notFound");
    return ok(this.view(campaign.value, stored.value, callerId));
  }

  /**
   * The usagers of the confirmed mixed panel, by name and recruitment id: the poster asks them, and
   * their confirmation page gives them their link. Without a confirmed panel (a workshop run without
   * recruiting through the app), the anonymous devices of workshop 3 are counted instead.
   */
  private async mixedPanelUsagers(campaignId: string): Promise<{ name?: string; usagerId: string }[] | undefined> {
    const { records, usagers } = this.ports.recruitment;
    const mixed = (await records.get(campaignId))?.value.mixed;
    if (!mixed?.confirmedAt || !mixed.usagerIds || mixed.usagerIds.length === 0) return undefined;
    const found = await Promise.all(mixed.usagerIds.map((id) => usagers.get(campaignId, id)));
    return mixed.usagerIds.map((usagerId, i) => ({ usagerId, ...(found[i]?.name ? { name: found[i]?.name } : {}) }));
  }

  /** From workshop 3's outcome, or from content the coordinator types (a workshop run on paper). */
  async create(campaignId: string, callerId: string, input: CreatePosterDto): Promise<Result<PosterViewDto>> {
    const { ctx, repos } = this.deps;
    const campaign = await loadCampaign(this.deps, campaignId);
    if (!campaign.ok) return campaign;
    if (!can(posterActor(callerId, undefined), "poster.edit", campaign.value)) return err("poster.forbidden");
    if (await repos.posters.get(campaignId)) return err("poster.conflict");

    let content: PosterContentDto;
    let participants: PosterParticipantsDto;
    if (input.fromWorkshop) {
      const outcome = await this.ports.workshop3Outcome(campaignId);
      if (!outcome) return err("poster.noWorkshopOutcome");
      content = { qualities: outcome.keptQualities, commitments: outcome.commitments };
      participants = input.participants ?? {
        teams: outcome.participantAadIds.map((aadObjectId) => ({ aadObjectId })),
        usagers: (await this.mixedPanelUsagers(campaignId)) ?? Array.from({ length: outcome.usagerCount }, () => ({})),
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
    return ok(this.view(campaign.value, record, callerId));
  }

  /** The coordinator rewords or reorders: a new version, on which everyone answers again. */
  async edit(campaignId: string, callerId: string, input: EditPosterDto): Promise<Result<PosterViewDto>> {
    const campaign = await loadCampaign(this.deps, campaignId);
    if (!campaign.ok) return campaign;
    if (!can(posterActor(callerId, undefined), "poster.edit", campaign.value)) return err("poster.forbidden");
    let problem: Err | undefined;
    const stored = await this.deps.repos.posters.update(campaignId, (record) => {
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
      const edited = editPoster(record.poster, withIds(input, taken), this.deps.ctx.clock());
      if (!edited.ok) {
        problem = edited;
        return undefined;
      }
      return { ...record, poster: edited.value, history: [...record.history, record.poster] };
    });
    if (!stored) return err("poster.notFound");
    if (problem) return problem;
    return ok(this.view(campaign.value, stored.value, callerId));
  }

  /** A participant approves or asks for a change; asking for a change needs a comment to act on. */
  async answer(campaignId: string, participantKey: string, input: PosterAnswerDto): Promise<Result<PosterRecord>> {
    const { ctx, repos } = this.deps;
    if (!input.approved && (input.comment ?? "").trim().length === 0) return err("poster.commentRequired");
    let problem: Err | undefined;
    const stored = await repos.posters.update(campaignId, (record) => {
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

  /** A Teams participant answers from the tab, by the card's rule; the answer is the page again. */
  async answerAsMember(campaignId: string, callerId: string, input: PosterAnswerDto): Promise<Result<PosterViewDto>> {
    const answered = await this.answer(campaignId, teamsParticipantKey(callerId), input);
    return answered.ok ? this.get(campaignId, callerId) : answered;
  }

  /** The coordinator stops waiting: the poster shows « validée par N participants sur M ». */
  async close(campaignId: string, callerId: string): Promise<Result<PosterViewDto>> {
    const { ctx, repos } = this.deps;
    const campaign = await loadCampaign(this.deps, campaignId);
    if (!campaign.ok) return campaign;
    if (!can(posterActor(callerId, undefined), "poster.close", campaign.value)) return err("poster.forbidden");
    let problem: Err | undefined;
    const stored = await repos.posters.update(campaignId, (record) => {
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
    return ok(this.view(campaign.value, stored.value, callerId));
  }

  /** The printable poster, in the campaign's language unless another is asked for. */
  async pdf(campaignId: string, size: PageSize, lang: string | undefined): Promise<Result<PosterPdfFile>> {
    const campaign = await loadCampaign(this.deps, campaignId);
    if (!campaign.ok) return campaign;
    const stored = await this.deps.repos.posters.get(campaignId);
    if (!stored) return err("poster.notFound");
    const locale: Locale = localeOf(lang ?? campaign.value.locale);
    const record = stored.value;
    const bytes = await renderPosterPdf({
      poster: record.poster,
      status: statusOf(record),
      serviceName: campaign.value.site ?? campaign.value.services.join(", "),
      date: new Date(record.poster.closed?.at ?? record.poster.updatedAt),
      locale,
      size,
    });
    return ok({ bytes, fileName: `affiche-${campaignId.replace(/[^A-Za-z0-9-]/g, "")}-${size}-${locale}.pdf` });
  }
}
