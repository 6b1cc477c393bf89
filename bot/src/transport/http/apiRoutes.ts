import type { Request, Response, Server } from "restify";
import { ok } from "../../domain/result";
import { campaignSummaries } from "../../services/campaignQueries";
import { LOCAL_PERSONAS } from "./identity";
import { registerCampaignRoutes } from "./campaignRoutes";
import { registerPosterRoutes } from "./posterRoutes";
import { registerPrivacyRoutes } from "./privacyRoutes";
import { registerRecruitmentRoutes } from "./recruitmentRoutes";
import { register } from "./route";
import { registerLiveRoutes } from "./liveRoutes";
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

  register(server, ctx, "GET /api/me", { audience: "member" }, async (call) => {
    // Local mode offers the identities the tab's switch can act as; Teams has one: the signed-in user.
    const user = { id: call.me.id, name: call.me.name };
    if (!ctx.config.localMode) return ok({ mode: "teams", user });
    return ok({ mode: "local", user, personas: LOCAL_PERSONAS.map((p) => ({ id: p.id, name: p.name[call.locale] })) });
  });

  register(server, ctx, "GET /api/campaigns", { audience: "member" }, async (call) =>
    ok({ campaigns: await campaignSummaries(ctx.repos.campaigns, { aadObjectId: call.me.id }) }),
  );

  registerCampaignRoutes(server, ctx, ctx.campaign);
  registerRecruitmentRoutes(server, ctx);
  registerWorkshopRoutes(server, ctx);
  registerLiveRoutes(server, ctx);
  registerPosterRoutes(server, ctx);
  registerPrivacyRoutes(server, ctx);
}
