import type { Server } from "restify";
import { z } from "zod";
import type { MoveRequestDto, RoleRequestDto } from "../../contracts/campaignProgress";
import { CAMPAIGN_STATES, STAFF_ROLES } from "../../domain/campaign";
import { ok } from "../../domain/result";
import type { CampaignServices } from "../../services/campaign/campaignServices";
import { register } from "./route";
import type { RouteContext } from "./routeContext";

const moveSchema = z.object({
  from: z.enum(CAMPAIGN_STATES),
  to: z.enum(CAMPAIGN_STATES),
}) satisfies z.ZodType<MoveRequestDto>;
const roleSchema = z.object({
  person: z.string().trim().min(1).max(200),
  name: z.string().max(200).default(""),
  role: z.enum(STAFF_ROLES),
}) satisfies z.ZodType<RoleRequestDto>;

/** The picker's search is a few letters of a name: anything longer is cut, not refused. */
const MAX_QUERY = 100;

/**
 * The campaign page: its steps and moves (any member of the organisation reads them; coordinators
 * move), its roles and people (coordinators), and the team's members for the people picker.
 */
export function registerCampaignRoutes(server: Server, ctx: RouteContext, services: CampaignServices): void {
  const member = { audience: "member" } as const;
  const withBody = <B>(body: z.ZodType<B>) => ({ ...member, body, invalidKey: "campaign.api.invalidBody" }) as const;

  register(server, ctx, "GET /api/campaigns/:campaignId/progress", member, (call) =>
    services.progress.view(call.param("campaignId"), { aadObjectId: call.me.id }, call.locale),
  );

  register(server, ctx, "POST /api/campaigns/:campaignId/moves", withBody(moveSchema), (call) =>
    services.progress.move(call.param("campaignId"), { aadObjectId: call.me.id }, call.body, call.locale),
  );

  register(server, ctx, "GET /api/campaigns/:campaignId/people", member, (call) =>
    services.people.people(call.param("campaignId"), { aadObjectId: call.me.id }, call.locale),
  );

  register(server, ctx, "POST /api/campaigns/:campaignId/roles", withBody(roleSchema), async (call) => {
    const changed = await services.people.assign(call.param("campaignId"), { aadObjectId: call.me.id }, call.body);
    return changed.ok ? ok({ staff: services.people.staffOf(changed.value, call.locale) }) : changed;
  });

  register(server, ctx, "DELETE /api/campaigns/:campaignId/roles/:personId", member, async (call) => {
    const actor = { aadObjectId: call.me.id };
    const changed = await services.people.remove(call.param("campaignId"), actor, call.param("personId"));
    return changed.ok ? ok({ staff: services.people.staffOf(changed.value, call.locale) }) : changed;
  });

  register(server, ctx, "GET /api/campaigns/:campaignId/roster", member, (call) =>
    services.people.roster(
      call.param("campaignId"),
      { aadObjectId: call.me.id },
      (call.query.get("q") ?? "").slice(0, MAX_QUERY),
      call.query.get("refresh") === "1",
    ),
  );
}
