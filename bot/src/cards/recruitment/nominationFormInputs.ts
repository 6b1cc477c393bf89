import { z } from "zod";
import type { MessageKey } from "../../i18n/fr";
import { campaignIdField, optionalText } from "./inputFields";

/** Ids of the nomination form's inputs, shared by the builder and the handler. */
export const NOMINATION_FORM_INPUTS = {
  name: "name",
  contact: "contact",
  kind: "kind",
  ageBand: "ageBand",
  frequency: "frequency",
} as const;

/** What each input is called on the card, so a refusal names the field as the form shows it. */
export const NOMINATION_FORM_LABELS = {
  name: "recruitment.nominate.name",
  contact: "recruitment.nominate.contact",
  kind: "recruitment.nominate.kind",
  ageBand: "recruitment.profile.ageBand",
  frequency: "recruitment.nominate.frequency",
} as const satisfies Record<keyof typeof NOMINATION_FORM_INPUTS, MessageKey>;

/**
 * What the nomination form sends, blanks as absent; the nomination's own rules (name length,
 * known bands) are the API's schema, applied after.
 */
export const nominationFormSubmission = z.object({
  campaignId: campaignIdField,
  [NOMINATION_FORM_INPUTS.name]: optionalText(200),
  [NOMINATION_FORM_INPUTS.contact]: optionalText(400),
  [NOMINATION_FORM_INPUTS.kind]: optionalText(40),
  [NOMINATION_FORM_INPUTS.ageBand]: optionalText(40),
  [NOMINATION_FORM_INPUTS.frequency]: optionalText(40),
});
