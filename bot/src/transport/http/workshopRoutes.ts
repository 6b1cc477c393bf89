import QRCode from "qrcode";
import type { Request, Server } from "restify";
import { z } from "zod";
import type { AnswerOf, BodyOf, LiveWriteKey } from "../../contracts/api";
import type {
  JoinCardDto,
  CommandBody,
  CommitmentBody,
  EditBody,
  ItemBody,
  JoinActionBody,
  LiveStateDto,
  MergeBody,
  ProxyBody,
  ProxyScaleBody,
  ProxyVoteBody,
  SettingsBody,
} from "../../contracts/workshopApi";
import { PUBLIC_VERBS, type PublicVerb } from "../../cards/workshop/workshopVerbs";
import { requestIdField } from "../../cards/workshop/workshopActionData";
import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import { CONTRIBUTION_STEP_IDS } from "../../domain/contributions";
import { err, ok, type DomainError, type Result } from "../../domain/result";
import {
  allowedCommands,
  currentStep,
  FACILITATOR_COMMAND_TYPES,
  type FacilitatorCommand,
} from "../../domain/workshopMachine";
import { defaultWorkshopSettings, PROMPT_KEYS, SETTINGS_LIMITS } from "../../domain/workshopSettings";
import { COMMIT_PARTIES, SEQUENCE_IDS } from "../../domain/workshopTemplate";
import { domainErrorMessage } from "../../i18n/domainText";
import { translate } from "../../i18n/translate";
import type { Versioned } from "../../storage/documentTable";
import { workshopIdOf, type WorkshopRecord } from "../../storage/workshop/workshopRepository";
import { normaliseJoinCode, type Subject } from "../../services/workshop/participantKey";
import { participantActions } from "../../services/workshop/participantActions";
import { WORKSHOP_STATES } from "../../services/workshop/workshopRecords";
import type { Actor } from "../../services/policy";
import { ANSWERED, errorBodyOf, register, type Audience, type Call, type Reply } from "./route";
import type { RouteContext } from "./routeContext";
import { statusOf } from "./statusOf";

const contributionStep = z.enum(CONTRIBUTION_STEP_IDS);
const voteStep = z.enum(["actionsVote", "qualitiesVote", "prioritiesVote"]);
const itemId = z.string().min(1).max(100);
const proxyLabel = z.string().trim().min(1).max(40);

const actionBody = z.object({
  verb: z.enum(PUBLIC_VERBS),
  data: z.record(z.string(), z.unknown()).default({}),
}) satisfies z.ZodType<JoinActionBody>;
const commandBody = z.object({
  type: z.enum(FACILITATOR_COMMAND_TYPES),
  revision: z.number().int().min(0),
  seconds: z.number().int().optional(),
}) satisfies z.ZodType<CommandBody>;
const mergeBody = z.object({
  stepId: contributionStep,
  keepId: itemId,
  // The card's multi-select answers "a,b,c"; the console sends a list.
  mergeIds: z.union([z.string(), z.array(itemId)]),
}) satisfies z.ZodType<MergeBody>;
const itemBody = z.object({ stepId: contributionStep, id: itemId }) satisfies z.ZodType<ItemBody>;
const editBody = itemBody.extend({
  text: z.string().max(5000).optional(),
  tag: z.enum(COMMIT_PARTIES).optional(),
}) satisfies z.ZodType<EditBody>;
const commitmentBody = z.object({
  sourceItemId: itemId,
  party: z.string().max(20),
  text: z.string().max(5000),
}) satisfies z.ZodType<CommitmentBody>;
const proxyBody = z.object({
  stepId: contributionStep,
  label: proxyLabel,
  text: z.string().max(5000).default(""),
  tag: z.string().max(20).optional(),
  requestId: requestIdField,
}) satisfies z.ZodType<ProxyBody>;
const proxyScaleBody = z.object({
  label: proxyLabel,
  value: z.number(),
  comment: z.string().max(5000).optional(),
}) satisfies z.ZodType<ProxyScaleBody>;
const proxyVoteBody = z.object({
  label: proxyLabel,
  stepId: voteStep,
  itemId,
  requestId: requestIdField,
  retract: z.boolean().default(false),
}) satisfies z.ZodType<ProxyVoteBody>;

// Settings belong to the campaign, before any workshop exists: no workshop lookup for them.
const localised = z.object({ fr: z.string().max(1000), en: z.string().max(1000) });
const vote = z.object({ budget: z.number().int(), maxPerItem: z.number().int(), keep: z.number().int() });
const settingsBody = z.object({
  prompts: z.object(
    Object.fromEntries(PROMPT_KEYS.map((k) => [k, localised])) as Record<
      (typeof PROMPT_KEYS)[number],
      typeof localised
    >,
  ),
  sequenceTitles: z.object(
    Object.fromEntries(SEQUENCE_IDS.map((k) => [k, localised])) as Record<
      (typeof SEQUENCE_IDS)[number],
      typeof localised
    >,
  ),
  scaleLabels: z.object({ min: localised, max: localised }),
  scaleAllowsComment: z.boolean(),
  maxContributionLength: z.number().int(),
  maxEntriesPerStep: z.number().int(),
  actionsVote: vote.extend({ enabled: z.boolean() }),
  qualitiesVote: vote,
  prioritiesVote: vote,
  version: z.string().max(200).nullable().optional(),
}) satisfies z.ZodType<SettingsBody>;

interface Facilitation {
  readonly campaign: Campaign;
  readonly record: Versioned<WorkshopRecord>;
  readonly actor: Actor;
}

/**
 * The workshop over HTTP: the public join API (usagers without an account, identified only by a
 * signed device token) and the facilitator console / stage API (members of the organisation).
 */
export function registerWorkshopRoutes(server: Server, ctx: RouteContext): void {
  const { service, views, updater, admissions } = ctx.workshop;
  const { records, commands, contributions, votes, results, moderation, settings } = service;
  const member = { audience: "member" } as const;
  const anyone = { audience: "public" } as const;
  const memberWith = <B>(body: z.ZodType<B>) => ({ ...member, body }) as const;
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

  const byCode = (call: { param(name: string): string }) => records.byJoinCode(normaliseJoinCode(call.param("code")));

  const deviceOf = (req: Request): Subject => {
    const header = req.headers["x-device-token"];
    return { kind: "device", token: typeof header === "string" ? header : "" };
  };

  const campaignOf = (record: WorkshopRecord) => ({ id: record.workshop.campaignId, name: record.campaignName });

  // ---- Public join API -------------------------------------------------------------------

  // Answered after the end too, so a page polling it learns that the workshop is over.
  register(server, ctx, "GET /api/join/:code", anyone, async (call) => {
    const found = await records.byJoinCodeEvenEnded(normaliseJoinCode(call.param("code")));
    if (!found.ok) return found;
    const { campaignName, workshop } = found.value.value;
    return ok({
      campaignName,
      kind: workshop.kind,
      revision: workshop.revision,
      ended: workshop.pointer.phase === "ended",
    });
  });

  register(server, ctx, "POST /api/join/:code/devices", { ...anyone, okStatus: 201 }, async (call) => {
    const found = await byCode(call);
    if (!found.ok) return found;
    const record = found.value.value;
    const admitted = await admissions.admit(record, clientOf(call.req));
    if (!admitted.ok) {
      // The join page waits that long, then asks again by itself.
      const seconds = admitted.error.params?.["seconds"];
      if (seconds !== undefined) call.res.header("Retry-After", String(seconds));
      return admitted;
    }
    // The facilitator card shows the count too.
    updater.countsChanged(campaignOf(record), record);
    return ok({ token: admitted.value.token });
  });

  /** The workshop of the address's code and the calling device, when the device's token is its own. */
  const deviceIn = async (call: { param(name: string): string; req: Request }) => {
    const found = await byCode(call);
    if (!found.ok) return found;
    const record = found.value.value;
    const subject = deviceOf(call.req);
    const key = records.keyOf(record, subject);
    if (!key.ok) return key;
    return ok({ record, subject });
  };

  register(server, ctx, "GET /api/join/:code/card", anyone, async (call) => {
    const device = await deviceIn(call);
    if (!device.ok) return device;
    const { record, subject } = device.value;
    const card = await views.participant(campaignOf(record), record, call.locale, { subject, refresh: false });
    return ok({ revision: record.workshop.revision, card });
  });

  /**
   * A participant's answer from a card the tab renders (a phone's join page, a member's side panel):
   * the same verbs as in Teams, answered with the card after it, or, refused, with the card saying
   * why in the caller's language beside the error.
   */
  async function answer(
    call: Pick<Call<JoinActionBody, Audience>, "body" | "locale" | "res">,
    record: WorkshopRecord,
    subject: Subject,
  ): Promise<Reply<JoinCardDto>> {
    const campaign = campaignOf(record);
    // The schema let only the public verbs through.
    const verb = call.body.verb as PublicVerb;
    const result = await participantActions[verb](service, record, subject, call.body.data);
    if (!result.ok) {
      const card = await views.participant(campaign, record, call.locale, {
        subject,
        refresh: false,
        notice: { text: domainErrorMessage(call.locale, result.error), tone: "attention" },
      });
      call.res.header("Cache-Control", "no-store");
      call.res.send(statusOf(result.error.code), { ...errorBodyOf(call.locale, result.error), card });
      return ANSWERED;
    }
    updater.countsChanged(campaign, record);
    const card = await views.participant(campaign, record, call.locale, {
      subject,
      refresh: false,
      ...(result.value ? { personal: result.value } : {}),
      notice: { text: translate(call.locale, "workshop.thanks"), tone: "good" },
    });
    return ok({ revision: record.workshop.revision, card });
  }

  register(server, ctx, "POST /api/join/:code/actions", { ...anyone, body: actionBody }, async (call) => {
    const device = await deviceIn(call);
    if (!device.ok) return device;
    return answer(call, device.value.record, device.value.subject);
  });

  // ---- Facilitator console and stage (members) -------------------------------------------

  /** The workshop of `?kind=` (by default the one the campaign is at) and who is asking. */
  async function facilitation<B>(call: Call<B, "member">, forWriting: boolean): Promise<Result<Facilitation>> {
    const campaign = await records.campaign(call.param("campaignId"));
    const asked = Number(call.query.get("kind"));
    const kind: WorkshopNumber | undefined =
      asked === 1 || asked === 2 || asked === 3 ? asked : campaign ? WORKSHOP_STATES[campaign.state] : undefined;
    const record = campaign && kind ? await records.load(campaign.id, kind) : undefined;
    if (!campaign || !record) return err("workshop.notFound");
    const actor: Actor = { aadObjectId: call.me.id };
    // The stage is shown to the whole room; the console's controls are the facilitator's.
    if (forWriting && !records.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    return ok({ campaign, record, actor });
  }

  async function liveState(campaign: Campaign, record: WorkshopRecord, actor: Actor): Promise<LiveStateDto> {
    const workshop = record.workshop;
    const view = currentStep(workshop);
    const join = views.joinOf(record);
    const canFacilitate = records.mayFacilitate(actor, campaign);
    const [stepResults, sides, hidden, joined, qrSvg] = await Promise.all([
      results.stepResults(record),
      // Workshop 3 shows where agents (W1) and usagers (W2) placed the relation, side by side.
      workshop.kind === 3
        ? Promise.all([
            results.scaleSummaryOf(workshopIdOf(campaign.id, 1)),
            results.scaleSummaryOf(workshopIdOf(campaign.id, 2)),
          ]).then(([agents, usagers]) => ({ agents, usagers }))
        : undefined,
      // Hidden texts stay out of what the stage may show: only a facilitator's state lists them.
      canFacilitate ? results.hiddenItems(record) : [],
      admissions.joined(workshop.id),
      QRCode.toString(join.url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
    ]);
    return {
      campaign: { id: campaign.id, name: campaign.name },
      kind: workshop.kind,
      revision: workshop.revision,
      pointer: workshop.pointer,
      canFacilitate,
      allowedCommands: canFacilitate ? allowedCommands(workshop, ctx.clock()) : [],
      hidden,
      scaleAllowsComment: workshop.settings.scaleAllowsComment,
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
      results: stepResults,
      ...(sides ? { sides } : {}),
      join: { ...join, qrSvg },
      // More devices than people in the room is how stuffed ballots show: the facilitator sees the count.
      devices: { joined, limit: admissions.limits.perWorkshopTotal },
    };
  }

  register(server, ctx, "GET /api/workshops/:campaignId", member, async (call) => {
    const found = await facilitation(call, false);
    if (!found.ok) return found;
    const { campaign, record, actor } = found.value;
    return ok(await liveState(campaign, record.value, actor));
  });

  // ---- A member's own participant card (the meeting side panel) ------------------------------

  // The same card, verbs and participant key as the card the bot sends the member in Teams, so an
  // answer given in the side panel is the one the chat's card shows, and counts once.
  const memberSubject = (me: { readonly id: string }): Subject => ({ kind: "teams", aadObjectId: me.id });

  register(server, ctx, "GET /api/workshops/:campaignId/card", member, async (call) => {
    const found = await facilitation(call, false);
    if (!found.ok) return found;
    const record = found.value.record.value;
    const card = await views.participant(campaignOf(record), record, call.locale, {
      subject: memberSubject(call.me),
      refresh: false,
    });
    return ok({ revision: record.workshop.revision, card });
  });

  register(server, ctx, "POST /api/workshops/:campaignId/card", memberWith(actionBody), async (call) => {
    const found = await facilitation(call, false);
    if (!found.ok) return found;
    const record = found.value.record.value;
    const subject = memberSubject(call.me);
    return answer(call, record, subject);
  });

  register(server, ctx, "POST /api/workshops/:campaignId/commands", memberWith(commandBody), async (call) => {
    const found = await facilitation(call, true);
    if (!found.ok) return found;
    const { campaign, record, actor } = found.value;
    const { type, seconds, revision } = call.body;
    const command = (type === "setCountdown" ? { type, seconds: seconds ?? 0 } : { type }) as FacilitatorCommand;
    const moved = await commands.commandFresh(campaign, record.value.workshop.kind, actor, command, revision);
    if (!moved.ok) return moved;
    void updater.schedule(campaign, moved.value.value);
    return ok(await liveState(campaign, moved.value.value, actor));
  });

  /** A facilitator's change to the step's contributions or answers, answered with the live state after it. */
  const facilitatorWrite = <K extends LiveWriteKey>(
    key: K,
    body: z.ZodType<BodyOf<K>>,
    run: (input: BodyOf<K>, found: Facilitation) => Promise<Result<unknown, DomainError>>,
  ): void => {
    const handle = async (call: Call<BodyOf<K>, "member">): Promise<Reply<LiveStateDto>> => {
      const found = await facilitation(call, true);
      if (!found.ok) return found;
      const result = await run(call.body, found.value);
      if (!result.ok) return result;
      const { campaign, record, actor } = found.value;
      // Proxy entries, merges and hides change what the facilitator card shows too.
      updater.countsChanged(campaign, record.value);
      const fresh = (await records.load(campaign.id, record.value.workshop.kind)) ?? record;
      return ok(await liveState(campaign, fresh.value, actor));
    };
    // Every K here answers LiveStateDto (LiveWriteKey); TypeScript cannot see it through the generic.
    register(
      server,
      ctx,
      key,
      memberWith(body),
      handle as (call: Call<BodyOf<K>, "member">) => Promise<Reply<AnswerOf<K>>>,
    );
  };

  // Someone in the room without a phone: the facilitator answers for them, flagged as a proxy entry.
  const proxySubject = (actor: Actor, label: string): Subject => ({
    kind: "proxy",
    label: `${actor.aadObjectId ?? ""}:${label.toLowerCase()}`,
  });

  facilitatorWrite("POST /api/workshops/:campaignId/merge", mergeBody, (input, { campaign, record, actor }) =>
    moderation.merge(campaign, record.value, actor, {
      ...input,
      mergeIds: typeof input.mergeIds === "string" ? input.mergeIds.split(",").filter(Boolean) : input.mergeIds,
    }),
  );
  facilitatorWrite("POST /api/workshops/:campaignId/hide", itemBody, (input, { campaign, record, actor }) =>
    moderation.hide(campaign, record.value, actor, input),
  );
  facilitatorWrite("POST /api/workshops/:campaignId/unhide", itemBody, (input, { campaign, record, actor }) =>
    moderation.unhide(campaign, record.value, actor, input),
  );
  facilitatorWrite("POST /api/workshops/:campaignId/edit", editBody, (input, { campaign, record, actor }) => {
    const { text, tag, ...rest } = input;
    return moderation.edit(campaign, record.value, actor, {
      ...rest,
      ...(text !== undefined ? { text } : {}),
      ...(tag !== undefined ? { tag } : {}),
    });
  });
  facilitatorWrite(
    "POST /api/workshops/:campaignId/commitments",
    commitmentBody,
    (input, { campaign, record, actor }) => moderation.saveCommitment(campaign, record.value, actor, input),
  );
  facilitatorWrite("POST /api/workshops/:campaignId/proxy", proxyBody, (input, { record, actor }) => {
    const { label, tag, ...rest } = input;
    return contributions.contribute(
      record.value,
      proxySubject(actor, label),
      { ...rest, ...(tag ? { tag } : {}) },
      true,
    );
  });
  facilitatorWrite("POST /api/workshops/:campaignId/proxy-scale", proxyScaleBody, (input, { record, actor }) =>
    contributions.answerScale(
      record.value,
      proxySubject(actor, input.label),
      { value: input.value, ...(input.comment !== undefined ? { comment: input.comment } : {}) },
      true,
    ),
  );
  facilitatorWrite("POST /api/workshops/:campaignId/proxy-vote", proxyVoteBody, (input, { record, actor }) => {
    const { label, ...vote } = input;
    // The item and direction are part of the request key: two buttons of one card are two requests.
    const requestId = `${vote.requestId}|${vote.itemId}|${vote.retract ? "-" : "+"}`;
    return votes.vote(
      record.value,
      proxySubject(actor, label),
      { ...vote, requestId, retract: vote.retract ?? false },
      true,
    );
  });

  register(server, ctx, "GET /api/workshop-settings/:campaignId", member, async (call) => {
    const campaign = await records.campaign(call.param("campaignId"));
    if (!campaign) return err("workshop.notFound");
    const form = await settings.settingsForm(campaign, { aadObjectId: call.me.id });
    return ok({ ...form, campaignName: campaign.name, defaults: defaultWorkshopSettings(), limits: SETTINGS_LIMITS });
  });

  register(server, ctx, "PUT /api/workshop-settings/:campaignId", memberWith(settingsBody), async (call) => {
    const campaign = await records.campaign(call.param("campaignId"));
    if (!campaign) return err("workshop.notFound");
    const { version, ...edited } = call.body;
    return settings.saveSettings(campaign, { aadObjectId: call.me.id }, edited, version);
  });
}
