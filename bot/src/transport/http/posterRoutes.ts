import type { Request, Response, Server } from "restify";
import { z } from "zod";
import { COMMIT_PARTIES } from "../../domain/workshopTemplate";
import { localeOf } from "../../i18n/locale";
import { sendFailure } from "./route";
import { err, type Result } from "../../domain/result";
import { localeFromAcceptLanguage } from "../../i18n/locale";
import { renderPosterPdf } from "../../services/poster/posterPdf";
import {
  answerPoster,
  closePoster,
  createPoster,
  editPosterContent,
  getPoster,
  loadCampaign,
  statusOf,
} from "../../services/poster/posterService";
import { requestValidation } from "../../services/poster/validationRequests";
import { decide, getCommittee } from "../../services/roadmap/committeeService";
import { buildDashboard, isRoadmapStatus } from "../../services/roadmap/dashboardService";
import { answerByLink, getFollow } from "../../services/roadmap/followService";
import { addUpdate, editPlan, getRoadmap } from "../../services/roadmap/roadmapService";
import { posterRepositories } from "../../storage/poster/posterRepositories";
import { parseBody } from "./parseBody";
import { authErrorBody, type Identity } from "./identity";
import type { RouteContext } from "./routeContext";

const text = z.string().max(2000);
const content = {
  qualities: z.array(z.object({ id: z.string().min(1).max(60).optional(), text })).max(30),
  commitments: z
    .array(
      z.object({
        id: z.string().min(1).max(60).optional(),
        party: z.enum(COMMIT_PARTIES),
        text,
        sourceItemId: z.string().max(100).optional(),
      }),
    )
    .max(60),
};
const participants = z.object({
  teams: z.array(z.object({ aadObjectId: z.string().min(1).max(100), name: z.string().max(200).optional() })).max(200),
  usagers: z.array(z.object({ name: z.string().max(200).optional() })).max(200),
});
const createBody = z.union([
  z.object({ fromWorkshop: z.literal(true), participants: participants.optional() }).strict(),
  z.object({ fromWorkshop: z.literal(false).optional(), content: z.object(content).strict(), participants }).strict(),
]);
const editBody = z.object({ version: z.number().int().min(1), ...content }).strict();
const answerBody = z
  .object({ version: z.number().int().min(1), approved: z.boolean(), comment: z.string().max(2000).optional() })
  .strict();
const decisionBody = z
  .object({
    commitmentId: z.string().min(1).max(60),
    decision: z.string().max(20),
    level: z.string().max(20),
    reason: z.string().max(2000).optional(),
    adaptedText: z.string().max(2000).optional(),
  })
  .strict();
const planBody = z
  .object({
    title: z.string().max(1000).optional(),
    owner: z.string().max(200).nullable().optional(),
    dueDate: z.string().max(20).nullable().optional(),
  })
  .strict();
const updateBody = z
  .object({
    status: z.string().max(20).optional(),
    progress: z.number().optional(),
    comment: z.string().max(4000).optional(),
  })
  .strict();

function param(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
}

function query(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function reply<T>(req: Request, res: Response, outcome: Result<T>, status = 200): void {
  if (outcome.ok) res.send(status, outcome.value);
  else sendFailure(res, localeFromAcceptLanguage(req.headers["accept-language"]), outcome.error);
}

function parse<T>(req: Request, res: Response, schema: z.ZodType<T>): T | undefined {
  return parseBody(req, res, schema, "poster.api.invalidBody");
}

/** The tab's API for the poster, the committee, the roadmap, the dashboard, and the usagers' public follow-up page. */
export function registerPosterRoutes(server: Server, ctx: RouteContext): void {
  async function who(req: Request, res: Response): Promise<Identity | undefined> {
    const result = await ctx.authenticate(req);
    if (result.ok) return result.identity;
    res.send(401, authErrorBody(req, result.reason));
    return undefined;
  }

  const base = "/api/campaigns/:campaignId";

  server.get(`${base}/poster`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (me) reply(req, res, await getPoster(ctx, param(req, "campaignId"), me.id));
  });

  server.post(`${base}/poster`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, createBody);
    if (me && body) reply(req, res, await createPoster(ctx, param(req, "campaignId"), me.id, body), 201);
  });

  server.put(`${base}/poster`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, editBody);
    if (me && body) reply(req, res, await editPosterContent(ctx, param(req, "campaignId"), me.id, body));
  });

  // A Teams participant can also answer from the tab (same rule as the card).
  server.post(`${base}/poster/answer`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, answerBody);
    if (!me || !body) return;
    const campaignId = param(req, "campaignId");
    const answered = await answerPoster(ctx, campaignId, `aad:${me.id}`, body);
    if (!answered.ok) reply(req, res, answered);
    else reply(req, res, await getPoster(ctx, campaignId, me.id));
  });

  server.post(`${base}/poster/request-validation`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (me) reply(req, res, await requestValidation(ctx, param(req, "campaignId"), me.id));
  });

  server.post(`${base}/poster/close`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (me) reply(req, res, await closePoster(ctx, param(req, "campaignId"), me.id));
  });

  server.get(`${base}/poster/pdf`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (!me) return;
    const campaignId = param(req, "campaignId");
    const campaign = await loadCampaign(ctx, campaignId);
    if (!campaign.ok) return reply(req, res, campaign);
    const stored = await posterRepositories(ctx.tables).posters.get(campaignId);
    if (!stored) return reply(req, res, err("poster.notFound"));
    const size = query(req, "size") === "A3" ? "A3" : "A4";
    const locale = localeOf(query(req, "lang") ?? campaign.value.locale);
    const record = stored.value;
    const status = statusOf(record);
    const bytes = await renderPosterPdf({
      poster: record.poster,
      status,
      serviceName: campaign.value.site ?? campaign.value.services.join(", "),
      date: new Date(record.poster.closed?.at ?? record.poster.updatedAt),
      locale,
      size,
    });
    const fileName = `affiche-${campaignId.replace(/[^A-Za-z0-9-]/g, "")}-${size}-${locale}.pdf`;
    res.writeHead(200, {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `inline; filename="${fileName}"`,
    });
    res.end(Buffer.from(bytes));
  });

  server.get(`${base}/committee`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (me) reply(req, res, await getCommittee(ctx, param(req, "campaignId"), me.id));
  });

  server.post(`${base}/committee/decisions`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, decisionBody);
    if (me && body) reply(req, res, await decide(ctx, param(req, "campaignId"), me.id, body));
  });

  server.get(`${base}/roadmap`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (me) reply(req, res, await getRoadmap(ctx, param(req, "campaignId"), me.id));
  });

  server.patch(`${base}/roadmap/:actionId`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, planBody);
    if (me && body) reply(req, res, await editPlan(ctx, param(req, "campaignId"), param(req, "actionId"), me.id, body));
  });

  server.post(`${base}/roadmap/:actionId/updates`, async (req: Request, res: Response) => {
    const me = await who(req, res);
    const body = me && parse(req, res, updateBody);
    if (me && body)
      reply(req, res, await addUpdate(ctx, param(req, "campaignId"), param(req, "actionId"), me.id, body));
  });

  server.get("/api/dashboard", async (req: Request, res: Response) => {
    const me = await who(req, res);
    if (!me) return;
    const status = query(req, "status");
    const service = query(req, "service");
    const owner = query(req, "owner");
    const dashboard = await buildDashboard(ctx, {
      ...(service ? { service } : {}),
      ...(owner ? { owner } : {}),
      ...(status && isRoadmapStatus(status) ? { status } : {}),
    });
    res.send(200, dashboard);
  });

  // Public: the usager's link is the credential (usagers are not in the organisation's Teams).
  server.get("/api/follow/:token", async (req: Request, res: Response) => {
    reply(req, res, await getFollow(ctx, param(req, "token")));
  });

  server.post("/api/follow/:token/answer", async (req: Request, res: Response) => {
    const body = parse(req, res, answerBody);
    if (body) reply(req, res, await answerByLink(ctx, param(req, "token"), body));
  });
}
