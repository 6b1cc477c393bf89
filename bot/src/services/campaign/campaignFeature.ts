import { z } from "zod";
import { ROLE_INPUTS, type CampaignVerb } from "../../cards/campaign/campaignVerbs";
import { rolesCard } from "../../cards/campaign/rolesCard";
import { adaptiveCard } from "../../cards/adaptiveCard";
import { heading, userText } from "../../cards/elements";
import { CAMPAIGN_STATES, STAFF_ROLES, type Campaign, type CampaignState } from "../../domain/campaign";
import { roleOf } from "../../domain/campaignRoles";
import { translate } from "../../i18n/translate";
import type { Locale } from "../../i18n/locale";
import type { RecruitmentRecordRepository } from "../../storage/recruitment/recruitmentRecordRepository";
import type { CardActionHandler, CardActionRequest, CardActionResult, ConversationPort } from "../botPorts";
import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";
import { refusalText } from "../../cards/campaign/refusalText";
import type { CampaignServices } from "./campaignServices";
import { campaignReminderWorker, type ReminderWorker } from "./campaignReminders";
import { stepsCardFor } from "./stepsCardFor";
import { ReminderLogRepository } from "../../storage/reminderLogRepository";

const refSchema = z.object({ campaignId: z.string().min(1).max(200) });
const moveSchema = refSchema.extend({ from: z.enum(CAMPAIGN_STATES), to: z.enum(CAMPAIGN_STATES) });
const assignSchema = refSchema.extend({
  [ROLE_INPUTS.person]: z.string().min(1).max(200),
  [ROLE_INPUTS.role]: z.enum(STAFF_ROLES),
});
const removeSchema = refSchema.extend({ person: z.string().min(1).max(200) });

/** How many campaigns a « choose one » card offers: more would not fit a chat card. */
const MAX_CHOICES = 5;

/**
 * The campaign in Teams: « étapes » shows where it stands with one button for the next step,
 * « rôles » names who coordinates, manages and reads it. Both are the campaign page's doors in a chat.
 */
export function campaignFeature(
  ctx: FeatureContext,
  services: CampaignServices,
  records: RecruitmentRecordRepository,
): Feature & { readonly reminders: ReminderWorker } {
  const actorOf = (port: ConversationPort) => ({
    ...(port.caller.aadObjectId ? { aadObjectId: port.caller.aadObjectId } : {}),
    ...(port.caller.name ? { name: port.caller.name } : {}),
  });

  /** The open campaigns the caller has a role in; those created in this team first, if any. */
  async function campaignsFor(port: ConversationPort): Promise<Campaign[]> {
    const id = port.caller.aadObjectId;
    if (!id) return [];
    const mine = (await ctx.repos.campaigns.list()).filter((c) => c.state !== "closed" && roleOf(c, id) !== undefined);
    const teamId = port.conversation.teamId;
    if (!teamId || mine.length <= 1) return mine;
    const here = new Set((await records.list()).filter((r) => r.home?.teamId === teamId).map((r) => r.campaignId));
    const inTeam = mine.filter((c) => here.has(c.id));
    return inTeam.length > 0 ? inTeam : mine;
  }

  const stepsFor = stepsCardFor(ctx, services);
  const stepsCard = (
    campaignId: string,
    port: ConversationPort,
    notice?: { text: string; tone: "good" | "attention" },
  ) => stepsFor(campaignId, actorOf(port), port.locale, notice);

  async function rolesFor(
    campaignId: string,
    port: ConversationPort,
    notice?: { text: string; tone: "good" | "attention" },
  ): Promise<CardActionResult> {
    const actor = actorOf(port);
    // In the campaign's team channel the member list is read afresh, so the choices are current.
    const teamId = port.conversation.teamId;
    if (teamId && port.conversation.conversationType === "channel") {
      const members: { id: string; name: string }[] = [];
      for await (const m of port.teamMembers()) if (m.aadObjectId) members.push({ id: m.aadObjectId, name: m.name });
      if (members.length > 0) await services.people.rememberRoster(teamId, members);
    }
    const [campaign, roster] = await Promise.all([
      ctx.repos.campaigns.get(campaignId),
      services.people.roster(campaignId, actor, "", false, 100),
    ]);
    if (!campaign) return { kind: "message", text: refusalText(port.locale, { code: "campaign.notFound" }) };
    if (!roster.ok) return { kind: "message", text: refusalText(port.locale, roster.error) };
    const card = rolesCard(
      {
        campaignId,
        campaignName: campaign.value.name,
        staff: services.people.staffOf(campaign.value, port.locale),
        candidates: roster.value.members,
        ...(notice ? { notice } : {}),
      },
      port.locale,
    );
    return { kind: "card", card };
  }

  function chooser(campaigns: readonly Campaign[], locale: Locale, verb: CampaignVerb) {
    const t = (key: "campaign.steps.choose" | "campaign.steps.show", params?: Record<string, string>) =>
      translate(locale, key, params);
    return adaptiveCard(
      [
        heading(t("campaign.steps.choose")),
        ...campaigns.slice(0, MAX_CHOICES).map((c) => ({ ...userText(c.name), separator: true })),
      ],
      campaigns.slice(0, MAX_CHOICES).map((c) => ({
        type: "Action.Execute" as const,
        title: t("campaign.steps.show", { name: c.name }),
        verb,
        data: { campaignId: c.id },
      })),
    );
  }

  async function command(port: ConversationPort, verb: "campaign.steps" | "campaign.roles"): Promise<void> {
    const campaigns = await campaignsFor(port);
    const [only] = campaigns;
    if (!only) return void (await port.sendText(translate(port.locale, "campaign.steps.none")));
    if (campaigns.length > 1) return void (await port.sendCard(chooser(campaigns, port.locale, verb)));
    const answer = verb === "campaign.steps" ? await stepsCard(only.id, port) : await rolesFor(only.id, port);
    if (answer.kind === "card") await port.sendCard(answer.card);
    else await port.sendText(answer.text);
  }

  const bad = (request: CardActionRequest): CardActionResult => ({
    kind: "message",
    text: translate(request.port.locale, "card.unknownAction"),
  });

  const cardActions: { readonly [V in CampaignVerb]: CardActionHandler } = {
    "campaign.steps": async (request) => {
      const ref = refSchema.safeParse(request.data);
      return ref.success ? stepsCard(ref.data.campaignId, request.port) : bad(request);
    },
    "campaign.move": async (request) => {
      const input = moveSchema.safeParse(request.data);
      if (!input.success) return bad(request);
      const { campaignId, from, to } = input.data;
      const locale = request.port.locale;
      const moved = await services.progress.move(campaignId, actorOf(request.port), { from, to }, locale);
      if (!moved.ok)
        return stepsCard(campaignId, request.port, { text: refusalText(locale, moved.error), tone: "attention" });
      return stepsCard(campaignId, request.port, {
        text: translate(locale, "campaign.steps.moved", {
          state: translate(locale, `state.${moved.value.campaign.state as CampaignState}`),
        }),
        tone: "good",
      });
    },
    "campaign.roles": async (request) => {
      const ref = refSchema.safeParse(request.data);
      return ref.success ? rolesFor(ref.data.campaignId, request.port) : bad(request);
    },
    "campaign.role.assign": async (request) => {
      const input = assignSchema.safeParse(request.data);
      if (!input.success) {
        const ref = refSchema.safeParse(request.data);
        return ref.success
          ? rolesFor(ref.data.campaignId, request.port, {
              text: translate(request.port.locale, "domain.campaign.personRequired"),
              tone: "attention",
            })
          : bad(request);
      }
      const { campaignId } = input.data;
      const person = input.data[ROLE_INPUTS.person] as string;
      const name = (await services.people.nameOf(campaignId, person)) ?? person;
      const changed = await services.people.assign(campaignId, actorOf(request.port), {
        person,
        name,
        role: input.data[ROLE_INPUTS.role] as (typeof STAFF_ROLES)[number],
      });
      const locale = request.port.locale;
      return rolesFor(
        campaignId,
        request.port,
        changed.ok
          ? { text: translate(locale, "campaign.roles.saved"), tone: "good" }
          : { text: refusalText(locale, changed.error), tone: "attention" },
      );
    },
    "campaign.role.remove": async (request) => {
      const input = removeSchema.safeParse(request.data);
      if (!input.success) return bad(request);
      const changed = await services.people.remove(input.data.campaignId, actorOf(request.port), input.data.person);
      const locale = request.port.locale;
      return rolesFor(
        input.data.campaignId,
        request.port,
        changed.ok
          ? { text: translate(locale, "campaign.roles.saved"), tone: "good" }
          : { text: refusalText(locale, changed.error), tone: "attention" },
      );
    },
  };
  const reminders = campaignReminderWorker({
    campaigns: ctx.repos.campaigns,
    records,
    log: new ReminderLogRepository(ctx.tables),
    facts: services.facts,
    stepsCard: stepsFor,
    proactive: ctx.proactive,
    clock: ctx.clock,
    logger: ctx.logger,
    intervalMs: ctx.config.reminderIntervalMs,
  });

  return {
    name: "campaign",
    workers: [reminders],
    reminders,
    commands: {
      steps: ({ port }) => command(port, "campaign.steps"),
      roles: ({ port }) => command(port, "campaign.roles"),
    },
    cardActions,
  };
}
