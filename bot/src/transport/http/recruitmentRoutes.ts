import { randomUUID } from "node:crypto";
import type { Request, Response, Server } from "restify";
import { z } from "zod";
import { localeFromAcceptLanguage } from "../../i18n/locale";
import { replayFailed } from "../../services/outbox/outboxService";
import { can } from "../../services/policy";
import { campaignInputSchema, campaignPatchSchema } from "../../services/recruitment/campaignInput";
import { campaignForEdit, createCampaignAsCoordinator, editCampaign } from "../../services/recruitment/campaignSetup";
import { campaignProgress } from "../../services/recruitment/invitations";
import { confirmSelection, previewSelection, recruitmentView } from "../../services/recruitment/panelSelection";
import { confirmMixed, mixedView, openMixed } from "../../services/recruitment/mixedPanel";
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
import { errorBody } from "./errorBody";
import { sendFailure } from "./route";
import { parseBody } from "./parseBody";
import { authErrorBody, type Identity } from "./identity";
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

const localeOf = (req: Request) => localeFromAcceptLanguage(req.headers["accept-language"]);

function parse<T>(req: Request, res: Response, schema: z.ZodType<T>): T | undefined {
  return parseBody(req, res, schema, "recruitment.api.invalidBody");
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

const mixedConfirmBody = z
  .object({
    agentIds: z.array(z.string().min(1).max(100)).max(200),
    usagerIds: z.array(z.string().min(1).max(100)).max(200),
  })
  .strict();

/** The tab's recruitment API: campaign set-up, balance and selection, outbox progress. */
export function registerRecruitmentRoutes(server: Server, ctx: RouteContext): void {
  const runtime = ctx.recruitment;
  const { setup, selection, usagers } = runtime;

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
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    const { campaign, warnings, makeup } = result.value;
    res.send(result.value.created ? 201 : 200, { campaign, warnings, ...(makeup ? { makeup } : {}) });
  });

  // The set-up form in edit mode; its changes go through PATCH.
  server.get(base, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (!me) return;
    const result = await campaignForEdit(setup, actor(me), param(req, "campaignId"));
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });

  server.patch(base, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, campaignPatchSchema.strict());
    if (!me || !body) return;
    const result = await editCampaign(setup, actor(me), param(req, "campaignId"), body);
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });

  server.get(`${base}/recruitment`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (!me) return;
    const result = await recruitmentView(selection, actor(me), param(req, "campaignId"));
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });

  server.post(`${base}/panel/preview`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, selectionBody);
    if (!me || !body) return;
    const result = await previewSelection(selection, actor(me), param(req, "campaignId"), body.selectedIds);
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, { report: result.value });
  });

  server.post(`${base}/panel/confirm`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, selectionBody);
    if (!me || !body) return;
    const result = await confirmSelection(selection, actor(me), param(req, "campaignId"), body.selectedIds);
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
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
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
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
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });

  server.post(`${base}/mixed/confirm`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, mixedConfirmBody);
    if (!me || !body) return;
    const result = await confirmMixed(selection, actor(me), param(req, "campaignId"), body.agentIds, body.usagerIds);
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });

  server.post(`${base}/usagers`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, nominationSchema.strict());
    if (!me || !body) return;
    const result = await nominateUsager(usagers, actor(me), param(req, "campaignId"), body);
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(201, result.value);
  });

  server.post(`${base}/usagers/register`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, registerBody);
    if (!me || !body) return;
    const { name, ...profile } = body;
    const result = await registerUsager(usagers, actor(me), param(req, "campaignId"), name, profile);
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(201, result.value);
  });

  server.get(`${base}/usagers/proposal`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (!me) return;
    const result = await proposeUsagers(usagers, actor(me), param(req, "campaignId"));
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });

  // Public: the usager has no account; the unguessable token is the only key, and it expires.
  server.get("/api/confirm/:token", async (req: Request, res: Response) => {
    const result = await confirmationView(usagers, param(req, "token"));
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });

  server.post("/api/confirm/:token", async (req: Request, res: Response) => {
    const body = parse(req, res, answerSchema.strict());
    if (!body) return;
    const result = await answerConfirmation(usagers, param(req, "token"), body);
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });

  server.post("/api/confirm/:token/mixed", async (req: Request, res: Response) => {
    const body = parse(req, res, mixedAnswerSchema.strict());
    if (!body) return;
    const result = await answerMixedConfirmation(usagers, param(req, "token"), body.answer);
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });

  async function coordinatorCampaign(req: Request, res: Response) {
    const me = await who(req, res);
    if (!me) return undefined;
    const campaign = (await ctx.repos.campaigns.get(param(req, "campaignId")))?.value;
    if (!campaign) return void sendFailure(res, localeOf(req), { code: "campaign.notFound" });
    if (!can(actor(me), "campaign.invite", campaign))
      return void sendFailure(res, localeOf(req), { code: "campaign.forbidden" });
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
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });

  server.post(`${base}/usagers/panel/preview`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, selectionBody);
    if (!me || !body) return;
    const result = await previewUsagerPanel(setup, actor(me), param(req, "campaignId"), body.selectedIds);
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, { report: result.value });
  });

  server.post(`${base}/usagers/panel/confirm`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, selectionBody);
    if (!me || !body) return;
    const result = await confirmUsagerPanel(setup, actor(me), param(req, "campaignId"), body.selectedIds);
    if (!result.ok) return sendFailure(res, localeOf(req), result.error);
    res.send(200, result.value);
  });
}
