import { randomUUID } from "node:crypto";
import type { Campaign } from "../../domain/campaign";
import { applyMove } from "../../domain/campaignSteps";
import type { Locale } from "../../i18n/locale";
import { domainErrorMessage } from "../../i18n/domainText";
import { translate } from "../../i18n/translate";
import { campaignActionData } from "../../cards/recruitment/campaignActionInputs";
import { invitationCard } from "../../cards/recruitment/invitationCard";
import { outboxProgressCard, type ProgressCounts } from "../../cards/recruitment/outboxProgressCard";
import type { Logger } from "../../logging/logger";
import type { StoredConversation } from "../../storage/conversationRepository";
import type { OutboxRecipient } from "../../storage/outbox/outboxRepository";
import type { Repositories } from "../../storage/repositories";
import type { CardActionRequest, CardActionResult, CommandRequest, ConversationPort } from "../botPorts";
import { can } from "../policy";
import type { ProactiveSender } from "../proactive";
import { enqueue, replayFailed } from "../outbox/outboxService";
import type { RecruitmentStores } from "./recruitmentStores";

export interface InvitationDeps {
  readonly repos: Repositories;
  readonly stores: RecruitmentStores;
  readonly now: () => Date;
  readonly logger: Logger;
  readonly proactive: ProactiveSender;
  /** Wakes the outbox worker after queuing. */
  readonly poke: () => void;
  /** Runs a connector call inside the outbox's rate budget. */
  readonly throttled: <T>(conversationId: string, call: () => Promise<T>) => Promise<T>;
  /** A link to a page of the tab, for the card's « follow in the tab » button. */
  readonly tabLink?: (path: string) => string | undefined;
}

/** Where the coordinator follows the 1:1 messages in the tab. */
function followUrl(deps: InvitationDeps, campaignId: string): { followUrl?: string } {
  const url = deps.tabLink?.(`/recruitment/${encodeURIComponent(campaignId)}?section=messages`);
  return url ? { followUrl: url } : {};
}

const RECRUITING: readonly Campaign["state"][] = ["draft", "recruitingAgents"];

export function invitationJobId(campaignId: string): string {
  return `${campaignId}|invitation`;
}

function stored(port: ConversationPort, now: Date): StoredConversation {
  const at = now.toISOString();
  return { ...port.conversation, installedAt: at, updatedAt: at };
}

function actorOf(port: ConversationPort) {
  return port.caller.aadObjectId ? { aadObjectId: port.caller.aadObjectId } : {};
}

function invitationFor(campaign: Campaign, reminder = false) {
  return invitationCard(
    {
      campaignId: campaign.id,
      campaignName: campaign.name,
      ...(campaign.workshops[1].plannedAt ? { workshop1At: campaign.workshops[1].plannedAt } : {}),
      reminder,
    },
    campaign.locale,
  );
}

/** The campaign `invite` means here: one still recruiting, created in this team first, then the caller's own. */
async function campaignForTeam(
  deps: InvitationDeps,
  teamId: string,
  aadObjectId: string,
): Promise<Campaign | undefined> {
  const campaigns = (await deps.repos.campaigns.list()).filter((c) => RECRUITING.includes(c.state));
  const records = await deps.stores.records.list();
  const inTeam = new Set(records.filter((r) => r.home?.teamId === teamId).map((r) => r.campaignId));
  return campaigns.find((c) => inTeam.has(c.id)) ?? campaigns.find((c) => c.coordinatorIds.includes(aadObjectId));
}

/** « inviter »: posts the invitation card in the channel, then the coordinator's 1:1 invitation controls. */
export async function inviteCommand(deps: InvitationDeps, { port }: CommandRequest): Promise<void> {
  const locale = port.locale;
  const aad = port.caller.aadObjectId;
  const teamId = port.conversation.teamId;
  if (!aad) return void (await port.sendText(translate(locale, "recruitment.error.noIdentity")));
  if (port.conversation.conversationType !== "channel" || !teamId)
    return void (await port.sendText(translate(locale, "recruitment.error.notInTeam")));
  const campaign = await campaignForTeam(deps, teamId, aad);
  if (!campaign) return void (await port.sendText(translate(locale, "recruitment.error.noCampaign")));
  if (!can({ aadObjectId: aad }, "campaign.invite", campaign))
    return void (await port.sendText(domainErrorMessage(locale, { code: "campaign.forbidden" })));

  const now = deps.now();
  const opened = await deps.repos.campaigns.update(campaign.id, (c) => {
    if (c.state !== "draft") return undefined;
    return applyMove(c, "recruitingAgents", aad, now);
  });
  const current = opened?.value ?? campaign;
  const activityId = await port.sendCard(invitationFor(current));
  const conversation = stored(port, now);
  if (activityId)
    await deps.stores.records.change(current.id, now, (r) => ({ ...r, invitation: { conversation, activityId } }));
  const controlsId = await port.sendCard(
    outboxProgressCard({ campaignId: current.id, campaignName: current.name }, locale, randomUUID()),
  );
  if (controlsId)
    await deps.stores.records.change(current.id, now, (r) => ({
      ...r,
      progressCard: { conversation, activityId: controlsId },
    }));
}

type Guarded = { readonly campaign: Campaign; readonly formId?: string } | { readonly answer: CardActionResult };

async function coordinatorOnly(deps: InvitationDeps, request: CardActionRequest): Promise<Guarded> {
  const locale = request.port.locale;
  const action = campaignActionData.safeParse(request.data);
  const campaign = action.success ? (await deps.repos.campaigns.get(action.data.campaignId))?.value : undefined;
  if (!action.success || !campaign)
    return { answer: { kind: "message", text: domainErrorMessage(locale, { code: "campaign.notFound" }) } };
  if (!can(actorOf(request.port), "campaign.invite", campaign))
    return { answer: { kind: "message", text: domainErrorMessage(locale, { code: "campaign.forbidden" }) } };
  return { campaign, ...(action.data.formId ? { formId: action.data.formId } : {}) };
}

export async function campaignProgress(
  deps: Pick<InvitationDeps, "stores">,
  campaignId: string,
): Promise<ProgressCounts> {
  const total = { sent: 0, pending: 0, failed: 0, unreachable: 0, total: 0 };
  for (const job of await deps.stores.outbox.jobsOf(campaignId)) {
    const c = await deps.stores.outbox.counts(job.jobId);
    total.sent += c.sent;
    total.pending += c.pending;
    total.failed += c.failed;
    total.unreachable += c.unreachable;
    total.total += c.total;
  }
  return total;
}

async function progressAnswer(
  deps: InvitationDeps,
  campaign: Campaign,
  locale: Locale,
  notice?: string,
): Promise<CardActionResult> {
  const counts = await campaignProgress(deps, campaign.id);
  return {
    kind: "card",
    card: outboxProgressCard(
      {
        campaignId: campaign.id,
        campaignName: campaign.name,
        counts,
        ...(notice ? { notice } : {}),
        ...followUrl(deps, campaign.id),
      },
      locale,
      randomUUID(),
    ),
  };
}

async function roster(port: ConversationPort): Promise<OutboxRecipient[]> {
  const members: OutboxRecipient[] = [];
  for await (const m of port.teamMembers())
    members.push({ teamsId: m.teamsId, ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}), name: m.name });
  return members;
}

function originOf(port: ConversationPort) {
  return {
    serviceUrl: port.conversation.serviceUrl,
    tenantId: port.conversation.tenantId ?? "",
    botId: port.conversation.botId,
  };
}

/**
 * Every member of the team, all roster pages, gets the invitation 1:1 through the outbox. The job
 * id is fixed per campaign, so clicking again (or Teams resending) queues nobody twice.
 */
export async function inviteAll(deps: InvitationDeps, request: CardActionRequest): Promise<CardActionResult> {
  const guarded = await coordinatorOnly(deps, request);
  if ("answer" in guarded) return guarded.answer;
  const { campaign } = guarded;
  const { port } = request;
  const now = deps.now();
  const members = await roster(port);
  const result = await enqueue(deps.stores.outbox, {
    jobId: invitationJobId(campaign.id),
    ownerId: campaign.id,
    kind: "invitation",
    origin: originOf(port),
    recipients: members,
    message: () => ({ card: invitationFor(campaign) }),
    now,
  });
  if (request.replyToId) {
    const card = { conversation: stored(port, now), activityId: request.replyToId };
    await deps.stores.records.change(campaign.id, now, (r) => ({ ...r, progressCard: card }));
  }
  deps.poke();
  return progressAnswer(
    deps,
    campaign,
    port.locale,
    translate(port.locale, "recruitment.progress.queued", { queued: result.queued }),
  );
}

/** A reminder to invitees who have not answered; `formId` makes one click one reminder, even if resent. */
export async function remind(deps: InvitationDeps, request: CardActionRequest): Promise<CardActionResult> {
  const guarded = await coordinatorOnly(deps, request);
  if ("answer" in guarded) return guarded.answer;
  const { campaign } = guarded;
  const { port } = request;
  const formId = guarded.formId ?? randomUUID();
  const answered = new Set((await deps.stores.volunteers.list(campaign.id)).map((v) => v.aadObjectId));
  const invited = await deps.stores.outbox.list(invitationJobId(campaign.id));
  const silent = invited.filter(
    (i) => i.status === "sent" && !(i.recipient.aadObjectId && answered.has(i.recipient.aadObjectId)),
  );
  const result = await enqueue(deps.stores.outbox, {
    jobId: `${campaign.id}|reminder|${formId}`,
    ownerId: campaign.id,
    kind: "reminder",
    origin: originOf(port),
    recipients: silent.map((i) => i.recipient),
    message: () => ({ card: invitationFor(campaign, true) }),
    now: deps.now(),
  });
  deps.poke();
  return progressAnswer(
    deps,
    campaign,
    port.locale,
    translate(port.locale, "recruitment.progress.queued", { queued: result.queued }),
  );
}

export async function replay(deps: InvitationDeps, request: CardActionRequest): Promise<CardActionResult> {
  const guarded = await coordinatorOnly(deps, request);
  if ("answer" in guarded) return guarded.answer;
  const { campaign } = guarded;
  let count = 0;
  for (const job of await deps.stores.outbox.jobsOf(campaign.id))
    count += await replayFailed(deps.stores.outbox, job.jobId, deps.now());
  deps.poke();
  return progressAnswer(
    deps,
    campaign,
    request.port.locale,
    translate(request.port.locale, "recruitment.progress.replayed", { count }),
  );
}

export async function progress(deps: InvitationDeps, request: CardActionRequest): Promise<CardActionResult> {
  const guarded = await coordinatorOnly(deps, request);
  if ("answer" in guarded) return guarded.answer;
  return progressAnswer(deps, guarded.campaign, request.port.locale);
}

/** Called by the outbox worker: rewrites the coordinator's progress card with current counts. */
export async function refreshProgressCard(deps: InvitationDeps, jobId: string): Promise<void> {
  const job = await deps.stores.outbox.getJob(jobId);
  if (!job) return;
  const campaign = (await deps.repos.campaigns.get(job.ownerId))?.value;
  const posted = (await deps.stores.records.get(job.ownerId))?.value.progressCard;
  if (!campaign || !posted) return;
  const counts = await campaignProgress(deps, campaign.id);
  const locale: Locale = posted.conversation.locale?.toLowerCase().startsWith("en") ? "en" : "fr";
  const card = outboxProgressCard(
    { campaignId: campaign.id, campaignName: campaign.name, counts, ...followUrl(deps, campaign.id) },
    locale,
    randomUUID(),
  );
  await deps.throttled(posted.conversation.conversationId, () =>
    deps.proactive.update(posted.conversation, posted.activityId, card),
  );
}
