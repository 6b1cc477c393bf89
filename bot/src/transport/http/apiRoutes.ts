import type { Request, Response, Server } from "restify";
import { localeFromAcceptLanguage } from "../../i18n/locale";
import type { Logger } from "../../logging/logger";
import { listCampaignSummaries } from "../../services/campaignQueries";
import type { Repositories } from "../../storage/repositories";
import type { TableClients } from "../../storage/tableClients";
import { errorBody } from "./errorBody";
import { resolveIdentity } from "./identity";

export interface ApiDeps {
  readonly repos: Repositories;
  readonly tables: TableClients;
  readonly localMode: boolean;
  readonly logger: Logger;
  readonly version: string;
}

export function registerApiRoutes(server: Server, deps: ApiDeps): void {
  server.get("/api/health", async (_req: Request, res: Response) => {
    try {
      await deps.tables.ping();
      res.send(200, { status: "ok", storage: "reachable", version: deps.version });
    } catch (error) {
      deps.logger.warn({ err: error }, "health check: storage unreachable");
      res.send(503, { status: "degraded", storage: "unreachable", version: deps.version });
    }
  });

  server.get("/api/me", async (req: Request, res: Response) => {
    const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
    const who = resolveIdentity(req, deps.localMode, locale);
    if (!who.ok) return res.send(401, errorBody(req, "unauthorized", "error.unauthorized"));
    res.send(200, { mode: who.mode, user: { id: who.identity.id, name: who.identity.name } });
  });

  server.get("/api/campaigns", async (req: Request, res: Response) => {
    const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
    if (!resolveIdentity(req, deps.localMode, locale).ok) return res.send(401, errorBody(req, "unauthorized", "error.unauthorized"));
    res.send(200, { campaigns: await listCampaignSummaries(deps.repos) });
  });
}
