import type { WorkshopNumber } from "../../domain/campaign";
import { DEFAULT_DEVICE_LIMITS } from "../../domain/deviceAdmission";
import { DeviceSlotRepository } from "../../storage/workshop/deviceSlotRepository";
import { createWorkshopStores, type WorkshopStores } from "../../storage/workshop/workshopStores";
import type { FeatureContext } from "../featureContext";
import { CardUpdater } from "./cardUpdater";
import { DeviceAdmissions } from "./deviceAdmissions";
import { workshop3OutcomeOf, type Workshop3Outcome } from "./workshopOutcome";
import { WorkshopService } from "./workshopService";
import { WorkshopViews } from "./workshopViews";

/**
 * The workshop capability, built once by app.ts and shared by the bot's handlers and the HTTP
 * routes: one per-instance copy of each workshop (see WORKSHOP_FRESH_MS), one queue of card
 * updates per workshop, one count of the devices each client let in.
 */
export interface WorkshopServices {
  readonly stores: WorkshopStores;
  readonly service: WorkshopService;
  readonly views: WorkshopViews;
  readonly updater: CardUpdater;
  readonly admissions: DeviceAdmissions;
  /** What workshop 3 hands to the poster; undefined until it has ended. */
  workshop3Outcome(campaignId: string): Promise<Workshop3Outcome | undefined>;
}

export interface WorkshopServicesOptions {
  /** Told of every change made through this instance (answers, commands), e.g. to push live views at once. */
  readonly changed?: (campaignId: string, kind: WorkshopNumber) => void;
}

export function createWorkshopServices(ctx: FeatureContext, options: WorkshopServicesOptions = {}): WorkshopServices {
  const stores = createWorkshopStores(ctx.tables);
  const service = new WorkshopService(stores, ctx.repos.campaigns, ctx.clock, ctx.logger);
  const admissions = new DeviceAdmissions(new DeviceSlotRepository(ctx.tables), ctx.clock, {
    ...DEFAULT_DEVICE_LIMITS,
    ...ctx.config.joinDevices,
  });
  const views = new WorkshopViews(service, ctx.publicBaseUrl, ctx.clock, ctx.tabLink, (workshopId) =>
    admissions.joined(workshopId),
  );
  const updater = new CardUpdater(service, views, ctx.proactive, ctx.logger, options.changed);
  return {
    stores,
    service,
    views,
    updater,
    admissions,
    workshop3Outcome: (campaignId) => workshop3OutcomeOf(service, stores, campaignId),
  };
}
