import type { CampaignSummaryDto } from "../contracts/coreApi";
import type { CampaignRepository } from "../storage/campaignRepository";
import { can, type Actor } from "./policy";

/**
 * What lists show about each campaign (no people, no profile data), and whether the caller may
 * edit it, so the home page offers set-up and steps only to its coordinators.
 */
export async function campaignSummaries(campaigns: CampaignRepository, actor: Actor): Promise<CampaignSummaryDto[]> {
  return (await campaigns.list()).map((c) => ({
    id: c.id,
    name: c.name,
    approach: c.approach,
    services: c.services,
    ...(c.site ? { site: c.site } : {}),
    state: c.state,
    createdAt: c.createdAt,
    canEdit: can(actor, "campaign.edit", c),
  }));
}
