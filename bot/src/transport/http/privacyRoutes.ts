import type { Server } from "restify";
import { err, ok, type Result } from "../../domain/result";
import { erasePerson, exportPerson } from "../../services/privacy/personData";
import { register } from "./route";
import type { RouteContext } from "./routeContext";

// Ids are Entra GUIDs or recruitment UUIDs; anything longer names nobody stored and would only cost a query.
const MAX_ID = 200;

/** The two ids of a person route; an id longer than any we make names nothing. */
function idsOf(param: (name: string) => string): Result<{ campaignId: string; personId: string }> {
  const campaignId = param("campaignId");
  const personId = param("personId");
  if (campaignId.length > MAX_ID) return err("campaign.notFound");
  if (personId.length > MAX_ID) return err("privacy.notFound");
  return ok({ campaignId, personId });
}

/** Right of access and right to erasure (RGPD art. 15 and 17), for the campaign's coordinators. */
export function registerPrivacyRoutes(server: Server, ctx: RouteContext): void {
  const deps = ctx.poster.personData;
  register(
    server,
    ctx,
    "GET /api/campaigns/:campaignId/people/:personId",
    { audience: "member" },
    async ({ me, param }) => {
      const ids = idsOf(param);
      if (!ids.ok) return ids;
      const { campaignId, personId } = ids.value;
      const found = await exportPerson(deps, { aadObjectId: me.id }, campaignId, personId);
      if (!found.ok) return found;
      ctx.logger.info({ campaignId }, "person data exported");
      return { ok: true, value: { person: found.value, exportedAt: ctx.clock().toISOString() } };
    },
  );

  // The answer is the receipt the coordinator keeps: what was erased, per kind, and when.
  register(
    server,
    ctx,
    "DELETE /api/campaigns/:campaignId/people/:personId",
    { audience: "member" },
    async ({ me, param }) => {
      const ids = idsOf(param);
      if (!ids.ok) return ids;
      const { campaignId, personId } = ids.value;
      const erased = await erasePerson(deps, { aadObjectId: me.id }, campaignId, personId);
      if (!erased.ok) return erased;
      ctx.logger.info({ campaignId, ...erased.value }, "person data erased");
      return { ok: true, value: { erased: erased.value, erasedAt: ctx.clock().toISOString() } };
    },
  );
}
