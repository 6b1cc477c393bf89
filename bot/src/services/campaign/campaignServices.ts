import type { Campaign } from "../../domain/campaign";
import { translate } from "../../i18n/translate";
import { posterRepositories } from "../../storage/poster/posterRepositories";
import { RosterRepository } from "../../storage/rosterRepository";
import type { TeamRosterReader } from "../botPorts";
import type { FeatureContext } from "../featureContext";
import { createPoster } from "../poster/posterService";
import { recruitmentRuntime } from "../recruitment/recruitmentFeature";
import { workshopRuntime } from "../workshop/workshopFeature";
import { errorMessage } from "../workshop/workshopMessages";
import { campaignFacts } from "./campaignFacts";
import { CampaignPeopleService } from "./campaignPeopleService";
import { CampaignProgressService, type MoveEffects } from "./campaignProgressService";

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
    async endWorkshop(campaign, kind, actor, locale) {
      const current = await workshops.service.load(campaign.id, kind);
      if (!current) return { ok: true };
      const ended = await workshops.service.command(
        campaign,
        kind,
        actor,
        { type: "end" },
        current.value.workshop.revision,
      );
      if (!ended.ok)
        return { ok: false, error: { code: ended.error.code, message: errorMessage(locale, ended.error) } };
      if (ended.value.changed) void workshops.updater.schedule(campaign, ended.value.record.value);
      return { ok: true };
    },
    async createPosterFromWorkshop(campaign, actor, locale) {
      const made = await createPoster(ctx, campaign.id, actor.aadObjectId ?? "", { fromWorkshop: true });
      if (made.ok || made.code === "posterExists") return { ok: true };
      return { ok: false, error: { code: made.code, message: translate(locale, made.key, made.params) } };
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
