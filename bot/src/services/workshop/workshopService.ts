import type { Logger } from "../../logging/logger";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import type { Clock } from "../clock";
import { WorkshopCommands } from "./workshopCommands";
import { WorkshopContributions } from "./workshopContributions";
import { WorkshopModeration } from "./workshopModeration";
import { WorkshopRecords } from "./workshopRecords";
import { WorkshopResults } from "./workshopResults";
import { WorkshopSettingsService } from "./workshopSettingsService";
import { WorkshopVotes } from "./workshopVotes";

export { WORKSHOP_FRESH_MS, WORKSHOP_STATES } from "./workshopRecords";

/**
 * The workshop use cases, one part per concern, sharing one per-instance copy of each workshop:
 * load → check policy → apply the domain rule → save (insert-once or ETag). Identities come in as
 * Subjects and leave as pseudonymous keys; nothing returned names an author.
 */
export class WorkshopService {
  readonly records: WorkshopRecords;
  readonly commands: WorkshopCommands;
  readonly contributions: WorkshopContributions;
  readonly votes: WorkshopVotes;
  readonly results: WorkshopResults;
  readonly moderation: WorkshopModeration;
  readonly settings: WorkshopSettingsService;

  constructor(stores: WorkshopStores, campaigns: CampaignRepository, clock: Clock, logger: Logger) {
    this.records = new WorkshopRecords(stores, campaigns, logger);
    this.commands = new WorkshopCommands(stores, this.records, clock);
    this.contributions = new WorkshopContributions(stores, this.records, clock);
    this.votes = new WorkshopVotes(stores, this.records, clock);
    this.results = new WorkshopResults(stores, this.records, this.votes);
    this.moderation = new WorkshopModeration(stores, this.records, this.results, clock);
    this.settings = new WorkshopSettingsService(stores);
  }
}
