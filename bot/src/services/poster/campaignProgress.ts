import type { CampaignState } from "../../domain/campaign";
import { applyMove } from "../../domain/campaignSteps";
import { canTransition } from "../../domain/lifecycle";
import type { FeatureContext } from "../featureContext";

/**
 * Moves the campaign one step forward when the poster or committee work that ends a step is done
 * (poster created → validation; poster final → committee; every commitment decided → roadmap).
 * Only from the expected state: a campaign elsewhere in its life (closed, or moved by hand) is left alone.
 * `by` is the person whose action completed the step, or "auto" when it completed by itself (the last validation).
 */
export async function advanceCampaign(
  ctx: FeatureContext,
  campaignId: string,
  from: CampaignState,
  to: CampaignState,
  by = "auto",
): Promise<void> {
  await ctx.repos.campaigns.update(campaignId, (c) => {
    if (c.state !== from || !canTransition(from, to)) return undefined;
    return applyMove(c, to, by, ctx.clock());
  });
}
