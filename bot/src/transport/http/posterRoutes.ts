import type { Server } from "restify";
import { z } from "zod";
import type {
  CreatePosterDto,
  DecisionDto,
  EditPosterDto,
  PlanDto,
  PosterAnswerDto,
  ProgressDto,
} from "../../contracts/posterDtos";
import { ok } from "../../domain/result";
import { COMMIT_PARTIES } from "../../domain/workshopTemplate";
import { dashboardFilters } from "../../services/roadmap/dashboardService";
import { ANSWERED, register } from "./route";
import type { RouteContext } from "./routeContext";

const text = z.string().max(2000);
const content = {
  qualities: z.array(z.object({ id: z.string().min(1).max(60).optional(), text })).max(30),
  commitments: z
    .array(
      z.object({
        id: z.string().min(1).max(60).optional(),
        party: z.enum(COMMIT_PARTIES),
        text,
        sourceItemId: z.string().max(100).optional(),
      }),
    )
    .max(60),
};
const participants = z.object({
  teams: z.array(z.object({ aadObjectId: z.string().min(1).max(100), name: z.string().max(200).optional() })).max(200),
  usagers: z.array(z.object({ name: z.string().max(200).optional() })).max(200),
});
const createBody: z.ZodType<CreatePosterDto> = z.union([
  z.object({ fromWorkshop: z.literal(true), participants: participants.optional() }).strict(),
  z.object({ fromWorkshop: z.literal(false).optional(), content: z.object(content).strict(), participants }).strict(),
]);
const editBody: z.ZodType<EditPosterDto> = z.object({ version: z.number().int().min(1), ...content }).strict();
const answerBody: z.ZodType<PosterAnswerDto> = z
  .object({ version: z.number().int().min(1), approved: z.boolean(), comment: z.string().max(2000).optional() })
  .strict();
const decisionBody: z.ZodType<DecisionDto> = z
  .object({
    commitmentId: z.string().min(1).max(60),
    decision: z.string().max(20),
    level: z.string().max(20),
    reason: z.string().max(2000).optional(),
    adaptedText: z.string().max(2000).optional(),
  })
  .strict();
const planBody: z.ZodType<PlanDto> = z
  .object({
    title: z.string().max(1000).optional(),
    owner: z.string().max(200).nullable().optional(),
    dueDate: z.string().max(20).nullable().optional(),
  })
  .strict();
const progressBody: z.ZodType<ProgressDto> = z
  .object({
    status: z.string().max(20).optional(),
    progress: z.number().optional(),
    comment: z.string().max(4000).optional(),
  })
  .strict();

const member = { audience: "member", invalidKey: "poster.api.invalidBody" } as const;

/** The tab's API for the poster, the committee, the roadmap, the dashboard, and the usagers' public follow-up page. */
export function registerPosterRoutes(server: Server, ctx: RouteContext): void {
  const { posters, validation, committee, roadmap, follow } = ctx.poster;

  register(server, ctx, "GET /api/campaigns/:campaignId/poster", member, ({ me, param }) =>
    posters.get(param("campaignId"), me.id),
  );

  register(
    server,
    ctx,
    "POST /api/campaigns/:campaignId/poster",
    { ...member, body: createBody, okStatus: 201 },
    ({ me, param, body }) => posters.create(param("campaignId"), me.id, body),
  );

  register(server, ctx, "PUT /api/campaigns/:campaignId/poster", { ...member, body: editBody }, ({ me, param, body }) =>
    posters.edit(param("campaignId"), me.id, body),
  );

  register(
    server,
    ctx,
    "POST /api/campaigns/:campaignId/poster/answer",
    { ...member, body: answerBody },
    ({ me, param, body }) => posters.answerAsMember(param("campaignId"), me.id, body),
  );

  register(server, ctx, "POST /api/campaigns/:campaignId/poster/request-validation", member, ({ me, param }) =>
    validation.request(param("campaignId"), me.id),
  );

  register(server, ctx, "POST /api/campaigns/:campaignId/poster/close", member, ({ me, param }) =>
    posters.close(param("campaignId"), me.id),
  );

  register(server, ctx, "GET /api/campaigns/:campaignId/poster/pdf", member, async ({ param, query, res }) => {
    const file = await posters.pdf(
      param("campaignId"),
      query.get("size") === "A3" ? "A3" : "A4",
      query.get("lang") || undefined,
    );
    if (!file.ok) return file;
    res.writeHead(200, {
      "Content-Type": "application/pdf",
      "Content-Length": String(file.value.bytes.byteLength),
      "Content-Disposition": `inline; filename="${file.value.fileName}"`,
      "Cache-Control": "no-store",
    });
    res.end(Buffer.from(file.value.bytes));
    return ANSWERED;
  });

  register(server, ctx, "GET /api/campaigns/:campaignId/committee", member, ({ me, param }) =>
    committee.get(param("campaignId"), me.id),
  );

  register(
    server,
    ctx,
    "POST /api/campaigns/:campaignId/committee/decisions",
    { ...member, body: decisionBody },
    ({ me, param, body }) => committee.decide(param("campaignId"), me.id, body),
  );

  register(server, ctx, "GET /api/campaigns/:campaignId/roadmap", member, ({ me, param }) =>
    roadmap.get(param("campaignId"), me.id),
  );

  register(
    server,
    ctx,
    "PATCH /api/campaigns/:campaignId/roadmap/:actionId",
    { ...member, body: planBody },
    ({ me, param, body }) => roadmap.editPlan(param("campaignId"), param("actionId"), me.id, body),
  );

  register(
    server,
    ctx,
    "POST /api/campaigns/:campaignId/roadmap/:actionId/updates",
    { ...member, body: progressBody },
    ({ me, param, body }) => roadmap.addUpdate(param("campaignId"), param("actionId"), me.id, body),
  );

  register(server, ctx, "GET /api/dashboard", member, async ({ query }) =>
    ok(await ctx.poster.dashboard(dashboardFilters(query))),
  );

  // Public: the usager's link is the credential (usagers are not in the organisation's Teams).
  register(server, ctx, "GET /api/follow/:token", { audience: "public" }, ({ param }) => follow.get(param("token")));

  register(
    server,
    ctx,
    "POST /api/follow/:token/answer",
    { audience: "public", body: answerBody, invalidKey: "poster.api.invalidBody" },
    ({ param, body }) => follow.answer(param("token"), body),
  );
}
