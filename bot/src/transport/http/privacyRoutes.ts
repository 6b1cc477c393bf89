import type { Request, Response, Server } from "restify";
import { erasePerson, exportPerson, type PersonFailure } from "../../services/privacy/personData";
import { personDataDeps } from "../../services/privacy/privacyFeature";
import type { MessageKey } from "../../i18n/fr";
import { errorBody } from "./errorBody";
import { authErrorBody, type Identity } from "./identity";
import type { RouteContext } from "./routeContext";

function param(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
}

const FAILURES: Record<PersonFailure, { status: number; code: string; key: MessageKey }> = {
  campaignNotFound: { status: 404, code: "notFound", key: "privacy.campaignNotFound" },
  forbidden: { status: 403, code: "forbidden", key: "privacy.forbidden" },
  personNotFound: { status: 404, code: "personNotFound", key: "privacy.personNotFound" },
  // A conflict with the campaign's state, not a wrong request: naming another coordinator resolves it.
  lastCoordinator: { status: 409, code: "lastCoordinator", key: "privacy.lastCoordinator" },
};

/** Right of access and right to erasure (RGPD art. 15 and 17), for the campaign's coordinators. */
export function registerPrivacyRoutes(server: Server, ctx: RouteContext): void {
  const deps = personDataDeps(ctx);
  const path = "/api/campaigns/:campaignId/people/:personId";

  async function request(
    req: Request,
    res: Response,
  ): Promise<{ me: Identity; campaignId: string; personId: string } | undefined> {
    const result = await ctx.authenticate(req);
    if (!result.ok) {
      res.send(401, authErrorBody(req, result.reason));
      return undefined;
    }
    const campaignId = param(req, "campaignId");
    const personId = param(req, "personId");
    // Ids are Entra GUIDs or recruitment UUIDs; anything longer is not ours and would only cost a query.
    if (!personId || personId.length > 200 || !campaignId || campaignId.length > 200) {
      res.send(400, errorBody(req, "invalidPerson", "privacy.invalidPerson"));
      return undefined;
    }
    return { me: result.identity, campaignId, personId };
  }

  function fail(req: Request, res: Response, failure: PersonFailure): void {
    const { status, code, key } = FAILURES[failure];
    res.send(status, errorBody(req, code, key));
  }

  server.get(path, async (req: Request, res: Response) => {
    const r = await request(req, res);
    if (!r) return;
    const result = await exportPerson(deps, { aadObjectId: r.me.id }, r.campaignId, r.personId);
    if (!result.ok) return fail(req, res, result.failure);
    // Personal data: no cache anywhere between here and the coordinator.
    res.header("Cache-Control", "no-store");
    res.send(200, { person: result.value, exportedAt: ctx.clock().toISOString() });
    ctx.logger.info({ campaignId: r.campaignId }, "person data exported");
  });

  server.del(path, async (req: Request, res: Response) => {
    const r = await request(req, res);
    if (!r) return;
    const result = await erasePerson(deps, { aadObjectId: r.me.id }, r.campaignId, r.personId);
    if (!result.ok) return fail(req, res, result.failure);
    // The receipt the coordinator keeps: what was erased, per kind, and when.
    res.header("Cache-Control", "no-store");
    res.send(200, { erased: result.value, erasedAt: ctx.clock().toISOString() });
    ctx.logger.info({ campaignId: r.campaignId, ...result.value }, "person data erased");
  });
}
