import { participantCard } from "../../cards/workshop/participantCard";
import { facilitatorCard } from "../../cards/workshop/facilitatorCard";
import { organiseCard } from "../../cards/workshop/organiseCard";
import { proxyEntryCard } from "../../cards/workshop/proxyEntryCard";
import type { AdaptiveCard } from "../../cards/adaptiveCard";
import type { Campaign } from "../../domain/campaign";
import { currentStep } from "../../domain/workshopMachine";
import type { Locale } from "../../i18n/locale";
import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { Clock } from "../clock";
import { newRequestId, type Subject } from "./participantKey";
import type { PersonalState } from "../../contracts/workshopResults";
import type { WorkshopService } from "./workshopService";

export interface Notice {
  readonly text: string;
  readonly tone: "good" | "attention";
}

/** Builds the cards of a workshop from storage: one place, so Teams, the join page and updates agree. */
export class WorkshopViews {
  constructor(
    private readonly service: WorkshopService,
    private readonly publicBaseUrl: () => string,
    private readonly clock: Clock,
    private readonly tabLink: (path: string) => string | undefined = () => undefined,
    /** How many join-page devices a workshop let in (see deviceAdmissions); shown to the facilitator. */
    private readonly devicesJoined?: (workshopId: string) => Promise<number>,
  ) {}

  joinOf(record: WorkshopRecord): { code: string; url: string } {
    return { code: record.joinCode, url: `${this.publicBaseUrl()}/join/${record.joinCode}` };
  }

  /** The participant's card; with a subject it is personal (their entries, their dots). */
  async participant(
    campaign: Pick<Campaign, "id" | "name">,
    record: WorkshopRecord,
    locale: Locale,
    options: {
      subject?: Subject;
      personal?: PersonalState;
      notice?: Notice;
      refresh: boolean;
      refreshUserIds?: readonly string[];
    },
  ): Promise<AdaptiveCard> {
    const view = currentStep(record.workshop);
    const step = view.screen === "step" ? view.step : undefined;
    const [personal, ballot, results] = await Promise.all([
      options.personal ?? (options.subject ? this.service.results.personal(record, options.subject) : undefined),
      step?.type === "vote" ? this.service.votes.ballot(record, step.id) : undefined,
      view.screen === "step" && (view.showsResults || view.step.type === "commitments")
        ? this.service.results.stepResults(record)
        : undefined,
    ]);
    return participantCard(
      {
        campaignId: campaign.id,
        kind: record.workshop.kind,
        campaignName: campaign.name,
        view,
        requestId: newRequestId(),
        ...(personal ? { personal } : {}),
        ...(ballot ? { ballot } : {}),
        ...(results ? { results } : {}),
        ...(options.notice ? { notice: options.notice } : {}),
        join: this.joinOf(record),
        refresh: options.refresh,
        ...(options.refreshUserIds ? { refreshUserIds: options.refreshUserIds } : {}),
      },
      locale,
    );
  }

  async facilitator(
    campaign: Pick<Campaign, "id" | "name">,
    record: WorkshopRecord,
    locale: Locale,
    notice?: Notice,
  ): Promise<AdaptiveCard> {
    const view = currentStep(record.workshop);
    const [{ results, hidden }, devicesJoined] = await Promise.all([
      this.service.results.facilitatorResults(record),
      this.devicesJoined?.(record.workshop.id),
    ]);
    const priorities =
      view.screen === "step" && view.step.type === "commitments" && results.type === "commitments"
        ? results.priorities
        : undefined;
    return facilitatorCard(
      {
        campaignId: campaign.id,
        kind: record.workshop.kind,
        campaignName: campaign.name,
        workshop: record.workshop,
        view,
        results,
        hidden,
        ...(priorities ? { priorities } : {}),
        join: this.joinOf(record),
        ...(devicesJoined !== undefined ? { devicesJoined } : {}),
        ...this.consoleOf(campaign.id),
        requestId: newRequestId(),
        ...(notice ? { notice } : {}),
        now: this.clock(),
      },
      locale,
    );
  }

  private consoleOf(campaignId: string): { consoleUrl?: string } {
    const url = this.tabLink(`/console/${encodeURIComponent(campaignId)}`);
    return url ? { consoleUrl: url } : {};
  }

  /** The facilitator's card for entries on behalf of people in the room. */
  proxyEntry(
    campaign: Pick<Campaign, "id" | "name">,
    record: WorkshopRecord,
    locale: Locale,
    options: { label?: string; text?: string; notice?: Notice; requestId?: string } = {},
  ): AdaptiveCard {
    return proxyEntryCard(
      {
        campaignId: campaign.id,
        kind: record.workshop.kind,
        campaignName: campaign.name,
        view: currentStep(record.workshop),
        requestId: options.requestId ?? newRequestId(),
        ...(options.label ? { label: options.label } : {}),
        ...(options.text ? { text: options.text } : {}),
        ...(options.notice ? { notice: options.notice } : {}),
      },
      locale,
    );
  }

  /** The facilitator's card for merging, hiding and showing again the step's contributions. */
  async organise(
    campaign: Pick<Campaign, "id" | "name">,
    record: WorkshopRecord,
    locale: Locale,
    notice?: Notice,
  ): Promise<AdaptiveCard> {
    const { results, hidden } = await this.service.results.facilitatorResults(record);
    const items =
      results.type === "contributions"
        ? [...results.items].sort((a, b) => b.weight - a.weight).map((i) => ({ id: i.id, text: i.text }))
        : [];
    return organiseCard(
      {
        campaignId: campaign.id,
        kind: record.workshop.kind,
        campaignName: campaign.name,
        view: currentStep(record.workshop),
        items,
        hidden,
        ...(notice ? { notice } : {}),
      },
      locale,
    );
  }
}
