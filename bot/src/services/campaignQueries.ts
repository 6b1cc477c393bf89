import type { Approach, CampaignState } from "../domain/campaign";
import type { Repositories } from "../storage/repositories";

/** What lists show about a campaign: no people, no profile data. */
export interface CampaignSummary {
  readonly id: string;
  readonly name: string;
  readonly approach: Approach;
  readonly services: readonly string[];
  readonly site?: string;
  readonly state: CampaignState;
  readonly createdAt: string;
}

export async function listCampaignSummaries(repos: Repositories): Promise<CampaignSummary[]> {
  const campaigns = await repos.campaigns.list();
  return campaigns.map((c) => ({
    id: c.id,
    name: c.name,
    approach: c.approach,
    services: c.services,
    ...(c.site ? { site: c.site } : {}),
    state: c.state,
    createdAt: c.createdAt,
  }));
}
