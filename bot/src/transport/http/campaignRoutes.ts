import type { Request, Response, Server } from "restify";
import { z } from "zod";
import { CAMPAIGN_STATES, STAFF_ROLES } from "../../domain/campaign";
import { localeFromAcceptLanguage, type Locale } from "../../i18n/locale";
import { translate } from "../../i18n/translate";
import type { CampaignFailure, CampaignOutcome } from "../../services/campaign/campaignProgressService";
import type { CampaignServices } from "../../services/campaign/campaignServices";
import { blockerNotes, failureText } from "../../services/campaign/failureText";
import type { MoveRequestDto, RoleRequestDto } from "../../contracts/campaignProgress";
import type { ErrorBody } from "./errorBody";
import { authErrorBody, type Identity } from "./identity";
import { parseBody } from "./parseBody";
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

/** HTTP status of each expected failure: the user's mistakes are 4xx, and each says what to do. */
function statusOf(failure: CampaignFailure): number {
  switch (failure.code) {
    case "campaign.notFound":
      return 404;
    case "campaign.forbidden":
      return 403;
    case "campaign.lastCoordinator":
    case "campaign.personRequired":
      return 422;
    default:
      return 409;
  }
}

function failureBody(
  locale: Locale,
  failure: CampaignFailure,
): ErrorBody & { readonly error: { readonly blockers?: readonly { code: string; message: string }[] } } {
  const params = (failure as { params?: Record<string, string | number> }).params;
  const blockers = blockerNotes(locale, failure);
  // The refusal without its list: the page shows each blocker on a line of its own.
  const message = blockers
    ? failureText(locale, { code: failure.code } as CampaignFailure)
    : failureText(locale, failure);
  return {
    error: {
      code: failure.code,
      message,
      ...(params ? { params: { ...params } } : {}),
      ...(blockers ? { blockers } : {}),
    },
  };
}

function param(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
}

/**
 * The campaign page: its steps and moves (any member of the organisation reads them; coordinators
 * move), its roles and people (coordinators), and the team's members for the people picker.
 */
export function registerCampaignRoutes(server: Server, ctx: RouteContext, services: CampaignServices): void {
  async function caller(
    req: Request,
    res: Response,
  ): Promise<{ me: Identity; locale: Locale; campaignId: string } | undefined> {
    const who = await ctx.authenticate(req);
    if (!who.ok) {
      res.send(401, authErrorBody(req, who.reason));
      return undefined;
    }
    return {
      me: who.identity,
      locale: localeFromAcceptLanguage(req.headers["accept-language"]),
      campaignId: param(req, "campaignId"),
    };
  }

  function answer<T>(res: Response, locale: Locale, outcome: CampaignOutcome<T>, ok: (value: T) => unknown): void {
    res.header("Cache-Control", "no-store");
    if (outcome.ok) res.send(200, ok(outcome.value));
    else res.send(statusOf(outcome.error), failureBody(locale, outcome.error));
  }

  server.get("/api/campaigns/:campaignId/progress", async (req: Request, res: Response) => {
    const c = await caller(req, res);
    if (!c) return;
    answer(res, c.locale, await services.progress.view(c.campaignId, { aadObjectId: c.me.id }, c.locale), (v) => v);
  });

  server.post("/api/campaigns/:campaignId/moves", async (req: Request, res: Response) => {
    const c = await caller(req, res);
    if (!c) return;
    const body = parseBody(req, res, moveSchema, "campaign.api.invalidBody");
    if (!body) return;
    answer(
      res,
      c.locale,
      await services.progress.move(c.campaignId, { aadObjectId: c.me.id }, body, c.locale),
      (v) => v,
    );
  });

  server.get("/api/campaigns/:campaignId/people", async (req: Request, res: Response) => {
    const c = await caller(req, res);
    if (!c) return;
    answer(res, c.locale, await services.people.people(c.campaignId, { aadObjectId: c.me.id }, c.locale), (v) => v);
  });

  server.post("/api/campaigns/:campaignId/roles", async (req: Request, res: Response) => {
    const c = await caller(req, res);
    if (!c) return;
    const body = parseBody(req, res, roleSchema, "campaign.api.invalidBody");
    if (!body) return;
    const changed = await services.people.assign(c.campaignId, { aadObjectId: c.me.id }, body);
    answer(res, c.locale, changed, (campaign) => ({ staff: services.people.staffOf(campaign, c.locale) }));
  });

  server.del("/api/campaigns/:campaignId/roles/:personId", async (req: Request, res: Response) => {
    const c = await caller(req, res);
    if (!c) return;
    const changed = await services.people.remove(c.campaignId, { aadObjectId: c.me.id }, param(req, "personId"));
    answer(res, c.locale, changed, (campaign) => ({ staff: services.people.staffOf(campaign, c.locale) }));
  });

  server.get("/api/campaigns/:campaignId/roster", async (req: Request, res: Response) => {
    const c = await caller(req, res);
    if (!c) return;
    const query = new URL(req.url ?? "/", "http://x").searchParams;
    const q = (query.get("q") ?? "").slice(0, 100);
    try {
      answer(
        res,
        c.locale,
        await services.people.roster(c.campaignId, { aadObjectId: c.me.id }, q, query.get("refresh") === "1"),
        (v) => v,
      );
    } catch (error) {
      // Teams refused or did not answer: the picker keeps the list it has, and says why it is not newer.
      ctx.logger.warn({ err: error, campaignId: c.campaignId }, "team roster could not be read");
      res.send(502, {
        error: { code: "rosterUnavailable", message: translate(c.locale, "campaign.api.rosterUnavailable") },
      });
    }
  });
}
