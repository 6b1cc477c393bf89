import type { Campaign } from "../../domain/campaign";
import type { Logger } from "../../logging/logger";
import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import { localeOf } from "../../i18n/locale";
import type { ProactiveSender } from "../proactive";
import type { WorkshopService } from "./workshopService";
import type { WorkshopViews } from "./workshopViews";

/**
 * When the pointer moves, every card posted for the workshop is replaced in place (PUT on the
 * stored activity id): no flood of new messages. Updates of one workshop run one after the other
 * so a slow update cannot land after a newer one from this instance.
 */
export class CardUpdater {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    private readonly service: WorkshopService,
    private readonly views: WorkshopViews,
    private readonly proactive: ProactiveSender,
    private readonly logger: Logger,
  ) {}

  schedule(campaign: Campaign, record: WorkshopRecord, skipActivityId?: string): Promise<void> {
    const id = record.workshop.id;
    const previous = this.chains.get(id) ?? Promise.resolve();
    const next = previous.then(() => this.updateAll(campaign, record, skipActivityId));
    this.chains.set(id, next);
    void next.finally(() => {
      if (this.chains.get(id) === next) this.chains.delete(id);
    });
    return next;
  }

  private async updateAll(campaign: Campaign, record: WorkshopRecord, skipActivityId?: string): Promise<void> {
    const refreshUserIds = record.postedCards.some((p) => p.kind === "participant") ? await this.service.refreshUserIds(record) : [];
    for (const posted of record.postedCards) {
      if (posted.activityId === skipActivityId) continue;
      const locale = localeOf(posted.conversation.locale ?? campaign.locale);
      try {
        const card =
          posted.kind === "facilitator"
            ? await this.views.facilitator(campaign, record, locale)
            : await this.views.participant(campaign, record, locale, { refresh: true, refreshUserIds });
        await this.proactive.update(posted.conversation, posted.activityId, card);
      } catch (error) {
        this.logger.warn({ err: error, workshopId: record.workshop.id, activityId: posted.activityId }, "workshop card update failed");
      }
    }
  }
}
