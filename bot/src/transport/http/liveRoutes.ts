import type { Request, Response, Server } from "restify";
import type { WorkshopNumber } from "../../domain/campaign";
import { localeFromAcceptLanguage } from "../../i18n/locale";
import { workshopTopic } from "../../services/live/workshopLive";
import { WORKSHOP_STATES } from "../../services/workshop/workshopRecords";
import { openEventStream } from "./eventStream";
import { authErrorBody } from "./identity";
import { sendFailure } from "./route";
import type { RouteContext } from "./routeContext";

/**
 * The live streams: a workshop's public view pushed as it changes, to the stage, the console and
 * the side panel (members) and to the usagers' phones (anyone with the join code). Every client of
 * a workshop on this instance shares one reader (services/live), so devices cost no storage reads.
 */
export function registerLiveRoutes(server: Server, ctx: RouteContext): void {
  const { live, workshop } = ctx;

  function follow(req: Request, res: Response, topic: string): void {
    const stream = openEventStream(req, res);
    // The snapshot's version is its JSON (services/live/workshopLive.ts): serialised once for all.
    const stop = live.subscribe(
      topic,
      (snapshot) => void stream.sendJson("snapshot", snapshot.version),
      () => stream.close(),
    );
    stream.onClose(stop);
  }

  server.get("/api/workshops/:campaignId/live", async (req: Request, res: Response) => {
    const who = await ctx.authenticate(req);
    if (!who.ok) return void res.send(401, authErrorBody(req, who.reason));
    const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
    const campaignId = String((req.params as Record<string, unknown>)["campaignId"] ?? "");
    const campaign = await workshop.service.records.campaign(campaignId);
    const asked = Number(new URL(req.url ?? "/", "http://local").searchParams.get("kind"));
    const kind: WorkshopNumber | undefined =
      asked === 1 || asked === 2 || asked === 3 ? asked : campaign ? WORKSHOP_STATES[campaign.state] : undefined;
    if (!campaign || !kind) return sendFailure(res, locale, { code: "workshop.notFound" });
    follow(req, res, workshopTopic(campaign.id, kind));
  });

  server.get("/api/join/:code/live", async (req: Request, res: Response) => {
    const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
    const found = await workshop.service.records.byJoinCode(
      String((req.params as Record<string, unknown>)["code"] ?? ""),
    );
    if (!found.ok) return sendFailure(res, locale, found.error);
    const { campaignId, kind } = found.value.value.workshop;
    follow(req, res, workshopTopic(campaignId, kind));
  });
}
