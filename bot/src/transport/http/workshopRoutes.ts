import QRCode from "qrcode";
import type { Request, Response, Server } from "restify";
import { z } from "zod";
import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import { currentStep, FACILITATOR_COMMAND_TYPES, type FacilitatorCommand } from "../../domain/workshopMachine";
import { defaultWorkshopSettings, PROMPT_KEYS, SETTINGS_LIMITS } from "../../domain/workshopSettings";
import { localeFromAcceptLanguage } from "../../i18n/locale";
import { translate } from "../../i18n/translate";
import type { Versioned } from "../../storage/documentTable";
import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import { normaliseJoinCode } from "../../services/workshop/participantKey";
import { participantActions } from "../../services/workshop/participantActions";
import { domainErrorMessage } from "../../i18n/domainText";
import type { DomainError } from "../../domain/result";
import { commitSchema, editSchema, hideSchema, mergeSchema, proxySchema } from "../../services/workshop/workshopInputs";
import { WORKSHOP_STATES } from "../../services/workshop/workshopRecords";
import { PUBLIC_VERBS } from "../../cards/workshop/workshopVerbs";
import type { Actor } from "../../services/policy";
import { errorBody } from "./errorBody";
import { errorBodyOf } from "./route";
import { statusOf } from "./statusOf";
import type { RouteContext } from "./routeContext";

const actionBody = z.object({ verb: z.enum(PUBLIC_VERBS), data: z.record(z.string(), z.unknown()).default({}) });
const commandBody = z.object({
  type: z.enum(FACILITATOR_COMMAND_TYPES),
  revision: z.number().int().min(0),
  seconds: z.number().int().optional(),
});

/**
 * The workshop over HTTP: the public join API (usagers without an account, identified only by a
 * signed device token) and the facilitator console / stage API (authenticated tab calls).
 */
export function registerWorkshopRoutes(server: Server, ctx: RouteContext): void {
  const { service, views, updater, admissions } = ctx.workshop;
  // Behind Azure's front end the client is the first X-Forwarded-For hop (as for the public rate limits).
  const trustForwardedFor = ctx.config.env === "production";
  const clientOf = (req: Request) =>
    (trustForwardedFor
      ? String(req.headers["x-forwarded-for"] ?? "")
          .split(",")[0]
          ?.trim()
      : undefined) ||
    req.socket.remoteAddress ||
    "unknown";

  function fail(req: Request, res: Response, error: DomainError, extra: Record<string, unknown> = {}) {
    const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
    if (error.code === "joinDevice.tooMany") res.setHeader("Retry-After", String(error.params?.["seconds"] ?? 60));
    res.header("Cache-Control", "no-store");
    // A body the card or form could not have sent is the caller's mistake, as register reports it.
    const status = error.code === "workshop.badInput" ? 400 : statusOf(error.code);
    res.send(status, { ...errorBodyOf(locale, error), ...extra });
  }

  async function byCode(req: Request, res: Response): Promise<Versioned<WorkshopRecord> | undefined> {
    const found = await service.records.byJoinCode(normaliseJoinCode(String(req.params["code"] ?? "")));
    if (!found.ok) {
      fail(req, res, found.error);
      return undefined;
    }
    return found.value;
  }

  function deviceToken(req: Request): string {
    const header = req.headers["x-device-token"];
    return typeof header === "string" ? header : "";
  }

  // ---- Public join API -------------------------------------------------------------------

  server.get("/api/join/:code", async (req: Request, res: Response) => {
    const record = await byCode(req, res);
    if (!record) return;
    res.send(200, {
      campaignName: record.value.campaignName,
      kind: record.value.workshop.kind,
      revision: record.value.workshop.revision,
    });
  });

  server.post("/api/join/:code/devices", async (req: Request, res: Response) => {
    const record = await byCode(req, res);
    if (!record) return;
    const admitted = await admissions.admit(record.value, clientOf(req));
    // The join page waits that long, then asks again by itself.
    if (!admitted.ok)
      return fail(
        req,
        res,
        admitted.error,
        admitted.error.code === "joinDevice.tooMany" ? { retryAfterSeconds: admitted.error.params?.["seconds"] } : {},
      );
    // The facilitator card shows the count too.
    updater.countsChanged({ id: record.value.workshop.campaignId, name: record.value.campaignName }, record.value);
    res.send(201, { token: admitted.value.token });
  });

  server.get("/api/join/:code/card", async (req: Request, res: Response) => {
    const record = await byCode(req, res);
    if (!record) return;
    const campaign = { id: record.value.workshop.campaignId, name: record.value.campaignName };
    const subject = { kind: "device" as const, token: deviceToken(req) };
    const key = service.records.keyOf(record.value, subject);
    if (!key.ok) return fail(req, res, key.error);
    const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
    const card = await views.participant(campaign, record.value, locale, { subject, refresh: false });
    res.send(200, { revision: record.value.workshop.revision, card });
  });

  server.post("/api/join/:code/actions", async (req: Request, res: Response) => {
    const record = await byCode(req, res);
    if (!record) return;
    const input = actionBody.safeParse(req.body);
    if (!input.success) return fail(req, res, { code: "workshop.badInput" });
    const campaign = { id: record.value.workshop.campaignId, name: record.value.campaignName };
    const subject = { kind: "device" as const, token: deviceToken(req) };
    const key = service.records.keyOf(record.value, subject);
    if (!key.ok) return fail(req, res, key.error);
    const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
    const result = await participantActions[input.data.verb](service, record.value, subject, input.data.data);
    if (!result.ok) {
      const card = await views.participant(campaign, record.value, locale, {
        subject,
        refresh: false,
        notice: { text: domainErrorMessage(locale, result.error), tone: "attention" },
      });
      return fail(req, res, result.error, { card });
    }
    updater.countsChanged(campaign, record.value);
    const personal = result.value;
    const card = await views.participant(campaign, record.value, locale, {
      subject,
      refresh: false,
      ...(personal ? { personal } : {}),
      notice: { text: translate(locale, "workshop.thanks"), tone: "good" },
    });
    res.send(200, { revision: record.value.workshop.revision, card });
  });

  // ---- Facilitator console and stage (authenticated) --------------------------------------

  async function facilitatorContext(
    req: Request,
    res: Response,
    forWriting: boolean,
  ): Promise<{ campaign: Campaign; record: Versioned<WorkshopRecord>; actor: Actor } | undefined> {
    const who = await ctx.authenticate(req);
    if (!who.ok) {
      res.send(401, errorBody(req, "unauthorized", "error.unauthorized"));
      return undefined;
    }
    const campaign = await service.records.campaign(String(req.params["campaignId"] ?? ""));
    const kindParam = Number((req.query as Record<string, unknown> | undefined)?.["kind"]);
    const kind: WorkshopNumber | undefined =
      kindParam === 1 || kindParam === 2 || kindParam === 3
        ? kindParam
        : campaign
          ? WORKSHOP_STATES[campaign.state]
          : undefined;
    const record = campaign && kind ? await service.records.load(campaign.id, kind) : undefined;
    if (!campaign || !record) {
      fail(req, res, { code: "workshop.notFound" });
      return undefined;
    }
    const actor: Actor = { aadObjectId: who.identity.id };
    // The stage is shown to the whole room; the console's controls are the facilitator's.
    if (forWriting && !service.records.mayFacilitate(actor, campaign)) {
      fail(req, res, { code: "workshop.forbidden" });
      return undefined;
    }
    return { campaign, record, actor };
  }

  async function liveState(campaign: Campaign, record: WorkshopRecord, actor: Actor) {
    const view = currentStep(record.workshop);
    const join = views.joinOf(record);
    const results = await service.results.stepResults(record);
    // Workshop 3 shows where agents (W1) and usagers (W2) placed the relation, side by side.
    const sides =
      record.workshop.kind === 3
        ? {
            agents: await service.results.scaleSummaryOf(`${campaign.id}.w1`),
            usagers: await service.results.scaleSummaryOf(`${campaign.id}.w2`),
          }
        : undefined;
    const canFacilitate = service.records.mayFacilitate(actor, campaign);
    // Hidden texts stay out of what the stage may show: only a facilitator's state lists them.
    const hidden = canFacilitate ? await service.results.hiddenItems(record) : [];
    return {
      campaign: { id: campaign.id, name: campaign.name },
      kind: record.workshop.kind,
      revision: record.workshop.revision,
      pointer: record.workshop.pointer,
      canFacilitate,
      hidden,
      scaleAllowsComment: record.workshop.settings.scaleAllowsComment,
      step:
        view.screen === "step"
          ? {
              id: view.step.id,
              type: view.step.type,
              prompt: view.step.prompt,
              sequenceTitle: view.sequenceTitle,
              sequenceIndex: view.sequenceIndex,
              sequenceCount: view.sequenceCount,
              stepIndex: view.stepIndex,
              stepCount: view.stepCount,
            }
          : null,
      screen: view.screen,
      results,
      ...(sides ? { sides } : {}),
      join: { ...join, qrSvg: await QRCode.toString(join.url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) },
      // More devices than people in the room is how stuffed ballots show: the facilitator sees the count.
      devices: { joined: await admissions.joined(record.workshop.id), limit: admissions.limits.perWorkshopTotal },
    };
  }

  server.get("/api/workshops/:campaignId", async (req: Request, res: Response) => {
    const found = await facilitatorContext(req, res, false);
    if (!found) return;
    res.send(200, await liveState(found.campaign, found.record.value, found.actor));
  });

  server.post("/api/workshops/:campaignId/commands", async (req: Request, res: Response) => {
    const found = await facilitatorContext(req, res, true);
    if (!found) return;
    const input = commandBody.safeParse(req.body);
    if (!input.success) return fail(req, res, { code: "workshop.badInput" });
    const command = (
      input.data.type === "setCountdown"
        ? { type: "setCountdown", seconds: input.data.seconds ?? 0 }
        : { type: input.data.type }
    ) as FacilitatorCommand;
    const result = await service.commands.command(
      found.campaign,
      found.record.value.workshop.kind,
      found.actor,
      command,
      input.data.revision,
    );
    if (!result.ok) return fail(req, res, result.error);
    if (!result.value.changed)
      return fail(
        req,
        res,
        { code: "workshop.staleVersion" },
        { state: await liveState(found.campaign, result.value.record.value, found.actor) },
      );
    void updater.schedule(found.campaign, result.value.record.value);
    res.send(200, await liveState(found.campaign, result.value.record.value, found.actor));
  });

  const facilitatorWrite = (
    path: string,
    run: (
      body: unknown,
      found: { campaign: Campaign; record: Versioned<WorkshopRecord>; actor: Actor },
    ) => Promise<{ ok: true } | { ok: false; error: DomainError }>,
  ) => {
    server.post(`/api/workshops/:campaignId/${path}`, async (req: Request, res: Response) => {
      const found = await facilitatorContext(req, res, true);
      if (!found) return;
      const result = await run(req.body, found);
      if (!result.ok) return fail(req, res, result.error);
      // Proxy entries, merges and hides change what the facilitator card shows too.
      updater.countsChanged(found.campaign, found.record.value);
      const fresh = (await service.records.load(found.campaign.id, found.record.value.workshop.kind)) ?? found.record;
      res.send(200, await liveState(found.campaign, fresh.value, found.actor));
    });
  };

  facilitatorWrite("merge", async (body, { campaign, record, actor }) => {
    const input = mergeSchema.safeParse(body);
    if (!input.success) return { ok: false, error: { code: "workshop.badInput" } };
    const r = await service.moderation.merge(campaign, record.value, actor, input.data);
    return r.ok ? { ok: true } : r;
  });
  facilitatorWrite("hide", async (body, { campaign, record, actor }) => {
    const input = hideSchema.safeParse(body);
    if (!input.success) return { ok: false, error: { code: "workshop.badInput" } };
    const r = await service.moderation.hide(campaign, record.value, actor, input.data);
    return r.ok ? { ok: true } : r;
  });
  facilitatorWrite("unhide", async (body, { campaign, record, actor }) => {
    const input = hideSchema.safeParse(body);
    if (!input.success) return { ok: false, error: { code: "workshop.badInput" } };
    const r = await service.moderation.unhide(campaign, record.value, actor, input.data);
    return r.ok ? { ok: true } : r;
  });
  // Settings belong to the campaign, before any workshop exists: no workshop lookup here.
  const localised = z.object({ fr: z.string().max(1000), en: z.string().max(1000) });
  const vote = z.object({ budget: z.number().int(), maxPerItem: z.number().int(), keep: z.number().int() });
  const settingsBody = z.object({
    prompts: z.object(
      Object.fromEntries(PROMPT_KEYS.map((k) => [k, localised])) as Record<
        (typeof PROMPT_KEYS)[number],
        typeof localised
      >,
    ),
    sequenceTitles: z.object({
      idealChaotic: localised,
      whereWeStand: localised,
      actions: localised,
      qualities: localised,
      priorities: localised,
    }),
    scaleLabels: z.object({ min: localised, max: localised }),
    scaleAllowsComment: z.boolean(),
    maxContributionLength: z.number().int(),
    maxEntriesPerStep: z.number().int(),
    actionsVote: vote.extend({ enabled: z.boolean() }),
    qualitiesVote: vote,
    prioritiesVote: vote,
    // The version the form was loaded with (null: the built-in settings); without it, last writer wins.
    version: z.string().max(200).nullable().optional(),
  });
  server.get("/api/workshop-settings/:campaignId", async (req: Request, res: Response) => {
    const who = await ctx.authenticate(req);
    if (!who.ok) return void res.send(401, errorBody(req, "unauthorized", "error.unauthorized"));
    const campaign = await service.records.campaign(String(req.params["campaignId"] ?? ""));
    if (!campaign) return fail(req, res, { code: "workshop.notFound" });
    const form = await service.settings.settingsForm(campaign, { aadObjectId: who.identity.id });
    res.send(200, {
      ...form,
      campaignName: campaign.name,
      defaults: defaultWorkshopSettings(),
      limits: SETTINGS_LIMITS,
    });
  });
  server.put("/api/workshop-settings/:campaignId", async (req: Request, res: Response) => {
    const who = await ctx.authenticate(req);
    if (!who.ok) return void res.send(401, errorBody(req, "unauthorized", "error.unauthorized"));
    const campaign = await service.records.campaign(String(req.params["campaignId"] ?? ""));
    if (!campaign) return fail(req, res, { code: "workshop.notFound" });
    const input = settingsBody.safeParse(req.body);
    if (!input.success) return fail(req, res, { code: "workshop.badInput" });
    const { version, ...settings } = input.data;
    const saved = await service.settings.saveSettings(campaign, { aadObjectId: who.identity.id }, settings, version);
    if (!saved.ok) return fail(req, res, saved.error);
    res.send(200, saved.value);
  });

  // Someone in the room without a phone: the facilitator answers for them, flagged as a proxy entry.
  const proxyScaleBody = z.object({
    label: z.string().trim().min(1).max(40),
    value: z.number(),
    comment: z.string().max(5000).optional(),
  });
  const proxyVoteBody = z.object({
    label: z.string().trim().min(1).max(40),
    stepId: z.enum(["actionsVote", "qualitiesVote", "prioritiesVote"]),
    itemId: z.string().min(1).max(100),
    requestId: z.string().min(4).max(64),
    retract: z.boolean().default(false),
  });
  const proxySubject = (actor: Actor, label: string) => ({
    kind: "proxy" as const,
    label: `${actor.aadObjectId ?? ""}:${label.toLowerCase()}`,
  });
  facilitatorWrite("proxy-scale", async (body, { record, actor }) => {
    const input = proxyScaleBody.safeParse(body);
    if (!input.success) return { ok: false, error: { code: "workshop.badInput" } };
    const r = await service.contributions.answerScale(
      record.value,
      proxySubject(actor, input.data.label),
      { value: input.data.value, ...(input.data.comment !== undefined ? { comment: input.data.comment } : {}) },
      true,
    );
    return r.ok ? { ok: true } : r;
  });
  facilitatorWrite("proxy-vote", async (body, { record, actor }) => {
    const input = proxyVoteBody.safeParse(body);
    if (!input.success) return { ok: false, error: { code: "workshop.badInput" } };
    const { label, ...vote } = input.data;
    const r = await service.votes.vote(
      record.value,
      proxySubject(actor, label),
      { ...vote, requestId: `${vote.requestId}|${vote.itemId}|${vote.retract ? "-" : "+"}` },
      true,
    );
    return r.ok ? { ok: true } : r;
  });

  facilitatorWrite("edit", async (body, { campaign, record, actor }) => {
    const input = editSchema.safeParse(body);
    if (!input.success) return { ok: false, error: { code: "workshop.badInput" } };
    const { text, tag, ...rest } = input.data;
    const r = await service.moderation.edit(campaign, record.value, actor, {
      ...rest,
      ...(text !== undefined ? { text } : {}),
      ...(tag !== undefined ? { tag } : {}),
    });
    return r.ok ? { ok: true } : r;
  });
  facilitatorWrite("commitments", async (body, { campaign, record, actor }) => {
    const input = commitSchema.safeParse(body);
    if (!input.success) return { ok: false, error: { code: "workshop.badInput" } };
    const r = await service.moderation.saveCommitment(campaign, record.value, actor, input.data);
    return r.ok ? { ok: true } : r;
  });
  facilitatorWrite("proxy", async (body, { record, actor }) => {
    const input = proxySchema.safeParse(body);
    if (!input.success) return { ok: false, error: { code: "workshop.badInput" } };
    const { label, tag, ...rest } = input.data;
    const r = await service.contributions.contribute(
      record.value,
      proxySubject(actor, label),
      { ...rest, ...(tag ? { tag } : {}) },
      true,
    );
    return r.ok ? { ok: true } : r;
  });
}
