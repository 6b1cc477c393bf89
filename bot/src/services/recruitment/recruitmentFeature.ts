import type { RecruitmentVerb } from "../../cards/recruitment/recruitmentVerbs";
import type { CardActionHandler } from "../botPorts";
import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";
import { OutboxWorker } from "../outbox/outboxWorker";
import { usagerPosterLink } from "../poster/usagerPosterLink";
import { newCampaignCommand, submitCampaignForm } from "./campaignForm";
import {
  inviteAll,
  inviteCommand,
  progress,
  refreshProgressCard,
  remind,
  replay,
  type InvitationDeps,
} from "./invitations";
import { recruitmentStores, type RecruitmentStores } from "./recruitmentStores";
import { myStatus, openProfile, saveProfile, withdraw } from "./volunteering";
import { openNomination, submitNomination } from "./nominationCard";
import { answerMixedCard, openMixedCard } from "./mixedPanel";

/** What recruitment's HTTP routes share with its bot handlers (one outbox worker per process). */
export interface RecruitmentRuntime {
  readonly stores: RecruitmentStores;
  readonly worker: OutboxWorker;
  readonly invitations: InvitationDeps;
}

// Keyed by the table clients: the routes receive a copy of the context, not the same object.
const runtimes = new WeakMap<object, RecruitmentRuntime>();

/** One runtime per composition root: the feature and the routes get the same worker and stores. */
export function recruitmentRuntime(ctx: FeatureContext): RecruitmentRuntime {
  const known = runtimes.get(ctx.tables);
  if (known) return known;
  const stores = recruitmentStores(ctx.tables);
  const invitations: InvitationDeps = {
    repos: ctx.repos,
    stores,
    now: ctx.clock,
    logger: ctx.logger,
    proactive: ctx.proactive,
    poke: () => worker.poke(),
    throttled: (conversationId, call) => worker.throttled(conversationId, call),
    tabLink: ctx.tabLink,
  };
  // Handlers only run after start-up, when `worker` exists.
  const worker: OutboxWorker = new OutboxWorker({
    outbox: stores.outbox,
    leases: stores.leases,
    conversations: ctx.repos.conversations,
    proactive: ctx.outboxSender,
    // Outbox limits are not in AppConfig yet (see the issue note): this is their one reader.
    settings: ctx.config.outbox,
    logger: ctx.logger,
    onProgress: (jobId) => refreshProgressCard(invitations, jobId),
  });
  const runtime = { stores, worker, invitations };
  runtimes.set(ctx.tables, runtime);
  return runtime;
}

export function recruitmentFeature(ctx: FeatureContext): Feature {
  const { stores, worker, invitations } = recruitmentRuntime(ctx);
  const setup = { repos: ctx.repos, stores, now: ctx.clock };
  const volunteering = { repos: ctx.repos, stores, now: ctx.clock, logger: ctx.logger };
  const mixed = { repos: ctx.repos, stores, now: ctx.clock, poke: () => worker.poke() };
  const usagers = {
    repos: ctx.repos,
    stores,
    now: ctx.clock,
    publicBaseUrl: ctx.publicBaseUrl,
    posterLinkOf: usagerPosterLink(ctx),
  };
  const cardActions: Record<RecruitmentVerb, CardActionHandler> = {
    "recruitment.createCampaign": (r) => submitCampaignForm(setup, r),
    "recruitment.volunteer": (r) => openProfile(volunteering, r),
    "recruitment.saveProfile": (r) => saveProfile(volunteering, r),
    "recruitment.withdraw": (r) => withdraw(volunteering, r),
    "recruitment.myStatus": (r) => myStatus(volunteering, r),
    "recruitment.inviteAll": (r) => inviteAll(invitations, r),
    "recruitment.remind": (r) => remind(invitations, r),
    "recruitment.replay": (r) => replay(invitations, r),
    "recruitment.progress": (r) => progress(invitations, r),
    "recruitment.nominateForm": (r) => openNomination(usagers, r),
    "recruitment.nominateUsager": (r) => submitNomination(usagers, r),
    "recruitment.openMixed": (r) => openMixedCard(mixed, r),
    "recruitment.mixedAnswer": (r) => answerMixedCard(mixed, r),
  };
  return {
    name: "recruitment",
    commands: {
      newCampaign: newCampaignCommand,
      invite: (request) => inviteCommand(invitations, request),
    },
    cardActions,
    workers: [worker],
  };
}
