import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import { meetingEndedCard } from "../../cards/workshop/meetingEndedCard";
import { meetingEndedSubmission } from "../../cards/workshop/meetingEndedCardInputs";
import { workshopMeetingEvents } from "./meetingEvents";
import { adaptiveCard, type AdaptiveCard } from "../../cards/adaptiveCard";
import { heading, paragraph, userText } from "../../cards/elements";
import type { FacilitatorCommand } from "../../domain/workshopMachine";
import { translate } from "../../i18n/translate";
import type { StoredConversation } from "../../storage/conversationRepository";
import type { Versioned } from "../../storage/documentTable";
import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { CardActionHandler, CardActionRequest, CardActionResult, ConversationPort } from "../botPorts";
import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";
import type { StepsCardFor } from "../campaign/stepsCardFor";
import type { Actor } from "../policy";
import { doOnce } from "../doOnce";
import { participantActions } from "./participantActions";
import { notifyStepOpened } from "./stepNotice";
import { guestSubject, type Subject } from "./participantKey";
import { domainErrorMessage } from "../../i18n/domainText";
import { commandSubmission, commitSubmission } from "../../cards/workshop/facilitatorCardInputs";
import { hideSubmission, mergeSubmission, unhideSubmission } from "../../cards/workshop/organiseCardInputs";
import { proxyEntryDraftOf, proxyEntrySubmission, type ProxyEntry } from "../../cards/workshop/proxyEntryCardInputs";
import { actionOrigin, WORKSHOP_FORMS, workshopRefSchema } from "../../cards/workshop/workshopActionData";
import type { PersonalState } from "../../contracts/workshopResults";
import { WORKSHOP_STATES } from "./workshopRecords";
import {
  commandOfVerb,
  FACILITATOR_VERBS,
  PUBLIC_VERBS,
  WORKSHOP_VERB,
  type FacilitatorVerb,
  type WorkshopVerb,
} from "../../cards/workshop/workshopVerbs";
import type { WorkshopServices } from "./workshopServices";
import { err, type DomainError, type Result } from "../../domain/result";

/** What a participant's card needs: the campaign's id and name only. */
interface ParticipantLoaded {
  readonly campaign: Pick<Campaign, "id" | "name">;
  readonly record: Versioned<WorkshopRecord>;
}

interface Loaded {
  readonly campaign: Campaign;
  readonly record: Versioned<WorkshopRecord>;
}

/**
 * `steps` answers « atelier » when the campaign is not at a workshop, or its workshop has ended:
 * the campaign's steps card, so people see the next step instead of an old workshop card.
 */
export function workshopFeature(ctx: FeatureContext, workshop: WorkshopServices, steps?: StepsCardFor): Feature {
  const { service, views, updater } = workshop;

  /** A chat is linked to a campaign's workshop when « atelier » opened it there, or when it is the meeting of its pasted link. */
  function linkedTo(campaign: Campaign, conversationId: string): boolean {
    return ([1, 2, 3] as const).some((n) => workshopLinkedTo(campaign, n, conversationId));
  }

  function workshopLinkedTo(campaign: Campaign, kind: WorkshopNumber, conversationId: string): boolean {
    const w = campaign.workshops[kind];
    if (w.conversationId === conversationId) return true;
    // A Teams join link carries the meeting chat's thread id (19:meeting_…@thread.v2), URL-encoded.
    try {
      return w.meetingUrl !== undefined && decodeURIComponent(w.meetingUrl).includes(conversationId);
    } catch {
      return false;
    }
  }

  /** Opens the campaign's workshop `kind` in this chat and remembers the chat as where it runs. */
  async function openHere(port: ConversationPort, campaign: Campaign, kind: WorkshopNumber, actor?: Actor) {
    const opened = await openIn(port, campaign, actor);
    if (opened && campaign.workshops[kind].conversationId !== port.conversation.conversationId) {
      await ctx.repos.campaigns.update(campaign.id, (c) => ({
        ...c,
        workshops: {
          ...c.workshops,
          [kind]: { ...c.workshops[kind], conversationId: port.conversation.conversationId },
        },
      }));
    }
  }

  /** Opens the workshop the campaign is at, or, when there is none to run, says so with the campaign's steps. */
  async function openOrExplain(port: ConversationPort, campaign: Campaign): Promise<void> {
    const kind = WORKSHOP_STATES[campaign.state];
    const record = kind === undefined ? undefined : await service.records.load(campaign.id, kind);
    const ended = record?.value.workshop.pointer.phase === "ended";
    if (kind !== undefined && !ended) return openHere(port, campaign, kind);
    const notice =
      kind !== undefined
        ? translate(port.locale, "campaign.workshop.ended", { number: kind, name: campaign.name })
        : translate(port.locale, "campaign.workshop.notNow", { name: campaign.name });
    if (!steps) return void (await port.sendText(notice));
    const actor = { ...(port.caller.aadObjectId ? { aadObjectId: port.caller.aadObjectId } : {}) };
    const answer = await steps(campaign.id, actor, port.locale, { text: notice, tone: "attention" });
    if (answer.kind === "card") await port.sendCard(answer.card);
    else await port.sendText(answer.text);
  }

  async function actorOf(port: ConversationPort, campaign?: Campaign): Promise<Actor> {
    // A meeting's organiser may make an anonymous guest a presenter: the role does not make them a facilitator.
    if (port.caller.anonymous) return {};
    const aadObjectId = port.caller.aadObjectId;
    // The meeting role costs a connector call: ask only when being coordinator is not enough.
    if (campaign && aadObjectId && campaign.coordinatorIds.includes(aadObjectId)) return { aadObjectId };
    const meetingRole = port.meetingId ? await port.meetingRole() : undefined;
    return { ...(aadObjectId ? { aadObjectId } : {}), ...(meetingRole ? { meetingRole } : {}) };
  }

  /** An anonymous guest answers under a key derived from their Teams id, counted with the usagers and never named. */
  function subjectOf(port: ConversationPort, record: WorkshopRecord): Subject {
    if (port.caller.anonymous) return guestSubject(record.secret, port.caller.teamsId);
    return { kind: "teams", aadObjectId: port.caller.aadObjectId ?? port.caller.teamsId, teamsId: port.caller.teamsId };
  }

  function storedConversation(port: ConversationPort): StoredConversation {
    const at = ctx.clock().toISOString();
    return { ...port.conversation, locale: port.locale, installedAt: at, updatedAt: at };
  }

  async function load(data: Record<string, unknown>): Promise<Result<Loaded>> {
    const ref = workshopRefSchema.safeParse(data);
    if (!ref.success) return err("workshop.badInput");
    const [campaign, record] = await Promise.all([
      service.records.campaign(ref.data.campaignId),
      service.records.load(ref.data.campaignId, ref.data.kind),
    ]);
    if (!campaign || !record) return err("workshop.notFound");
    return { ok: true, value: { campaign, record } };
  }

  const message = (port: ConversationPort, error: DomainError): CardActionResult => ({
    kind: "message",
    text: domainErrorMessage(port.locale, error),
  });

  /** Posts the facilitator card and the participant card, and remembers both for later updates. */
  async function openIn(port: ConversationPort, campaign: Campaign, actor?: Actor): Promise<string | undefined> {
    const opened = await service.commands.open(campaign, actor ?? (await actorOf(port, campaign)));
    if (!opened.ok) {
      await port.sendText(domainErrorMessage(port.locale, opened.error));
      return undefined;
    }
    const record = opened.value.value;
    const conversation = storedConversation(port);
    const kind = record.workshop.kind;
    const facilitatorId = await port.sendCard(await views.facilitator(campaign, record, port.locale));
    if (facilitatorId)
      await service.records.rememberCard(campaign.id, kind, {
        kind: "facilitator",
        activityId: facilitatorId,
        conversation,
      });
    const participantId = await port.sendCard(
      await views.participant(campaign, record, port.locale, { refresh: true }),
    );
    if (participantId)
      await service.records.rememberCard(campaign.id, kind, {
        kind: "participant",
        activityId: participantId,
        conversation,
      });
    return facilitatorId;
  }

  async function participantCardFor(
    port: ConversationPort,
    loaded: ParticipantLoaded,
    notice?: { text: string; tone: "good" | "attention" },
    personal?: PersonalState,
  ): Promise<CardActionResult> {
    const card = await views.participant(loaded.campaign, loaded.record.value, port.locale, {
      subject: subjectOf(port, loaded.record.value),
      refresh: true,
      ...(notice ? { notice } : {}),
      ...(personal ? { personal } : {}),
    });
    return { kind: "card", card };
  }

  async function facilitatorCardFor(
    port: ConversationPort,
    loaded: Loaded,
    error?: DomainError,
  ): Promise<CardActionResult> {
    const notice = error ? { text: domainErrorMessage(port.locale, error), tone: "attention" as const } : undefined;
    return { kind: "card", card: await views.facilitator(loaded.campaign, loaded.record.value, port.locale, notice) };
  }

  /** Runs a facilitator-only change, then answers with the fresh facilitator card. */
  function facilitatorAction(
    change: (request: CardActionRequest, loaded: Loaded, actor: Actor) => Promise<Result<unknown>>,
  ): CardActionHandler {
    return async (request) => {
      const loaded = await load(request.data);
      if (!loaded.ok) return message(request.port, loaded.error);
      const actor = await actorOf(request.port, loaded.value.campaign);
      if (!service.records.mayFacilitate(actor, loaded.value.campaign))
        return message(request.port, { code: "workshop.forbidden" });
      const result = await change(request, loaded.value, actor);
      const fresh =
        (await service.records.load(loaded.value.campaign.id, loaded.value.record.value.workshop.kind)) ??
        loaded.value.record;
      if (actionOrigin(request.data).form === WORKSHOP_FORMS.organise) {
        // Acted on from the « merge or hide » card: that card again, up to date; the facilitator card follows.
        if (result.ok) updater.countsChanged(loaded.value.campaign, fresh.value);
        const locale = request.port.locale;
        const notice = result.ok
          ? { text: translate(locale, "workshop.organise.done"), tone: "good" as const }
          : { text: domainErrorMessage(locale, result.error), tone: "attention" as const };
        return { kind: "card", card: await views.organise(loaded.value.campaign, fresh.value, locale, notice) };
      }
      return facilitatorCardFor(
        request.port,
        { campaign: loaded.value.campaign, record: fresh },
        result.ok ? undefined : result.error,
      );
    };
  }

  const commandHandler =
    (verb: FacilitatorVerb): CardActionHandler =>
    async (request) => {
      const loaded = await load(request.data);
      if (!loaded.ok) return message(request.port, loaded.error);
      const input = commandSubmission.safeParse(request.data);
      if (!input.success) return message(request.port, { code: "workshop.badInput" });
      const type = commandOfVerb(verb);
      const command = (
        type === "setCountdown" ? { type, seconds: input.data.seconds ?? 0 } : { type }
      ) as FacilitatorCommand;
      const { campaign, record } = loaded.value;
      const result = await service.commands.command(
        campaign,
        record.value.workshop.kind,
        await actorOf(request.port, campaign),
        command,
        input.data.revision,
      );
      if (!result.ok) {
        if (result.error.code === "workshop.forbidden") return message(request.port, result.error);
        return facilitatorCardFor(request.port, loaded.value, result.error);
      }
      const next = result.value.record;
      // The clicked card is answered by the invoke itself; the other posted cards are updated in place.
      if (result.value.changed) void updater.schedule(campaign, next.value, request.replyToId);
      // Only the click that opened the step notifies: a resent click finds the revision moved (changed: false).
      if (result.value.changed && type === "openInput")
        await notifyStepOpened(
          { attendees: workshop.stores.attendees, publicBaseUrl: ctx.publicBaseUrl, logger: ctx.logger },
          request.port,
          campaign.id,
          next.value,
        );
      return facilitatorCardFor(request.port, { campaign, record: next });
    };

  /** A participant's click: the workshop as this instance knows it, read at most every WORKSHOP_FRESH_MS (the campaign's name travels with it). */
  async function loadForParticipant(data: Record<string, unknown>): Promise<Result<ParticipantLoaded>> {
    const ref = workshopRefSchema.safeParse(data);
    if (!ref.success) return err("workshop.badInput");
    const record = await service.records.current(ref.data.campaignId, ref.data.kind);
    if (!record) return err("workshop.notFound");
    return { ok: true, value: { campaign: { id: ref.data.campaignId, name: record.value.campaignName }, record } };
  }

  const participantHandler =
    (verb: keyof typeof participantActions): CardActionHandler =>
    async (request) => {
      const loaded = await loadForParticipant(request.data);
      if (!loaded.ok) return message(request.port, loaded.error);
      // Workshop 1 is the agents': a guest's answer there would be counted as an agent's.
      if (request.port.caller.anonymous && loaded.value.record.value.workshop.kind === 1) {
        const notice = {
          text: translate(request.port.locale, "workshop.guest.agentsOnly"),
          tone: "attention" as const,
        };
        return participantCardFor(request.port, loaded.value, notice);
      }
      const result = await participantActions[verb](
        service,
        loaded.value.record.value,
        subjectOf(request.port, loaded.value.record.value),
        request.data,
      );
      if (result.ok) updater.countsChanged(loaded.value.campaign, loaded.value.record.value);
      const notice = result.ok
        ? { text: translate(request.port.locale, "workshop.thanks"), tone: "good" as const }
        : { text: domainErrorMessage(request.port.locale, result.error), tone: "attention" as const };
      return participantCardFor(request.port, loaded.value, notice, result.ok ? result.value : undefined);
    };

  const proxyInput = (data: Record<string, unknown>) => proxyEntrySubmission.safeParse(data);

  /** Keyed by the facilitator and the marker, so each person in the room has their own limits. */
  function addProxy(record: WorkshopRecord, actor: Actor, input: ProxyEntry): Promise<Result<unknown>> {
    const { label, tag, ...rest } = input;
    const subject: Subject = { kind: "proxy", label: `${actor.aadObjectId ?? ""}:${label.toLowerCase()}` };
    return service.contributions.contribute(record, subject, { ...rest, ...(tag ? { tag } : {}) }, true);
  }

  /** An entry from the room's own card: answered with that card again, blank for the next idea, or with what was typed and why it was refused. */
  async function proxyFromCard(request: CardActionRequest): Promise<CardActionResult> {
    const loaded = await load(request.data);
    if (!loaded.ok) return message(request.port, loaded.error);
    const { campaign, record } = loaded.value;
    const actor = await actorOf(request.port, campaign);
    if (!service.records.mayFacilitate(actor, campaign)) return message(request.port, { code: "workshop.forbidden" });
    const locale = request.port.locale;
    const { label = "", text = "" } = proxyEntryDraftOf(request.data);
    const input = proxyInput(request.data);
    const added = input.success ? await addProxy(record.value, actor, input.data) : err("workshop.badInput");
    const fresh = (await service.records.load(campaign.id, record.value.workshop.kind))?.value ?? record.value;
    if (!added.ok) {
      const requestId = actionOrigin(request.data).requestId;
      const notice = { text: domainErrorMessage(locale, added.error), tone: "attention" as const };
      return {
        kind: "card",
        card: views.proxyEntry(campaign, fresh, locale, { label, text, notice, ...(requestId ? { requestId } : {}) }),
      };
    }
    updater.countsChanged(campaign, fresh);
    const notice = { text: translate(locale, "workshop.proxyCard.added", { label }), tone: "good" as const };
    return { kind: "card", card: views.proxyEntry(campaign, fresh, locale, { label, notice }) };
  }

  /**
   * A facilitator's tool card (entries for the room, merge or hide), kept apart from the facilitator
   * card that live counts replace. From the facilitator card: posted once per click (Teams may resend
   * it), and the facilitator card says where it is. From the tool card itself (`inPlace`): refreshed.
   */
  function toolCard(
    postedKey: "workshop.proxyCard.posted" | "workshop.organise.posted",
    build: (request: CardActionRequest, loaded: Loaded) => Promise<AdaptiveCard>,
  ): CardActionHandler {
    return async (request) => {
      const loaded = await load(request.data);
      if (!loaded.ok) return message(request.port, loaded.error);
      const actor = await actorOf(request.port, loaded.value.campaign);
      if (!service.records.mayFacilitate(actor, loaded.value.campaign))
        return message(request.port, { code: "workshop.forbidden" });
      const card = await build(request, loaded.value);
      const origin = actionOrigin(request.data);
      if (origin.inPlace === true) return { kind: "card", card };
      const requestId = origin.requestId ?? "";
      if (requestId === "") await request.port.sendCard(card);
      else {
        const once = await doOnce(
          { claims: ctx.repos.processedActivities, clock: ctx.clock, logger: ctx.logger },
          request.port.conversation.conversationId,
          `tool-card:${requestId}`,
          () => request.port.sendCard(card),
        );
        // The same click still being posted by another delivery: nothing to confirm yet.
        if (!once.ran && once.why === "busy")
          return { kind: "message", text: translate(request.port.locale, "error.actionTryAgain") };
      }
      const notice = { text: translate(request.port.locale, postedKey), tone: "good" as const };
      return {
        kind: "card",
        card: await views.facilitator(loaded.value.campaign, loaded.value.record.value, request.port.locale, notice),
      };
    };
  }

  const cardActions: { readonly [V in WorkshopVerb]: CardActionHandler } = {
    [WORKSHOP_VERB.open]: async (request) => {
      const ref = workshopRefSchema.pick({ campaignId: true }).safeParse(request.data);
      const campaign = ref.success ? await service.records.campaign(ref.data.campaignId) : undefined;
      if (!campaign) return message(request.port, { code: "workshop.notFound" });
      await openOrExplain(request.port, campaign);
      return { kind: "message", text: translate(request.port.locale, "workshop.thanks") };
    },
    [WORKSHOP_VERB.refresh]: async (request) => {
      const loaded = await load(request.data);
      if (!loaded.ok) return message(request.port, loaded.error);
      if (actionOrigin(request.data).view === "facilitator") {
        const actor = await actorOf(request.port, loaded.value.campaign);
        if (service.records.mayFacilitate(actor, loaded.value.campaign))
          return facilitatorCardFor(request.port, loaded.value);
      }
      return participantCardFor(request.port, loaded.value);
    },
    [WORKSHOP_VERB.keepPaused]: async (request) => {
      const input = meetingEndedSubmission.safeParse(request.data);
      if (!input.success) return message(request.port, { code: "workshop.badInput" });
      const loaded = await load(request.data);
      if (!loaded.ok) return message(request.port, loaded.error);
      const { campaign } = loaded.value;
      if (!service.records.mayFacilitate(await actorOf(request.port, campaign), campaign))
        return message(request.port, { code: "workshop.forbidden" });
      // Resumed or ended since the question was asked: the workshop as it is now.
      if (loaded.value.record.value.workshop.pointer.phase !== "paused")
        return facilitatorCardFor(request.port, loaded.value);
      // Nothing to change: the meeting's end paused it already. The question is answered for all to see.
      const locale = request.port.locale;
      const card = meetingEndedCard(
        { campaign: { id: campaign.id, name: campaign.name }, kind: input.data.kind, revision: input.data.revision },
        locale,
        { text: translate(locale, "workshop.meetingEnded.kept"), tone: "good" },
      );
      if (request.replyToId) await request.port.updateCard(request.replyToId, card);
      return { kind: "card", card };
    },
    [WORKSHOP_VERB.contribute]: participantHandler(WORKSHOP_VERB.contribute),
    [WORKSHOP_VERB.scale]: participantHandler(WORKSHOP_VERB.scale),
    [WORKSHOP_VERB.vote]: participantHandler(WORKSHOP_VERB.vote),
    [WORKSHOP_VERB.unvote]: participantHandler(WORKSHOP_VERB.unvote),
    [WORKSHOP_VERB.merge]: facilitatorAction(async ({ data }, { campaign, record }, actor) => {
      const input = mergeSubmission.safeParse(data);
      if (!input.success) return err("workshop.badInput");
      return service.moderation.merge(campaign, record.value, actor, input.data);
    }),
    [WORKSHOP_VERB.hide]: facilitatorAction(async ({ data }, { campaign, record }, actor) => {
      const input = hideSubmission.safeParse(data);
      if (!input.success) return err("workshop.badInput");
      return service.moderation.hide(campaign, record.value, actor, input.data);
    }),
    [WORKSHOP_VERB.unhide]: facilitatorAction(async ({ data }, { campaign, record }, actor) => {
      const input = unhideSubmission.safeParse(data);
      if (!input.success) return err("workshop.badInput");
      return service.moderation.unhide(campaign, record.value, actor, input.data);
    }),
    [WORKSHOP_VERB.commit]: facilitatorAction(async ({ data }, { campaign, record }, actor) => {
      const input = commitSubmission.safeParse(data);
      if (!input.success) return err("workshop.badInput");
      return service.moderation.saveCommitment(campaign, record.value, actor, input.data);
    }),
    [WORKSHOP_VERB.proxy]: async (request) => {
      if (actionOrigin(request.data).form === WORKSHOP_FORMS.proxy) return proxyFromCard(request);
      return facilitatorAction(async ({ data }, { record }, actor) => {
        const input = proxyInput(data);
        if (!input.success) return err("workshop.badInput");
        return addProxy(record.value, actor, input.data);
      })(request);
    },
    [WORKSHOP_VERB.proxyForm]: toolCard("workshop.proxyCard.posted", (request, { campaign, record }) => {
      const options = actionOrigin(request.data).inPlace === true ? proxyEntryDraftOf(request.data) : {};
      return Promise.resolve(views.proxyEntry(campaign, record.value, request.port.locale, options));
    }),
    [WORKSHOP_VERB.organiseForm]: toolCard("workshop.organise.posted", (request, { campaign, record }) =>
      views.organise(campaign, record.value, request.port.locale),
    ),
    ...(Object.fromEntries(FACILITATOR_VERBS.map((verb) => [verb, commandHandler(verb)])) as {
      [V in FacilitatorVerb]: CardActionHandler;
    }),
  };

  const meetingEvents = workshopMeetingEvents({
    workshop,
    listCampaigns: async () => (await ctx.repos.campaigns.list()).filter((c) => c.state !== "closed"),
    linkedTo: workshopLinkedTo,
    open: (port, campaign, actor) => {
      const kind = WORKSHOP_STATES[campaign.state];
      return kind === undefined ? Promise.resolve() : openHere(port, campaign, kind, actor);
    },
  });

  return {
    name: "workshop",
    meetingEvents,
    // Answering a card is all an anonymous meeting guest may do.
    guestVerbs: [...PUBLIC_VERBS, WORKSHOP_VERB.refresh],
    commands: {
      workshop: async ({ port }) => {
        // The campaigns linked to this chat first (its meeting, or where « atelier » ran before), else every campaign at a workshop.
        const open = (await ctx.repos.campaigns.list()).filter((c) => c.state !== "closed");
        const linked = open.filter((c) => linkedTo(c, port.conversation.conversationId));
        const campaigns = linked.length > 0 ? linked : open.filter((c) => WORKSHOP_STATES[c.state] !== undefined);
        if (campaigns.length === 0) {
          await port.sendText(domainErrorMessage(port.locale, { code: "workshop.noCampaign" }));
          return;
        }
        const [only] = campaigns;
        if (campaigns.length === 1 && only) {
          await openOrExplain(port, only);
          return;
        }
        const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
          translate(port.locale, key, params);
        const stateLabel = (c: Campaign) => {
          const kind = WORKSHOP_STATES[c.state];
          return kind === undefined ? t(`state.${c.state}`) : t(`workshop.kind.${kind}`);
        };
        const body = [heading(t("workshop.chooseCampaign"))];
        const card = adaptiveCard(
          [
            ...body,
            ...campaigns.map((c) => ({ ...userText(c.name), separator: true })),
            paragraph(campaigns.map((c, i) => `${i + 1}. ${stateLabel(c)}`).join("\n\n"), { subtle: true }),
          ],
          campaigns.slice(0, 5).map((c, i) => ({
            type: "Action.Execute",
            title: t("workshop.action.open", { name: String(i + 1) }),
            verb: WORKSHOP_VERB.open,
            data: { campaignId: c.id },
          })),
        );
        await port.sendCard(card);
      },
    },
    cardActions,
  };
}
