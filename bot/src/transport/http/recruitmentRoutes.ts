import { randomUUID } from "node:crypto";
import type { Server } from "restify";
import { z } from "zod";
import type { AnswerOf } from "../../contracts/api";
import type {
  CampaignPatchBody,
  CreateCampaignBody,
  MixedAnswerBody,
  MixedPanelBody,
  NominationBody,
  OutboxFailureDto,
  OutboxJobDto,
  RegisterUsagerBody,
  SelectionBody,
  UsagerAnswerBody,
} from "../../contracts/recruitmentDtos";
import type { Campaign } from "../../domain/campaign";
import { err, ok, type Result } from "../../domain/result";
import { translate } from "../../i18n/translate";
import { replayFailed } from "../../services/outbox/outboxService";
import { can, type Actor } from "../../services/policy";
import { campaignInputSchema, campaignPatchSchema } from "../../services/recruitment/campaignInput";
import { campaignForEdit, createCampaignAsCoordinator, editCampaign } from "../../services/recruitment/campaignSetup";
import { campaignProgress } from "../../services/recruitment/invitations";
import { confirmMixed, mixedView, openMixed } from "../../services/recruitment/mixedPanel";
import { confirmSelection, previewSelection, recruitmentView } from "../../services/recruitment/panelSelection";
import type { RecruitmentServices } from "../../services/recruitment/recruitmentServices";
import { confirmUsagerPanel, previewUsagerPanel, usagerPanelView } from "../../services/recruitment/usagerPanel";
import {
  answerConfirmation,
  answerMixedConfirmation,
  answerSchema,
  confirmationView,
  mixedAnswerSchema,
  nominateUsager,
  nominationSchema,
  proposeUsagers,
  registerUsager,
} from "../../services/recruitment/usagers";
import type { Identity } from "./identity";
import { ANSWERED, register } from "./route";
import type { RouteContext } from "./routeContext";

const createBody = campaignInputSchema
  .omit({ locale: true })
  .extend({ id: z.uuid().optional(), locale: z.enum(["fr", "en"]).optional() })
  .strict() satisfies z.ZodType<CreateCampaignBody>;
const patchBody = campaignPatchSchema.strict() satisfies z.ZodType<CampaignPatchBody>;
const ids = z.array(z.string().min(1).max(100)).max(200);
const selectionBody = z.object({ selectedIds: ids }).strict() satisfies z.ZodType<SelectionBody>;
const mixedPanelBody = z.object({ agentIds: ids, usagerIds: ids }).strict() satisfies z.ZodType<MixedPanelBody>;
const registerBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    kind: z.string().max(20),
    ageBand: z.string().max(20),
    sex: z.string().max(20),
    frequency: z.string().max(20),
  })
  .strict() satisfies z.ZodType<RegisterUsagerBody>;
const nominationBody = nominationSchema.strict() satisfies z.ZodType<NominationBody>;
const answerBody = answerSchema.strict() satisfies z.ZodType<UsagerAnswerBody>;
const mixedAnswerBody = mixedAnswerSchema.strict() satisfies z.ZodType<MixedAnswerBody>;

const invalidKey = "recruitment.api.invalidBody";
const member = { audience: "member" } as const;
const memberWith = <B>(body: z.ZodType<B>) => ({ audience: "member", body, invalidKey }) as const;
// The usager has no account: the unguessable token in the path is the only key, and it expires.
const publicWith = <B>(body: z.ZodType<B>) => ({ audience: "public", body, invalidKey }) as const;

const actor = (me: Identity): Actor => ({ aadObjectId: me.id, name: me.name });

/**
 * The tab's recruitment API: campaign set-up, the agent, usager and mixed panels, the 1:1 messages
 * sent for them, and the usager's personal link. Every route is declared in contracts/recruitmentApi.ts.
 */
export function registerRecruitmentRoutes(server: Server, ctx: RouteContext): void {
  const recruitment: RecruitmentServices = ctx.recruitment;
  const { setup, selection, usagers } = recruitment;

  register(server, ctx, "POST /api/campaigns", memberWith(createBody), async (call) => {
    const { id, ...input } = call.body;
    const locale = input.locale ?? call.locale;
    const result = await createCampaignAsCoordinator(setup, actor(call.me), id ?? randomUUID(), { ...input, locale });
    if (!result.ok) return result;
    // A resent form answers what was stored, as a plain 200: nothing new was created.
    const { campaign, warnings, makeup, created } = result.value;
    const answer: AnswerOf<"POST /api/campaigns"> = { campaign, warnings, ...(makeup ? { makeup } : {}) };
    call.res.header("Cache-Control", "no-store");
    call.res.send(created ? 201 : 200, answer);
    return ANSWERED;
  });

  register(server, ctx, "GET /api/campaigns/:campaignId", member, (call) =>
    campaignForEdit(setup, actor(call.me), call.param("campaignId")),
  );

  register(server, ctx, "PATCH /api/campaigns/:campaignId", memberWith(patchBody), (call) =>
    editCampaign(setup, actor(call.me), call.param("campaignId"), call.body),
  );

  register(server, ctx, "GET /api/campaigns/:campaignId/recruitment", member, (call) =>
    recruitmentView(selection, actor(call.me), call.param("campaignId")),
  );

  register(server, ctx, "POST /api/campaigns/:campaignId/panel/preview", memberWith(selectionBody), async (call) => {
    const report = await previewSelection(selection, actor(call.me), call.param("campaignId"), call.body.selectedIds);
    return report.ok ? ok({ report: report.value }) : report;
  });

  register(server, ctx, "POST /api/campaigns/:campaignId/panel/confirm", memberWith(selectionBody), async (call) => {
    const result = await confirmSelection(selection, actor(call.me), call.param("campaignId"), call.body.selectedIds);
    if (!result.ok || result.value.notified) return result;
    return ok({ ...result.value, warning: translate(call.locale, "recruitment.api.noOrigin") });
  });

  register(server, ctx, "POST /api/campaigns/:campaignId/mixed/open", member, async (call) => {
    const result = await openMixed(selection, actor(call.me), call.param("campaignId"));
    if (!result.ok || result.value.notified) return result;
    return ok({ ...result.value, warning: translate(call.locale, "recruitment.mixed.noOrigin") });
  });

  register(server, ctx, "GET /api/campaigns/:campaignId/mixed", member, (call) =>
    mixedView(selection, actor(call.me), call.param("campaignId")),
  );

  register(server, ctx, "POST /api/campaigns/:campaignId/mixed/confirm", memberWith(mixedPanelBody), (call) =>
    confirmMixed(selection, actor(call.me), call.param("campaignId"), call.body.agentIds, call.body.usagerIds),
  );

  register(
    server,
    ctx,
    "POST /api/campaigns/:campaignId/usagers",
    { ...memberWith(nominationBody), okStatus: 201 },
    (call) => nominateUsager(usagers, actor(call.me), call.param("campaignId"), call.body),
  );

  register(
    server,
    ctx,
    "POST /api/campaigns/:campaignId/usagers/register",
    { ...memberWith(registerBody), okStatus: 201 },
    (call) => {
      const { name, ...profile } = call.body;
      return registerUsager(usagers, actor(call.me), call.param("campaignId"), name, profile);
    },
  );

  register(server, ctx, "GET /api/campaigns/:campaignId/usagers/proposal", member, (call) =>
    proposeUsagers(usagers, actor(call.me), call.param("campaignId")),
  );

  register(server, ctx, "GET /api/campaigns/:campaignId/usagers", member, (call) =>
    usagerPanelView(setup, actor(call.me), call.param("campaignId")),
  );

  register(
    server,
    ctx,
    "POST /api/campaigns/:campaignId/usagers/panel/preview",
    memberWith(selectionBody),
    async (call) => {
      const report = await previewUsagerPanel(setup, actor(call.me), call.param("campaignId"), call.body.selectedIds);
      return report.ok ? ok({ report: report.value }) : report;
    },
  );

  register(server, ctx, "POST /api/campaigns/:campaignId/usagers/panel/confirm", memberWith(selectionBody), (call) =>
    confirmUsagerPanel(setup, actor(call.me), call.param("campaignId"), call.body.selectedIds),
  );

  register(server, ctx, "GET /api/confirm/:token", { audience: "public" }, (call) =>
    confirmationView(usagers, call.param("token")),
  );

  register(server, ctx, "POST /api/confirm/:token", publicWith(answerBody), (call) =>
    answerConfirmation(usagers, call.param("token"), call.body),
  );

  register(server, ctx, "POST /api/confirm/:token/mixed", publicWith(mixedAnswerBody), (call) =>
    answerMixedConfirmation(usagers, call.param("token"), call.body.answer),
  );

  register(server, ctx, "GET /api/campaigns/:campaignId/outbox", member, async (call) => {
    const campaign = await invitingCampaign(ctx, actor(call.me), call.param("campaignId"));
    if (!campaign.ok) return campaign;
    const { outbox } = recruitment.stores;
    const jobs: OutboxJobDto[] = [];
    const failures: OutboxFailureDto[] = [];
    for (const job of await outbox.jobsOf(campaign.value.id)) {
      jobs.push({ jobId: job.jobId, kind: job.kind, createdAt: job.createdAt, counts: await outbox.counts(job.jobId) });
      for (const item of await outbox.undelivered(job.jobId))
        failures.push({
          jobId: job.jobId,
          kind: job.kind,
          name: item.recipient.name ?? "",
          status: item.status === "unreachable" ? "unreachable" : "failed",
          reason: item.lastError ?? "",
          attempts: item.attempts,
          at: item.updatedAt,
        });
    }
    return ok({ progress: await campaignProgress(recruitment, campaign.value.id), jobs, failures });
  });

  register(server, ctx, "POST /api/campaigns/:campaignId/outbox/replay", member, async (call) => {
    const campaign = await invitingCampaign(ctx, actor(call.me), call.param("campaignId"));
    if (!campaign.ok) return campaign;
    let replayed = 0;
    for (const job of await recruitment.stores.outbox.jobsOf(campaign.value.id))
      replayed += await replayFailed(recruitment.stores.outbox, job.jobId, ctx.clock());
    recruitment.worker.poke();
    return ok({ replayed });
  });
}

/** The outbox is the coordinator's: whoever may send the invitations may follow and replay them. */
async function invitingCampaign(ctx: RouteContext, who: Actor, campaignId: string): Promise<Result<Campaign>> {
  const campaign = (await ctx.repos.campaigns.get(campaignId))?.value;
  if (!campaign) return err("campaign.notFound");
  if (!can(who, "campaign.invite", campaign)) return err("campaign.forbidden");
  return ok(campaign);
}
