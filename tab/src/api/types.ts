/** The core answers under the names `ApiClient.me()` and `ApiClient.campaigns()` use; pages import coreApi. */
export type { CampaignSummaryDto as CampaignSummary, MeDto as Me } from "../../../bot/src/contracts/coreApi";
