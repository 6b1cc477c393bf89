import type { Request, Response, Server } from "restify";
import { listCampaignSummaries } from "../../services/campaignQueries";
import { authErrorBody } from "./identity";
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
    else res.send(200, { mode: who.mode, user: { id: who.identity.id, name: who.identity.name } });
  });

  server.get("/api/campaigns", async (req: Request, res: Response) => {
    const who = await ctx.authenticate(req);
    if (!who.ok) res.send(401, authErrorBody(req, who.reason));
    else res.send(200, { campaigns: await listCampaignSummaries(ctx.repos) });
  });

  registerRecruitmentRoutes(server, ctx);
  registerWorkshopRoutes(server, ctx);
  registerPosterRoutes(server, ctx);
  registerPrivacyRoutes(server, ctx);
}
