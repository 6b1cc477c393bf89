import type { Campaign } from "../../domain/campaign";
import { err, errWith, isDomainErrorCode, ok, type DomainErrorParams, type Err } from "../../domain/result";
import type { RecruitmentRecordRepository } from "../../storage/recruitment/recruitmentRecordRepository";
import { ReminderLogRepository } from "../../storage/reminderLogRepository";
import { RosterRepository } from "../../storage/rosterRepository";
import type { TeamRosterReader } from "../botPorts";
import type { FeatureContext } from "../featureContext";
import type { PosterServices } from "../poster/posterServices";
import type { RecruitmentServices } from "../recruitment/recruitmentServices";
import type { WorkshopServices } from "../workshop/workshopServices";
import { campaignFacts } from "./campaignFacts";
import { CampaignPeopleService } from "./campaignPeopleService";
import { CampaignProgressService, type MoveEffects } from "./campaignProgressService";

/** A move's effect refused by another capability: its refusal is the cause, when the catalogues can word its code. */
function refusedBy(error: { readonly code: string; readonly params?: DomainErrorParams }): Err {
  if (!isDomainErrorCode(error.code)) return err("campaign.effectFailed");
  return errWith("campaign.effectFailed", [{ code: error.code, ...(error.params ? { params: error.params } : {}) }]);
}

/** What the campaign capability uses of the others, as app.ts built them. */
export interface CampaignServiceDeps {
  readonly recruitment: Pick<RecruitmentServices, "stores">;
  readonly workshop: Pick<WorkshopServices, "service" | "updater">;
  readonly poster: Pick<PosterServices, "repositories" | "posters">;
  /** Reads a team's members from Teams (the bot's connector). */
  readonly readRoster: TeamRosterReader;
  /** Local mode: the identities the tab can act as, offered by the picker as if they were in every team. */
  readonly localPeople?: readonly { id: string; name: string }[];
}

export interface CampaignServices {
  readonly progress: CampaignProgressService;
  readonly people: CampaignPeopleService;
  readonly facts: (campaign: Campaign) => ReturnType<typeof campaignFacts>;
  /** Where each campaign was created (its team), for « étapes » in a team and the reminders. */
  readonly records: RecruitmentRecordRepository;
  /** The reminders already sent, so each is sent once. */
  readonly reminderLog: ReminderLogRepository;
}

/**
 * The campaign capability's services, built once by app.ts from the other capabilities' services.
 * A move's effects are the workshop's « end » command (cards updated in place as when the
 * facilitator clicks it) and the poster made from workshop 3.
 */
export function createCampaignServices(ctx: FeatureContext, deps: CampaignServiceDeps): CampaignServices {
  const { recruitment, workshop, poster } = deps;
  const facts = (campaign: Campaign) =>
    campaignFacts(
      {
        records: recruitment.stores.records,
        workshops: { get: (id, kind) => workshop.service.records.load(id, kind) },
        posters: poster.repositories.posters,
        committee: poster.repositories.committee,
      },
      campaign,
    );

  const effects: MoveEffects = {
    async endWorkshop(campaign, kind, actor) {
      const current = await workshop.service.records.load(campaign.id, kind);
      if (!current) return ok(undefined);
      const ended = await workshop.service.commands.command(
        campaign,
        kind,
        actor,
        { type: "end" },
        current.value.workshop.revision,
      );
      if (!ended.ok) return refusedBy(ended.error);
      if (ended.value.changed) void workshop.updater.schedule(campaign, ended.value.record.value);
      return ok(undefined);
    },
    async createPosterFromWorkshop(campaign, actor) {
      const made = await poster.posters.create(campaign.id, actor.aadObjectId ?? "", { fromWorkshop: true });
      // A poster made meanwhile (by hand, or by a resent click) is the one this move needed.
      if (made.ok || made.error.code === "poster.conflict") return ok(undefined);
      return refusedBy(made.error);
    },
  };

  return {
    facts,
    records: recruitment.stores.records,
    reminderLog: new ReminderLogRepository(ctx.tables),
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
      readRoster: deps.readRoster,
      localPeople: deps.localPeople ?? [],
      clock: ctx.clock,
      logger: ctx.logger,
    }),
  };
}
