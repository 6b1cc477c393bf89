import type { Request, Response, Server } from "restify";
import { localeFromAcceptLanguage } from "../../i18n/locale";
import { listCampaignSummaries } from "../../services/campaignQueries";
import { failureText } from "../../services/recruitment/campaignForm";
import { campaignForEdit, editableCampaignIds } from "../../services/recruitment/campaignSetup";
import { recruitmentRuntime } from "../../services/recruitment/recruitmentFeature";
import { authErrorBody, LOCAL_PERSONAS } from "./identity";
import { registerCampaignRoutes } from "./campaignRoutes";
import { registerPosterRoutes } from "./posterRoutes";
import { registerPrivacyRoutes } from "./privacyRoutes";
import { registerRecruitmentRoutes } from "./recruitmentRoutes";
import type { RouteContext } from "./routeContext";
import { registerWorkshopRoutes } from "./workshopRoutes";

export function registerApiRoutes(server: Server, ctx: RouteContext): void {
  server.get("/api/health", async (_req: Request, res: Response) => {
    try {
      await ctx.tables.ping();
      res.send(200, { status: "ok", storage: "reachable", version: ctx.version });
    } catch (error) {
      ctx.logger.warn({ err: error }, "health check: storage unreachable");
      res.send(503, { status: "degraded", storage: "unreachable", version: ctx.version });
    }
  });

  server.get("/api/me", async (req: Request, res: Response) => {
    const who = await ctx.authenticate(req);
    // restify 12 warns about (and logs) any value an async handler returns: never return res.send().
    if (!who.ok) res.send(401, authErrorBody(req, who.reason));
    else {
      const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
      // Local mode offers the identities the tab's switch can act as; Teams has one: the signed-in user.
      const personas =
        who.mode === "local" ? { personas: LOCAL_PERSONAS.map((p) => ({ id: p.id, name: p.name[locale] })) } : {};
      res.send(200, { mode: who.mode, user: { id: who.identity.id, name: who.identity.name }, ...personas });
    }
  });

  server.get("/api/campaigns", async (req: Request, res: Response) => {
    const who = await ctx.authenticate(req);
    if (!who.ok) return void res.send(401, authErrorBody(req, who.reason));
    // Two reads of a short list, so the summary stays free of who coordinates what.
    const [summaries, editable] = await Promise.all([
      listCampaignSummaries(ctx.repos),
      editableCampaignIds(ctx.repos, { aadObjectId: who.identity.id }),
    ]);
    res.send(200, { campaigns: summaries.map((s) => ({ ...s, canEdit: editable.has(s.id) })) });
  });

  // The tab's set-up form in edit mode; changes go through PATCH (recruitmentRoutes).
  server.get("/api/campaigns/:campaignId", async (req: Request, res: Response) => {
    const who = await ctx.authenticate(req);
    if (!who.ok) return void res.send(401, authErrorBody(req, who.reason));
    const id = (req.params as Record<string, unknown> | undefined)?.campaignId;
    const deps = { repos: ctx.repos, stores: recruitmentRuntime(ctx).stores, now: ctx.clock };
    const result = await campaignForEdit(deps, { aadObjectId: who.identity.id }, typeof id === "string" ? id : "");
    if (result.ok) return void res.send(200, result.value);
    const status = result.failure.kind === "forbidden" ? 403 : result.failure.kind === "notFound" ? 404 : 400;
    res.send(status, {
      error: {
        code: result.failure.kind,
        message: failureText(localeFromAcceptLanguage(req.headers["accept-language"]), result.failure),
      },
    });
  });

  registerCampaignRoutes(server, ctx, ctx.campaign);
  registerRecruitmentRoutes(server, ctx);
  registerWorkshopRoutes(server, ctx);
  registerPosterRoutes(server, ctx);
  registerPrivacyRoutes(server, ctx);
}
