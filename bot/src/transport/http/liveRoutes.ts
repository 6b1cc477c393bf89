import type { Request, Response, Server } from "restify";
import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import { err } from "../../domain/result";
import { workshopTopic } from "../../services/live/workshopLive";
import { WORKSHOP_STATES } from "../../services/workshop/workshopRecords";
import { openEventStream } from "./eventStream";
import { ANSWERED, route } from "./route";
import type { RouteContext } from "./routeContext";

/** The workshop a stream asks for (`?kind=`), or the one the campaign is at. */
function kindOf(campaign: Campaign, asked: string | null): WorkshopNumber | undefined {
  const n = Number(asked);
  return n === 1 || n === 2 || n === 3 ? n : WORKSHOP_STATES[campaign.state];
}

/**
 * The live streams: a workshop's public view pushed as it changes, to the stage, the console and
 * the side panel (members) and to the usagers' phones (anyone with the join code). They are not
 * JSON answers, so they are not in the API table; route() still checks the caller and words the
 * refusals. Every client of a workshop on this instance shares one reader (services/live), so
 * devices cost no storage reads.
 */
export function registerLiveRoutes(server: Server, ctx: RouteContext): void {
  const { live, workshop } = ctx;

  function follow(req: Request, res: Response, topic: string): typeof ANSWERED {
    const stream = openEventStream(req, res);
    // The snapshot's version is its JSON (services/live/workshopLive.ts): serialised once for all.
    const stop = live.subscribe(
      topic,
      (snapshot) => void stream.sendJson("snapshot", snapshot.version),
      () => stream.close(),
    );
    stream.onClose(stop);
    return ANSWERED;
  }

  server.get(
    "/api/workshops/:campaignId/live",
    route(ctx, { audience: "member" }, async (call) => {
      const campaign = await workshop.service.records.campaign(call.param("campaignId"));
      const kind = campaign ? kindOf(campaign, call.query.get("kind")) : undefined;
      if (!campaign || !kind) return err("workshop.notFound");
      return follow(call.req, call.res, workshopTopic(campaign.id, kind));
    }),
  );

  server.get(
    "/api/join/:code/live",
    route(ctx, { audience: "public" }, async (call) => {
      const found = await workshop.service.records.byJoinCode(call.param("code"));
      if (!found.ok) return found;
      const { campaignId, kind } = found.value.value.workshop;
      return follow(call.req, call.res, workshopTopic(campaignId, kind));
    }),
  );
}
