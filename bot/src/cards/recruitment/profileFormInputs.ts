import { z } from "zod";
import type { AgentField } from "./choices";
import { campaignIdField } from "./inputFields";

/** Ids of the profile form's inputs: one choice per agent dimension, named as the dimension, and consent. */
export const PROFILE_FORM_INPUTS = {
  ageBand: "ageBand",
  sex: "sex",
  category: "category",
  staffKind: "staffKind",
  consent: "consent",
} as const satisfies Record<AgentField | "consent", string>;

const band = z.string().max(40).optional();

/** What the profile form's save sends; the bands are checked by the domain (parseAgentProfile). */
export const profileFormSubmission = z.object({
  campaignId: campaignIdField,
  [PROFILE_FORM_INPUTS.ageBand]: band,
  [PROFILE_FORM_INPUTS.sex]: band,
  [PROFILE_FORM_INPUTS.category]: band,
  [PROFILE_FORM_INPUTS.staffKind]: band,
  // Input.Toggle sends its valueOn / valueOff; some clients send a boolean.
  [PROFILE_FORM_INPUTS.consent]: z.union([z.enum(["true", "false"]), z.boolean()]).optional(),
});
export type ProfileFormSubmission = z.infer<typeof profileFormSubmission>;

export function consented(submission: ProfileFormSubmission): boolean {
  return submission.consent === true || submission.consent === "true";
}
