import { z } from "zod";
import type { MessageKey } from "../../i18n/fr";

/** Ids of the campaign form's inputs: the builder names its inputs with them, the handler reads them. */
export const CAMPAIGN_FORM_INPUTS = {
  name: "name",
  approach: "approach",
  services: "services",
  site: "site",
  workshop1: "workshop1",
  workshop2: "workshop2",
  workshop3: "workshop3",
  panelSize: "panelSize",
} as const;

/** What each input is called on the card, so a refusal names the field as the form shows it. */
export const CAMPAIGN_FORM_LABELS = {
  name: "recruitment.form.name",
  approach: "recruitment.form.approach",
  services: "recruitment.form.services",
  site: "recruitment.form.site",
  workshop1: "recruitment.form.workshop1",
  workshop2: "recruitment.form.workshop2",
  workshop3: "recruitment.form.workshop3",
  panelSize: "recruitment.form.panelSize",
} as const satisfies Record<keyof typeof CAMPAIGN_FORM_INPUTS, MessageKey>;

/** Chosen when the form is sent: the campaign's id, so a resent submit cannot create two campaigns. */
const formId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const typed = z.string().max(600).optional();

/**
 * What the form's submit sends, as typed: the rules of a campaign (dates, sizes, services) are
 * checked after, by the same schema as the API's, so a refusal can show the values again.
 */
export const campaignFormSubmission = z.object({
  formId,
  [CAMPAIGN_FORM_INPUTS.name]: typed,
  [CAMPAIGN_FORM_INPUTS.approach]: typed,
  [CAMPAIGN_FORM_INPUTS.services]: typed,
  [CAMPAIGN_FORM_INPUTS.site]: typed,
  [CAMPAIGN_FORM_INPUTS.workshop1]: typed,
  [CAMPAIGN_FORM_INPUTS.workshop2]: typed,
  [CAMPAIGN_FORM_INPUTS.workshop3]: typed,
  // Input.Number sends a number, or a string in some clients.
  [CAMPAIGN_FORM_INPUTS.panelSize]: z.union([z.number(), z.string().max(20)]).optional(),
});
export type CampaignFormSubmission = z.infer<typeof campaignFormSubmission>;
