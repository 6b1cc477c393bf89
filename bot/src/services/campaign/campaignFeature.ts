import { campaignChooserCard } from "../../cards/campaign/campaignChooserCard";
import { campaignRefData, moveData } from "../../cards/campaign/campaignStepsInputs";
import type { CampaignVerb } from "../../cards/campaign/campaignVerbs";
import { refusalText } from "../../cards/campaign/refusalText";
import { MAX_CANDIDATES, rolesCard } from "../../cards/campaign/rolesCard";
import { assignRoleData, removeRoleData } from "../../cards/campaign/rolesCardInputs";
import type { CardNotice as Notice } from "../../cards/elements";
import type { Campaign } from "../../domain/campaign";
import { roleOf } from "../../domain/campaignRoles";
import type { Result } from "../../domain/result";
import { translate } from "../../i18n/translate";
import type { CardActionHandler, CardActionRequest, CardActionResult, ConversationPort } from "../botPorts";
import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";
import { campaignReminderWorker, type ReminderWorker } from "./campaignReminders";
import type { CampaignServices } from "./campaignServices";
import { stepsCardFor } from "./stepsCardFor";

/**
 * The campaign in Teams: « étapes » shows where it stands with one button for the next step,
 * « rôles » names who coordinates, manages and reads it. Both are the campaign page's doors in a chat.
 */
export function campaignFeature(
  ctx: FeatureContext,
  services: CampaignServices,
): Feature & { readonly reminders: ReminderWorker } {
  const { records } = services;
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
  const stepsCard = (campaignId: string, port: ConversationPort, notice?: Notice) =>
    stepsFor(campaignId, actorOf(port), port.locale, notice);

  async function rolesFor(campaignId: string, port: ConversationPort, notice?: Notice): Promise<CardActionResult> {
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
      services.people.roster(campaignId, actor, "", false, MAX_CANDIDATES),
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

  async function command(port: ConversationPort, verb: "campaign.steps" | "campaign.roles"): Promise<void> {
    const campaigns = await campaignsFor(port);
    const [only] = campaigns;
    if (!only) return void (await port.sendText(translate(port.locale, "campaign.steps.none")));
    if (campaigns.length > 1) return void (await port.sendCard(campaignChooserCard(campaigns, port.locale, verb)));
    const answer = verb === "campaign.steps" ? await stepsCard(only.id, port) : await rolesFor(only.id, port);
    if (answer.kind === "card") await port.sendCard(answer.card);
    else await port.sendText(answer.text);
  }

  const bad = (request: CardActionRequest): CardActionResult => ({
    kind: "message",
    text: translate(request.port.locale, "card.unknownAction"),
  });

  /** A change of roles answered on the roles card: saved, or why not. */
  const rolesAfter = (campaignId: string, port: ConversationPort, changed: Result<unknown>) =>
    rolesFor(
      campaignId,
      port,
      changed.ok
        ? { text: translate(port.locale, "campaign.roles.saved"), tone: "good" }
        : { text: refusalText(port.locale, changed.error), tone: "attention" },
    );

  const cardActions: { readonly [V in CampaignVerb]: CardActionHandler } = {
    "campaign.steps": async (request) => {
      const ref = campaignRefData.safeParse(request.data);
      return ref.success ? stepsCard(ref.data.campaignId, request.port) : bad(request);
    },
    "campaign.move": async (request) => {
      const input = moveData.safeParse(request.data);
      if (!input.success) return bad(request);
      const { campaignId, from, to } = input.data;
      const locale = request.port.locale;
      const moved = await services.progress.move(campaignId, actorOf(request.port), { from, to }, locale);
      if (!moved.ok)
        return stepsCard(campaignId, request.port, { text: refusalText(locale, moved.error), tone: "attention" });
      return stepsCard(campaignId, request.port, {
        text: translate(locale, "campaign.steps.moved", {
          state: translate(locale, `state.${moved.value.campaign.state}`),
        }),
        tone: "good",
      });
    },
    "campaign.roles": async (request) => {
      const ref = campaignRefData.safeParse(request.data);
      return ref.success ? rolesFor(ref.data.campaignId, request.port) : bad(request);
    },
    "campaign.role.assign": async (request) => {
      const input = assignRoleData.safeParse(request.data);
      if (!input.success) {
        // Teams requires the person, but an old client may still send the card without one.
        const ref = campaignRefData.safeParse(request.data);
        return ref.success
          ? rolesFor(ref.data.campaignId, request.port, {
              text: translate(request.port.locale, "domain.campaign.personRequired"),
              tone: "attention",
            })
          : bad(request);
      }
      const { campaignId, rolePerson: person, roleChoice: role } = input.data;
      const name = (await services.people.nameOf(campaignId, person)) ?? person;
      const changed = await services.people.assign(campaignId, actorOf(request.port), { person, name, role });
      return rolesAfter(campaignId, request.port, changed);
    },
    "campaign.role.remove": async (request) => {
      const input = removeRoleData.safeParse(request.data);
      if (!input.success) return bad(request);
      const { campaignId, person } = input.data;
      return rolesAfter(
        campaignId,
        request.port,
        await services.people.remove(campaignId, actorOf(request.port), person),
      );
    },
  };
  const reminders = campaignReminderWorker({
    campaigns: ctx.repos.campaigns,
    records,
    log: services.reminderLog,
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
