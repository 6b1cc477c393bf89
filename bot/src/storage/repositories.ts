import { CampaignRepository } from "./campaignRepository";
import { ConversationRepository } from "./conversationRepository";
import { ProcessedActivityRepository } from "./processedActivityRepository";
import type { TableClients } from "./tableClients";

/** Every repository, built once from one set of table clients. */
export interface Repositories {
  readonly campaigns: CampaignRepository;
  readonly conversations: ConversationRepository;
  readonly processedActivities: ProcessedActivityRepository;
}

export function createRepositories(clients: TableClients): Repositories {
  return {
    campaigns: new CampaignRepository(clients),
    conversations: new ConversationRepository(clients),
    processedActivities: new ProcessedActivityRepository(clients),
  };
}
