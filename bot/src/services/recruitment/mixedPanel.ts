import type { Campaign } from "../../domain/campaign";
import { makeupFromVolunteers } from "../../domain/makeup";
import { proposeMixedPanel, settleMixedPanel } from "../../domain/mixedPanel";
import type { AgentProfile, UsagerProfile, Volunteer } from "../../domain/profiles";
import { err, ok, type Result } from "../../domain/result";
import { domainErrorMessage } from "../../i18n/domainText";
import { campaignActionData } from "../../cards/recruitment/campaignActionInputs";
import { mixedInvitationCard } from "../../cards/recruitment/mixedInvitationCard";
import { mixedAnswerData } from "../../cards/recruitment/mixedInvitationInputs";
import { translate } from "../../i18n/translate";
import type { StoredConversation } from "../../storage/conversationRepository";
import type { OutboxRecipient } from "../../storage/outbox/outboxRepository";
import type { Repositories } from "../../storage/repositories";
import type { MixedAnswer } from "../../domain/mixedPanel";
import type { CardActionRequest, CardActionResult } from "../botPorts";
import { enqueue } from "../outbox/outboxService";
import { can, type Actor } from "../policy";
import { seedOf } from "./panelSelection";
import type { RecruitmentStores } from "./recruitmentStores";
import { confirmedUsagerPanel } from "./usagerPanel";
import type { MixedMemberDto, MixedOpenedDto, MixedPanelBody, MixedViewDto } from "../../contracts/recruitmentDtos";

export interface MixedDeps {
  readonly repos: Repositories;
  readonly stores: RecruitmentStores;
  readonly now: () => Date;
  readonly poke: () => void;
}

type Origin = { readonly serviceUrl: string; readonly tenantId: string; readonly botId: string };

export function mixedJobId(campaignId: string): string {
  return `${campaignId}|mixed`;
}

async function campaignOf(deps: Pick<MixedDeps, "repos">, campaignId: string): Promise<Campaign | undefined> {
  return campaignId ? (await deps.repos.campaigns.get(campaignId))?.value : undefined;
}

function originOf(conversation: Pick<StoredConversation, "serviceUrl" | "tenantId" | "botId">): Origin {
  return { serviceUrl: conversation.serviceUrl, tenantId: conversation.tenantId ?? "", botId: conversation.botId };
}

/**
 * Asks the confirmed agent panel (1:1 card) and the usager panel (their link page; every accepted
 * usager while no usager panel is confirmed) whether they take part in workshop 3. The outbox job id is fixed per campaign: opening twice asks nobody twice.
 * `origin` is the conversation the click came from, when it came from Teams.
 */
export async function openMixed(
  deps: MixedDeps,
  actor: Actor,
  campaignId: string,
  origin?: Origin,
): Promise<Result<MixedOpenedDto>> {
  const campaign = await campaignOf(deps, campaignId);
  if (!campaign) return err("campaign.notFound");
  if (!can(actor, "campaign.invite", campaign)) return err("campaign.forbidden");
  const record = (await deps.stores.records.get(campaignId))?.value;
  const selected = new Set(record?.selectedAgentIds ?? []);
  if (selected.size === 0) return err("recruitment.noAgentPanel");
  const now = deps.now();
  await deps.stores.records.change(campaignId, now, (r) =>
    r.mixed ? r : { ...r, mixed: { openedAt: now.toISOString() } },
  );
  const agents = (await deps.stores.volunteers.list(campaignId)).filter(
    (v) => v.status === "volunteered" && selected.has(v.aadObjectId),
  );
  const usagerPanel = confirmedUsagerPanel(record);
  const usagers = (await deps.stores.usagers.list(campaignId)).filter(
    (u) => u.status === "accepted" && (!usagerPanel || usagerPanel.has(u.id)),
  ).length;
  const conversation = record?.home ?? record?.invitation?.conversation;
  const from = origin ?? (conversation ? originOf(conversation) : undefined);
  if (!from) return ok({ queued: 0, agents: agents.length, usagers, notified: false });
  const locales = new Map(agents.map((a) => [a.aadObjectId, a.locale]));
  const w3 = campaign.workshops[3].plannedAt;
  const recipients: OutboxRecipient[] = agents.map((a) => ({
    teamsId: a.teamsId,
    aadObjectId: a.aadObjectId,
    name: a.name,
  }));
  const result = await enqueue(deps.stores.outbox, {
    jobId: mixedJobId(campaign.id),
    ownerId: campaign.id,
    kind: "mixed",
    origin: from,
    recipients,
    message: (to) => ({
      card: mixedInvitationCard(
        { campaignId: campaign.id, campaignName: campaign.name, ...(w3 ? { workshopAt: w3 } : {}) },
        locales.get(to.aadObjectId ?? "") ?? campaign.locale,
      ),
    }),
    now,
  });
  deps.poke();
  return ok({ queued: result.queued, agents: agents.length, usagers, notified: true });
}

/** The coordinator's « Atelier 3 » button on the controls card. */
export async function openMixedCard(deps: MixedDeps, request: CardActionRequest): Promise<CardActionResult> {
  const { port } = request;
  const action = campaignActionData.safeParse(request.data);
  const campaignId = action.success ? action.data.campaignId : "";
  const actor = port.caller.aadObjectId ? { aadObjectId: port.caller.aadObjectId } : {};
  const result = await openMixed(deps, actor, campaignId, originOf(port.conversation));
  if (!result.ok) return { kind: "message", text: domainErrorMessage(port.locale, result.error) };
  return {
    kind: "message",
    text: translate(port.locale, "recruitment.mixed.opened", {
      queued: result.value.queued,
      agents: result.value.agents,
      usagers: result.value.usagers,
    }),
  };
}

/**
 * An agent's yes or no. Writing the same answer again changes nothing, so a resent invoke is
 * harmless; a different answer later is a change of mind and replaces the first.
 */
export async function answerMixedCard(deps: MixedDeps, request: CardActionRequest): Promise<CardActionResult> {
  const { port } = request;
  const locale = port.locale;
  const action = campaignActionData.safeParse(request.data);
  const campaignId = action.success ? action.data.campaignId : "";
  const campaign = await campaignOf(deps, campaignId);
  if (!campaign) return { kind: "message", text: domainErrorMessage(locale, { code: "campaign.notFound" }) };
  const aad = port.caller.aadObjectId;
  if (!aad) return { kind: "message", text: translate(locale, "recruitment.error.noIdentity") };
  const answered = mixedAnswerData.safeParse(request.data);
  const answer = answered.success ? answered.data.answer : undefined;
  const record = (await deps.stores.records.get(campaignId))?.value;
  if (!answer || !record?.mixed || !(record.selectedAgentIds ?? []).includes(aad))
    return { kind: "message", text: translate(locale, "recruitment.mixed.notAsked") };
  if (record.mixed.confirmedAt)
    return { kind: "message", text: domainErrorMessage(locale, { code: "recruitment.mixedClosed" }) };
  const at = deps.now().toISOString();
  const updated = await deps.stores.volunteers.update(campaignId, aad, (v) =>
    v.status !== "volunteered" || v.mixedAnswer === answer ? undefined : { ...v, mixedAnswer: answer, updatedAt: at },
  );
  const current = updated ?? (await deps.stores.volunteers.get(campaignId, aad))?.value;
  if (!current || current.status !== "volunteered")
    return { kind: "message", text: translate(locale, "recruitment.mixed.notAsked") };
  const w3 = campaign.workshops[3].plannedAt;
  return {
    kind: "card",
    card: mixedInvitationCard(
      {
        campaignId,
        campaignName: campaign.name,
        ...(w3 ? { workshopAt: w3 } : {}),
        ...(current.mixedAnswer ? { answer: current.mixedAnswer } : {}),
      },
      locale,
    ),
  };
}

async function pools(deps: MixedDeps, campaign: Campaign) {
  const record = (await deps.stores.records.get(campaign.id))?.value;
  const selected = new Set(record?.selectedAgentIds ?? []);
  const panel = (await deps.stores.volunteers.list(campaign.id)).filter(
    (v) => v.status === "volunteered" && v.profile && selected.has(v.aadObjectId),
  );
  // The confirmed usager panel when there is one; before that, every accepted usager.
  const usagerSeats = confirmedUsagerPanel(record);
  const accepted = (await deps.stores.usagers.list(campaign.id)).filter(
    (u) => u.status === "accepted" && u.profile && (!usagerSeats || usagerSeats.has(u.id)),
  );
  const agentPanel: Volunteer<AgentProfile>[] = panel.map((v) => ({
    id: v.aadObjectId,
    profile: v.profile as AgentProfile,
  }));
  const usagerPanel: Volunteer<UsagerProfile>[] = accepted.map((u) => ({
    id: u.id,
    profile: u.profile as UsagerProfile,
  }));
  const agentsAgain = new Set(panel.filter((v) => v.mixedAnswer === "yes").map((v) => v.aadObjectId));
  const usagersAgain = new Set(accepted.filter((u) => u.mixedAnswer === "yes").map((u) => u.id));
  return {
    record,
    agentPanel,
    usagerPanel,
    agentsAgain: agentPanel.filter((v) => agentsAgain.has(v.id)),
    usagersAgain: usagerPanel.filter((u) => usagersAgain.has(u.id)),
    askedAgents: panel.map((v): MixedMemberDto => ({
      id: v.aadObjectId,
      name: v.name,
      ...(v.mixedAnswer ? { answer: v.mixedAnswer } : {}),
    })),
    askedUsagers: accepted.map((u): MixedMemberDto => ({
      id: u.id,
      name: u.name,
      ...(u.mixedAnswer ? { answer: u.mixedAnswer } : {}),
    })),
  };
}

/**
 * Who said yes again, and the proposal: half the seats per side, each half balanced against the
 * panel it comes from (the workshop 1 or 2 panel), so workshop 3 keeps their diversity.
 */
export async function mixedView(deps: MixedDeps, actor: Actor, campaignId: string): Promise<Result<MixedViewDto>> {
  const campaign = await campaignOf(deps, campaignId);
  if (!campaign) return err("campaign.notFound");
  if (!can(actor, "campaign.selectPanel", campaign)) return err("campaign.forbidden");
  const p = await pools(deps, campaign);
  const proposal = proposeMixedPanel(
    p.agentsAgain,
    p.usagersAgain,
    campaign.panelSize,
    seedOf(`${campaign.id}|mixed`),
    {
      agentMakeup: makeupFromVolunteers(p.agentPanel),
      usagerMakeup: makeupFromVolunteers(p.usagerPanel),
    },
  );
  const mixed = p.record?.mixed;
  return ok({
    campaign: { id: campaign.id, name: campaign.name, panelSize: campaign.panelSize },
    opened: Boolean(mixed),
    canConfirm: can(actor, "campaign.edit", campaign),
    agents: {
      seats: proposal.agentSeats,
      asked: p.askedAgents,
      proposedIds: proposal.agents.selectedIds,
      report: proposal.agents.report,
      gaps: proposal.agents.gaps,
    },
    usagers: {
      seats: proposal.usagerSeats,
      asked: p.askedUsagers,
      proposedIds: proposal.usagers.selectedIds,
      report: proposal.usagers.report,
      gaps: proposal.usagers.gaps,
    },
    ...(mixed?.confirmedAt
      ? { confirmed: { agentIds: mixed.agentIds ?? [], usagerIds: mixed.usagerIds ?? [], at: mixed.confirmedAt } }
      : {}),
  });
}

/**
 * Stores the mixed panel as the coordinator settles it (the proposal or their own choice among
 * those who said yes). The same panel confirmed twice is the same row written twice.
 */
export async function confirmMixed(
  deps: MixedDeps,
  actor: Actor,
  campaignId: string,
  agentIds: readonly string[],
  usagerIds: readonly string[],
): Promise<Result<MixedPanelBody>> {
  const campaign = await campaignOf(deps, campaignId);
  if (!campaign) return err("campaign.notFound");
  // Coordinator only: the manager may look at the proposal, the coordinator settles it.
  if (!can(actor, "campaign.edit", campaign)) return err("campaign.forbidden");
  const p = await pools(deps, campaign);
  if (!p.record?.mixed) return err("recruitment.mixedNotOpened");
  const agentsOk = new Set(p.agentsAgain.map((v) => v.id));
  const usagersOk = new Set(p.usagersAgain.map((u) => u.id));
  const unknown = agentIds.find((id) => !agentsOk.has(id)) ?? usagerIds.find((id) => !usagersOk.has(id));
  if (unknown !== undefined) return err("recruitment.unknownMember", { id: unknown });
  const settled = settleMixedPanel(agentIds, usagerIds);
  if (!settled.ok) return settled;
  const { agentIds: agents, usagerIds: usagers } = settled.value;
  const now = deps.now();
  await deps.stores.records.change(campaignId, now, (r) => ({
    ...r,
    mixed: {
      openedAt: r.mixed?.openedAt ?? now.toISOString(),
      agentIds: agents,
      usagerIds: usagers,
      confirmedAt: now.toISOString(),
    },
  }));
  return ok({ agentIds: agents, usagerIds: usagers });
}

/** A usager's yes or no, from their confirmation link (the token already resolved to them). */
export async function answerMixedAsUsager(
  deps: Pick<MixedDeps, "stores" | "now">,
  campaignId: string,
  usagerId: string,
  answer: MixedAnswer,
): Promise<"saved" | "notAsked" | "closed"> {
  const record = (await deps.stores.records.get(campaignId))?.value;
  if (!record?.mixed) return "notAsked";
  if (record.mixed.confirmedAt) return "closed";
  const at = deps.now().toISOString();
  const current = await deps.stores.usagers.get(campaignId, usagerId);
  if (current?.status !== "accepted") return "notAsked";
  const panel = confirmedUsagerPanel(record);
  if (panel && !panel.has(usagerId)) return "notAsked";
  await deps.stores.usagers.update(campaignId, usagerId, (u) =>
    u.status !== "accepted" || u.mixedAnswer === answer ? undefined : { ...u, mixedAnswer: answer, updatedAt: at },
  );
  return "saved";
}
