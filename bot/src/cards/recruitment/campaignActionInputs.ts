import { z } from "zod";
import { campaignIdField } from "./inputFields";

/**
 * What the buttons of the invitation, the volunteer's status and the coordinator's progress card
 * send: the campaign, and on the progress card the id that makes one click one reminder.
 */
export const campaignActionData = z.object({
  campaignId: campaignIdField,
  formId: z.string().min(1).max(64).optional(),
});
export type CampaignActionData = z.infer<typeof campaignActionData>;
