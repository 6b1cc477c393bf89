import { z } from "zod";
import { CAMPAIGN_STATES } from "../../domain/campaign";

/** The campaign a button of the steps or roles card acts on (« étapes », « rôles », a chooser's line). */
export const campaignRefData = z.object({ campaignId: z.string().min(1).max(200) });
export type CampaignRefData = z.infer<typeof campaignRefData>;

/** The steps card's move button: the state the card showed, so a click on an old card cannot move twice. */
export const moveData = campaignRefData.extend({ from: z.enum(CAMPAIGN_STATES), to: z.enum(CAMPAIGN_STATES) });
export type MoveData = z.infer<typeof moveData>;
