import type { Campaign, CampaignEvent, WorkshopNumber } from "../../domain/campaign";
import {
  applyMove,
  planMove,
  plannedMoves,
  scheduleWarnings,
  stepStatuses,
  type CampaignFacts,
  type PlannedMove,
} from "../../domain/campaignSteps";
import { err, ok, type DomainError, type Result } from "../../domain/result";
import type { CampaignProgressDto, HistoryEntryDto, MoveRequestDto } from "../../contracts/campaignProgress";
import { domainErrorMessage, spacingWarningMessage } from "../../i18n/domainText";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/translate";
import type { Logger } from "../../logging/logger";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { Clock } from "../clock";
import { can, type Actor } from "../policy";

/**
 * What a move may have to do before the campaign changes state; the workshop and poster
 * capabilities provide them. They refuse with `campaign.effectFailed`, the other capability's
 * refusal as its cause, and the campaign stays where it was.
 */
export interface MoveEffects {
  endWorkshop(campaign: Campaign, kind: WorkshopNumber, actor: Actor): Promise<Result<void>>;
  createPosterFromWorkshop(campaign: Campaign, actor: Actor): Promise<Result<void>>;
}

export interface CampaignProgressDeps {
  readonly campaigns: CampaignRepository;
  readonly facts: (campaign: Campaign) => Promise<CampaignFacts>;
  readonly effects: MoveEffects;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** Who someone is on the page: the name the campaign knows them by, else a neutral label. */
export function displayName(campaign: Campaign, id: string, locale: Locale): string {
  if (id === "auto") return translate(locale, "campaign.who.auto");
  // An erased person's id is replaced by this marker in the history (services/privacy).
  if (id === "erased") return translate(locale, "campaign.who.erased");
  return campaign.names?.[id] ?? translate(locale, "campaign.who.unknown");
}

function historyDto(campaign: Campaign, locale: Locale): HistoryEntryDto[] {
  const name = (id: string) => displayName(campaign, id, locale);
  return [...(campaign.history ?? [])].reverse().map((e: CampaignEvent): HistoryEntryDto =>
    e.kind === "move"
      ? { kind: "move", at: e.at, byName: name(e.by), from: e.from, to: e.to }
      : {
          kind: e.kind,
          at: e.at,
          byName: name(e.by),
          personName: campaign.names?.[e.person] ?? name(e.person),
          role: e.role,
        },
  );
}

/**
 * The campaign's steps, and the moves from one to the next that the people in charge make.
 * Every move goes through the domain's lifecycle and its blockers; effects (ending the workshop,
 * making the poster) run first, so a failed effect leaves the campaign where it was.
 */
export class CampaignProgressService {
  constructor(private readonly deps: CampaignProgressDeps) {}

  async view(campaignId: string, actor: Actor, locale: Locale): Promise<Result<CampaignProgressDto>> {
    const stored = await this.deps.campaigns.get(campaignId);
    if (!stored) return err("campaign.notFound");
    const campaign = stored.value;
    const facts = await this.deps.facts(campaign);
    return ok(this.dto(campaign, facts, actor, locale));
  }

  dto(campaign: Campaign, facts: CampaignFacts, actor: Actor, locale: Locale): CampaignProgressDto {
    const note = (e: DomainError) => ({ code: e.code, message: domainErrorMessage(locale, e) });
    return {
      campaign: {
        id: campaign.id,
        name: campaign.name,
        state: campaign.state,
        services: campaign.services,
        ...(campaign.site ? { site: campaign.site } : {}),
      },
      steps: stepStatuses(campaign.state),
      moves: plannedMoves(campaign, facts).map((m: PlannedMove) => ({
        to: m.to,
        kind: m.kind,
        blockers: m.blockers.map(note),
      })),
      warnings: scheduleWarnings(campaign).map((w) => ({ code: w.code, message: spacingWarningMessage(locale, w) })),
      workshops: ([1, 2, 3] as const).map((n) => ({
        number: n,
        ...(campaign.workshops[n].plannedAt ? { plannedAt: campaign.workshops[n].plannedAt } : {}),
        ...(campaign.workshops[n].meetingUrl ? { meetingUrl: campaign.workshops[n].meetingUrl } : {}),
        progress: facts.workshops[n],
      })),
      history: historyDto(campaign, locale),
      can: {
        move: can(actor, "campaign.move", campaign),
        manageRoles: can(actor, "campaign.manageRoles", campaign),
        edit: can(actor, "campaign.edit", campaign),
      },
    };
  }

  /**
   * Moves the campaign as asked, once. A resent request (Teams retries, a double click) finds the
   * move made and answers the same page; a request from a page that was out of date is refused
   * with where the campaign is now.
   */
  async move(
    campaignId: string,
    actor: Actor,
    request: MoveRequestDto,
    locale: Locale,
  ): Promise<Result<CampaignProgressDto>> {
    const stored = await this.deps.campaigns.get(campaignId);
    if (!stored) return err("campaign.notFound");
    const campaign = stored.value;
    if (!can(actor, "campaign.move", campaign)) return err("campaign.forbidden");
    const facts = await this.deps.facts(campaign);
    const planned = planMove(campaign, facts, request);
    if (!planned.ok) return planned;
    if (planned.value !== "alreadyDone") {
      const move = planned.value;
      for (const effect of move.effects) {
        const done =
          effect === "endWorkshop" && move.workshop !== undefined
            ? await this.deps.effects.endWorkshop(campaign, move.workshop, actor)
            : await this.deps.effects.createPosterFromWorkshop(campaign, actor);
        if (!done.ok) return done;
      }
      const by = actor.aadObjectId ?? "unknown";
      await this.deps.campaigns.update(campaignId, (c) => {
        // An effect may have moved the campaign already (the poster moves it on when it is made): record who asked.
        if (c.state === move.to) return recordedBy(c, request, by);
        if (c.state !== request.from) return undefined;
        return applyMove(c, move.to, by, this.deps.clock());
      });
      this.deps.logger.info({ campaignId, from: request.from, to: request.to }, "campaign moved");
    }
    return this.view(campaignId, actor, locale);
  }
}

/** The last move, made by an effect on this person's request, is credited to them. */
function recordedBy(campaign: Campaign, request: MoveRequestDto, by: string): Campaign | undefined {
  const history = campaign.history ?? [];
  const last = history[history.length - 1];
  if (last?.kind !== "move" || last.to !== request.to || last.by === by) return undefined;
  return { ...campaign, history: [...history.slice(0, -1), { ...last, by }] };
}
