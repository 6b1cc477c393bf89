import type { FeatureContext } from "../featureContext";
import { OutboxWorker } from "../outbox/outboxWorker";
import type { CampaignSetupDeps } from "./campaignSetup";
import { refreshProgressCard, type InvitationDeps } from "./invitations";
import type { MixedDeps } from "./mixedPanel";
import type { SelectionDeps } from "./panelSelection";
import { recruitmentStores, type RecruitmentStores } from "./recruitmentStores";
import type { UsagerDeps } from "./usagers";
import type { VolunteeringDeps } from "./volunteering";

/**
 * Recruitment's stores, its one outbox worker and what each use case needs, built once in app.ts
 * and handed to the bot's handlers and to the HTTP routes, so both queue on the same worker.
 */
export interface RecruitmentServices {
  readonly stores: RecruitmentStores;
  readonly worker: OutboxWorker;
  /** Creating and editing a campaign, and reading it for the set-up form. */
  readonly setup: CampaignSetupDeps;
  /** The agent panel and the mixed panel: both queue notices and wake the worker. */
  readonly selection: SelectionDeps & MixedDeps;
  readonly usagers: UsagerDeps;
  readonly invitations: InvitationDeps;
  readonly volunteering: VolunteeringDeps;
}

export interface RecruitmentPorts {
  /** The follow-up link of an usager the poster names, for their confirmation page (the poster capability's). */
  readonly posterLinkOf: (campaignId: string, usagerId: string) => Promise<string | undefined>;
}

export function createRecruitmentServices(ctx: FeatureContext, ports: RecruitmentPorts): RecruitmentServices {
  const stores = recruitmentStores(ctx.tables);
  const setup: CampaignSetupDeps = { repos: ctx.repos, stores, now: ctx.clock };
  const poke = () => worker.poke();
  const invitations: InvitationDeps = {
    ...setup,
    logger: ctx.logger,
    proactive: ctx.proactive,
    poke,
    throttled: (conversationId, call) => worker.throttled(conversationId, call),
    tabLink: ctx.tabLink,
  };
  // The closures above run only after start-up, when `worker` exists.
  const worker: OutboxWorker = new OutboxWorker({
    outbox: stores.outbox,
    leases: stores.leases,
    conversations: ctx.repos.conversations,
    proactive: ctx.outboxSender,
    settings: ctx.config.outbox,
    logger: ctx.logger,
    onProgress: (jobId) => refreshProgressCard(invitations, jobId),
  });
  return {
    stores,
    worker,
    setup,
    selection: { ...setup, poke },
    usagers: { ...setup, publicBaseUrl: ctx.publicBaseUrl, posterLinkOf: ports.posterLinkOf },
    invitations,
    volunteering: { ...setup, logger: ctx.logger },
  };
}
