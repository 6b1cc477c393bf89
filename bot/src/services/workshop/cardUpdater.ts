import type { Campaign, WorkshopNumber } from "../../domain/campaign";
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
  private readonly live = new Map<string, { lastAt: number; timer?: ReturnType<typeof setTimeout> }>();

  constructor(
    private readonly service: WorkshopService,
    private readonly views: WorkshopViews,
    private readonly proactive: ProactiveSender,
    private readonly logger: Logger,
    /** Told of every change made through this instance, so live views need not wait for their next read. */
    private readonly changed: (campaignId: string, kind: WorkshopNumber) => void = () => undefined,
    /** Teams throttles message updates per conversation; a few seconds keeps a busy room far below. */
    private readonly liveIntervalMs = 5000,
  ) {}

  /**
   * Someone answered: the facilitator card's counts should follow without a pointer change. The
   * first answer after a quiet spell updates at once; answers within the interval are folded into
   * one trailing update, so a room of 200 costs one PUT per interval per workshop and instance.
   * The update reads the workshop afresh, so it never shows an older step than the pointer.
   */
  countsChanged(campaign: Pick<Campaign, "id" | "name">, record: WorkshopRecord): void {
    this.changed(record.workshop.campaignId, record.workshop.kind);
    if (!record.postedCards.some((p) => p.kind === "facilitator")) return;
    const id = record.workshop.id;
    const entry = this.live.get(id) ?? { lastAt: Number.NEGATIVE_INFINITY };
    this.live.set(id, entry);
    if (entry.timer) return;
    const wait = Math.max(0, entry.lastAt + this.liveIntervalMs - Date.now());
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      entry.lastAt = Date.now();
      void this.enqueue(id, () => this.updateFacilitator(campaign, record));
    }, wait);
    // A pending count refresh must not keep a stopping process alive.
    entry.timer.unref();
  }

  schedule(campaign: Campaign, record: WorkshopRecord, skipActivityId?: string): Promise<void> {
    this.changed(record.workshop.campaignId, record.workshop.kind);
    return this.enqueue(record.workshop.id, () => this.updateAll(campaign, record, skipActivityId));
  }

  private enqueue(id: string, run: () => Promise<void>): Promise<void> {
    const previous = this.chains.get(id) ?? Promise.resolve();
    // A failed update must not stop the ones queued behind it.
    const next = previous.then(run, run);
    this.chains.set(id, next);
    void next.finally(() => {
      if (this.chains.get(id) === next) this.chains.delete(id);
    });
    return next;
  }

  private async updateFacilitator(campaign: Pick<Campaign, "id" | "name">, seen: WorkshopRecord): Promise<void> {
    try {
      const record = (await this.service.records.load(seen.workshop.campaignId, seen.workshop.kind))?.value ?? seen;
      for (const posted of record.postedCards) {
        if (posted.kind !== "facilitator") continue;
        const card = await this.views.facilitator(campaign, record, localeOf(posted.conversation.locale));
        await this.proactive.update(posted.conversation, posted.activityId, card);
      }
    } catch (error) {
      this.logger.warn({ err: error, workshopId: seen.workshop.id }, "facilitator card count update failed");
    }
  }

  private async updateAll(campaign: Campaign, record: WorkshopRecord, skipActivityId?: string): Promise<void> {
    const refreshUserIds = record.postedCards.some((p) => p.kind === "participant")
      ? await this.service.results.refreshUserIds(record)
      : [];
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
        this.logger.warn(
          { err: error, workshopId: record.workshop.id, activityId: posted.activityId },
          "workshop card update failed",
        );
      }
    }
  }
}
