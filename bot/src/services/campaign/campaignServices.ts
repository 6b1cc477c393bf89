import type { Campaign } from "../../domain/campaign";
import { err, isDomainErrorCode, ok, type DomainErrorParams, type Err } from "../../domain/result";
import { posterRepositories } from "../../storage/poster/posterRepositories";
import { RosterRepository } from "../../storage/rosterRepository";
import type { TeamRosterReader } from "../botPorts";
import type { FeatureContext } from "../featureContext";
import { createPoster } from "../poster/posterService";
import { recruitmentRuntime } from "../recruitment/recruitmentFeature";
import { workshopRuntime } from "../workshop/workshopFeature";
import { campaignFacts } from "./campaignFacts";
import { CampaignPeopleService } from "./campaignPeopleService";
import { CampaignProgressService, type MoveEffects } from "./campaignProgressService";

/** Another capability's refusal, kept (as the cause of `campaign.effectFailed`) when the catalogues can word its code. */
function refusedBy(error: { readonly code: string; readonly params?: DomainErrorParams }): Err {
  if (!isDomainErrorCode(error.code)) return err("campaign.effectFailed");
  return { ok: false, error: { code: error.code, ...(error.params ? { params: error.params } : {}) } };
}

export interface CampaignServices {
  readonly progress: CampaignProgressService;
  readonly people: CampaignPeopleService;
  readonly facts: (campaign: Campaign) => ReturnType<typeof campaignFacts>;
}

/**
 * The campaign capability's services, built once by app.ts. A move's effects are the workshop's
 * « end » command (cards updated in place as when the facilitator clicks it) and the poster made
 * from workshop 3.
 */
export function createCampaignServices(
  ctx: FeatureContext,
  readRoster: TeamRosterReader,
  localPeople: readonly { id: string; name: string }[] = [],
): CampaignServices {
  const workshops = workshopRuntime(ctx);
  const recruitment = recruitmentRuntime(ctx);
  const posters = posterRepositories(ctx.tables);
  const facts = (campaign: Campaign) =>
    campaignFacts(
      {
        records: recruitment.stores.records,
        workshops: { get: (id, kind) => workshops.service.load(id, kind) },
        posters: posters.posters,
        committee: posters.committee,
      },
      campaign,
    );

  const effects: MoveEffects = {
    async endWorkshop(campaign, kind, actor) {
      const current = await workshops.service.load(campaign.id, kind);
      if (!current) return ok(undefined);
      const ended = await workshops.service.command(
        campaign,
        kind,
        actor,
        { type: "end" },
        current.value.workshop.revision,
      );
      if (!ended.ok) return refusedBy(ended.error);
      if (ended.value.changed) void workshops.updater.schedule(campaign, ended.value.record.value);
      return ok(undefined);
    },
    async createPosterFromWorkshop(campaign, actor) {
      const made = await createPoster(ctx, campaign.id, actor.aadObjectId ?? "", { fromWorkshop: true });
      // A poster made meanwhile (by hand, or by a resent click) is the one this move needed.
      if (made.ok || made.error.code === "poster.conflict") return ok(undefined);
      return refusedBy(made.error);
    },
  };

  return {
    facts,
    progress: new CampaignProgressService({
      campaigns: ctx.repos.campaigns,
      facts,
      effects,
      clock: ctx.clock,
      logger: ctx.logger,
    }),
    people: new CampaignPeopleService({
      campaigns: ctx.repos.campaigns,
      records: recruitment.stores.records,
      volunteers: recruitment.stores.volunteers,
      usagers: recruitment.stores.usagers,
      rosters: new RosterRepository(ctx.tables),
      readRoster,
      localPeople,
      clock: ctx.clock,
      logger: ctx.logger,
    }),
  };
}
