import type { CampaignState } from "../../domain/campaign";
import { transition } from "../../domain/lifecycle";
import type { FeatureContext } from "../featureContext";

/**
 * Moves the campaign one step forward when the poster or committee work that ends a step is done
 * (poster created → validation; poster final → committee; every commitment decided → roadmap).
 * Only from the expected state: a campaign elsewhere in its life (closed, or moved by hand) is left alone.
 */
export async function advanceCampaign(ctx: FeatureContext, campaignId: string, from: CampaignState, to: CampaignState): Promise<void> {
  await ctx.repos.campaigns.update(campaignId, (c) => {
    if (c.state !== from) return undefined;
    const next = transition(c, to, ctx.clock());
    return next.ok ? next.value : undefined;
  });
}
