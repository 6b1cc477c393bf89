import { randomUUID } from "node:crypto";
import type { Request, Response, Server } from "restify";
import { z } from "zod";
import type { DomainError } from "../../domain/result";
import { localeFromAcceptLanguage } from "../../i18n/locale";
import { replayFailed } from "../../services/outbox/outboxService";
import { can } from "../../services/policy";
import { campaignInputSchema, campaignPatchSchema } from "../../services/recruitment/campaignInput";
import { createCampaignAsCoordinator, editCampaign, type SetupFailure } from "../../services/recruitment/campaignSetup";
import { failureText } from "../../services/recruitment/campaignForm";
import { campaignProgress } from "../../services/recruitment/invitations";
import {
  confirmSelection,
  previewSelection,
  recruitmentView,
  type SelectionFailure,
} from "../../services/recruitment/panelSelection";
import { recruitmentRuntime } from "../../services/recruitment/recruitmentFeature";
import { domainErrorText } from "../../services/recruitment/errorMessage";
import {
  confirmMixed,
  mixedFailureText,
  mixedView,
  openMixed,
  type MixedFailure,
} from "../../services/recruitment/mixedPanel";
import {
  confirmUsagerPanel,
  previewUsagerPanel,
  usagerPanelFailureText,
  usagerPanelView,
  type UsagerPanelFailure,
} from "../../services/recruitment/usagerPanel";
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
  type UsagerFailure,
} from "../../services/recruitment/usagers";
import { errorBody } from "./errorBody";
import { parseBody } from "./parseBody";
import { authErrorBody, type Identity } from "./identity";
import { usagerPosterLink } from "../../services/poster/usagerPosterLink";
import type { RouteContext } from "./routeContext";

const createBody = campaignInputSchema
  .omit({ locale: true })
  .extend({ id: z.uuid().optional(), locale: z.enum(["fr", "en"]).optional() })
  .strict();
const selectionBody = z.object({ selectedIds: z.array(z.string().min(1).max(100)).max(200) }).strict();

function param(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
}

function parse<T>(req: Request, res: Response, schema: z.ZodType<T>): T | undefined {
  return parseBody(req, res, schema, "recruitment.api.invalidBody");
}

function setupError(req: Request, res: Response, failure: SetupFailure): void {
  const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
  const status = failure.kind === "forbidden" ? 403 : failure.kind === "notFound" ? 404 : 400;
  const code = failure.kind === "domain" ? failure.error.code : failure.kind;
  // The message is already localised; errorBody's key is only a fallback shape.
  res.send(status, {
    error: {
      code,
      message: failureText(locale, failure),
      ...(failure.kind === "domain" && failure.error.params ? { params: failure.error.params } : {}),
    },
  });
}

function selectionError(req: Request, res: Response, failure: SelectionFailure): void {
  if (failure.kind === "notFound")
    return void res.send(404, errorBody(req, "notFound", "recruitment.error.campaignNotFound"));
  if (failure.kind === "forbidden")
    return void res.send(403, errorBody(req, "forbidden", "recruitment.error.forbidden"));
  if (failure.kind === "domain") return void domainError(req, res, failure.error);
  res.send(400, errorBody(req, "unknownVolunteer", "recruitment.api.unknownVolunteer", { id: failure.id }));
}

const registerBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    kind: z.string().max(20),
    ageBand: z.string().max(20),
    sex: z.string().max(20),
    frequency: z.string().max(20),
  })
  .strict();

/** A rule of the method refused the request: the domain's code, its localised text, and its parameters. */
function domainError(req: Request, res: Response, error: DomainError): void {
  const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
  res.send(400, {
    error: {
      code: error.code,
      message: domainErrorText(locale, error),
      ...(error.params ? { params: error.params } : {}),
    },
  });
}

function usagerError(req: Request, res: Response, failure: UsagerFailure): void {
  switch (failure.kind) {
    case "notFound":
      return void res.send(404, errorBody(req, "notFound", "recruitment.usager.notFound"));
    case "expired":
      return void res.send(410, errorBody(req, "expired", "recruitment.usager.expired"));
    case "forbidden":
      return void res.send(403, errorBody(req, "forbidden", "recruitment.error.forbidden"));
    case "consentRequired":
      return void res.send(400, errorBody(req, "consentRequired", "recruitment.usager.consentRequired"));
    case "mixedNotAsked":
      return void res.send(409, errorBody(req, "mixedNotAsked", "recruitment.mixed.notAskedUsager"));
    case "mixedClosed":
      return void res.send(409, errorBody(req, "mixedClosed", "recruitment.mixed.closed"));
    case "domain":
      return domainError(req, res, failure.error);
  }
}

function usagerPanelError(req: Request, res: Response, failure: UsagerPanelFailure): void {
  const status = failure.kind === "notFound" ? 404 : failure.kind === "forbidden" ? 403 : 400;
  const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
  res.send(status, {
    error: {
      code: failure.kind === "domain" ? failure.error.code : failure.kind,
      message: usagerPanelFailureText(locale, failure),
      ...(failure.kind === "unknownUsager" ? { params: { id: failure.id } } : {}),
    },
  });
}

const mixedConfirmBody = z
  .object({
    agentIds: z.array(z.string().min(1).max(100)).max(200),
    usagerIds: z.array(z.string().min(1).max(100)).max(200),
  })
  .strict();

function mixedError(req: Request, res: Response, failure: MixedFailure): void {
  const status =
    failure.kind === "notFound"
      ? 404
      : failure.kind === "forbidden"
        ? 403
        : failure.kind === "noAgentPanel" || failure.kind === "notOpened"
          ? 409
          : 400;
  const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
  res.send(status, {
    error: {
      code: failure.kind === "domain" ? failure.error.code : failure.kind,
      message: mixedFailureText(locale, failure),
      ...(failure.kind === "unknownMember" ? { params: { id: failure.id } } : {}),
    },
  });
}

/** The tab's recruitment API: campaign set-up, balance and selection, outbox progress. */
export function registerRecruitmentRoutes(server: Server, ctx: RouteContext): void {
  const runtime = recruitmentRuntime(ctx);
  const setup = { repos: ctx.repos, stores: runtime.stores, now: ctx.clock };
  const selection = { ...setup, poke: () => runtime.worker.poke() };

  async function who(req: Request, res: Response): Promise<Identity | undefined> {
    const result = await ctx.authenticate(req);
    if (result.ok) return result.identity;
    res.send(401, authErrorBody(req, result.reason));
    return undefined;
  }
  const actor = (me: Identity) => ({ aadObjectId: me.id, name: me.name });
  const base = "/api/campaigns/:campaignId";

  server.post("/api/campaigns", async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, createBody);
    if (!me || !body) return;
    const locale = body.locale ?? localeFromAcceptLanguage(req.headers["accept-language"]);
    const result = await createCampaignAsCoordinator(setup, actor(me), body.id ?? randomUUID(), { ...body, locale });
    if (!result.ok) return setupError(req, res, result.failure);
    const { campaign, warnings, makeup } = result.value;
    res.send(result.value.created ? 201 : 200, { campaign, warnings, ...(makeup ? { makeup } : {}) });
  });

  server.patch(base, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, campaignPatchSchema.strict());
    if (!me || !body) return;
    const result = await editCampaign(setup, actor(me), param(req, "campaignId"), body);
    if (!result.ok) return setupError(req, res, result.failure);
    res.send(200, result.value);
  });

  server.get(`${base}/recruitment`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (!me) return;
    const result = await recruitmentView(selection, actor(me), param(req, "campaignId"));
    if (!result.ok) return selectionError(req, res, result.failure);
    res.send(200, result.value);
  });

  server.post(`${base}/panel/preview`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, selectionBody);
    if (!me || !body) return;
    const result = await previewSelection(selection, actor(me), param(req, "campaignId"), body.selectedIds);
    if (!result.ok) return selectionError(req, res, result.failure);
    res.send(200, { report: result.value });
  });

  server.post(`${base}/panel/confirm`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, selectionBody);
    if (!me || !body) return;
    const result = await confirmSelection(selection, actor(me), param(req, "campaignId"), body.selectedIds);
    if (!result.ok) return selectionError(req, res, result.failure);
    const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
    res.send(200, {
      ...result.value,
      ...(result.value.notified
        ? {}
        : { warning: errorBody(req, "noOrigin", "recruitment.api.noOrigin").error.message, locale }),
    });
  });

  server.post(`${base}/mixed/open`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (!me) return;
    const result = await openMixed(selection, actor(me), param(req, "campaignId"));
    if (!result.ok) return mixedError(req, res, result.failure);
    res.send(200, {
      ...result.value,
      ...(result.value.notified
        ? {}
        : { warning: errorBody(req, "noOrigin", "recruitment.mixed.noOrigin").error.message }),
    });
  });

  server.get(`${base}/mixed`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (!me) return;
    const result = await mixedView(selection, actor(me), param(req, "campaignId"));
    if (!result.ok) return mixedError(req, res, result.failure);
    res.send(200, result.value);
  });

  server.post(`${base}/mixed/confirm`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, mixedConfirmBody);
    if (!me || !body) return;
    const result = await confirmMixed(selection, actor(me), param(req, "campaignId"), body.agentIds, body.usagerIds);
    if (!result.ok) return mixedError(req, res, result.failure);
    res.send(200, result.value);
  });

  const usagers = { ...setup, publicBaseUrl: ctx.publicBaseUrl, posterLinkOf: usagerPosterLink(ctx) };

  server.post(`${base}/usagers`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, nominationSchema.strict());
    if (!me || !body) return;
    const result = await nominateUsager(usagers, actor(me), param(req, "campaignId"), body);
    if (!result.ok) return usagerError(req, res, result.failure);
    res.send(201, result.value);
  });

  server.post(`${base}/usagers/register`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, registerBody);
    if (!me || !body) return;
    const { name, ...profile } = body;
    const result = await registerUsager(usagers, actor(me), param(req, "campaignId"), name, profile);
    if (!result.ok) return usagerError(req, res, result.failure);
    res.send(201, result.value);
  });

  server.get(`${base}/usagers/proposal`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (!me) return;
    const result = await proposeUsagers(usagers, actor(me), param(req, "campaignId"));
    if (!result.ok) return usagerError(req, res, result.failure);
    res.send(200, result.value);
  });

  // Public: the usager has no account; the unguessable token is the only key, and it expires.
  server.get("/api/confirm/:token", async (req: Request, res: Response) => {
    const result = await confirmationView(usagers, param(req, "token"));
    if (!result.ok) return usagerError(req, res, result.failure);
    res.send(200, result.value);
  });

  server.post("/api/confirm/:token", async (req: Request, res: Response) => {
    const body = parse(req, res, answerSchema.strict());
    if (!body) return;
    const result = await answerConfirmation(usagers, param(req, "token"), body);
    if (!result.ok) return usagerError(req, res, result.failure);
    res.send(200, result.value);
  });

  server.post("/api/confirm/:token/mixed", async (req: Request, res: Response) => {
    const body = parse(req, res, mixedAnswerSchema.strict());
    if (!body) return;
    const result = await answerMixedConfirmation(usagers, param(req, "token"), body.answer);
    if (!result.ok) return usagerError(req, res, result.failure);
    res.send(200, result.value);
  });

  async function coordinatorCampaign(req: Request, res: Response) {
    const me = await who(req, res);
    if (!me) return undefined;
    const campaign = (await ctx.repos.campaigns.get(param(req, "campaignId")))?.value;
    if (!campaign) return void res.send(404, errorBody(req, "notFound", "recruitment.error.campaignNotFound"));
    if (!can(actor(me), "campaign.invite", campaign))
      return void res.send(403, errorBody(req, "forbidden", "recruitment.error.forbidden"));
    return campaign;
  }

  server.get(`${base}/outbox`, async (req: Request, res: Response) => {
    const campaign = await coordinatorCampaign(req, res);
    if (!campaign) return;
    const { outbox } = runtime.stores;
    const jobs = [];
    const failures = [];
    for (const job of await outbox.jobsOf(campaign.id)) {
      jobs.push({ jobId: job.jobId, kind: job.kind, createdAt: job.createdAt, counts: await outbox.counts(job.jobId) });
      for (const item of await outbox.undelivered(job.jobId))
        failures.push({
          jobId: job.jobId,
          kind: job.kind,
          name: item.recipient.name ?? "",
          status: item.status,
          reason: item.lastError ?? "",
          attempts: item.attempts,
          at: item.updatedAt,
        });
    }
    res.send(200, { progress: await campaignProgress(runtime.invitations, campaign.id), jobs, failures });
  });

  server.post(`${base}/outbox/replay`, async (req: Request, res: Response) => {
    const campaign = await coordinatorCampaign(req, res);
    if (!campaign) return;
    let replayed = 0;
    for (const job of await runtime.stores.outbox.jobsOf(campaign.id))
      replayed += await replayFailed(runtime.stores.outbox, job.jobId, ctx.clock());
    runtime.worker.poke();
    res.send(200, { replayed });
  });

  server.get(`${base}/usagers`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (!me) return;
    const result = await usagerPanelView(setup, actor(me), param(req, "campaignId"));
    if (!result.ok) return usagerPanelError(req, res, result.failure);
    res.send(200, result.value);
  });

  server.post(`${base}/usagers/panel/preview`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, selectionBody);
    if (!me || !body) return;
    const result = await previewUsagerPanel(setup, actor(me), param(req, "campaignId"), body.selectedIds);
    if (!result.ok) return usagerPanelError(req, res, result.failure);
    res.send(200, { report: result.value });
  });

  server.post(`${base}/usagers/panel/confirm`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, selectionBody);
    if (!me || !body) return;
    const result = await confirmUsagerPanel(setup, actor(me), param(req, "campaignId"), body.selectedIds);
    if (!result.ok) return usagerPanelError(req, res, result.failure);
    res.send(200, result.value);
  });
}
