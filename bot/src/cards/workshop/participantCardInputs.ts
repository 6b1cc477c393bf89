import { z } from "zod";
import { contributionStepField, requestIdField } from "./workshopActionData";

/** Ids of the participant card's inputs. */
export const PARTICIPANT_CARD_INPUTS = {
  text: "text",
  tag: "tag",
  value: "value",
  comment: "comment",
} as const;

/** A contribution: the step's words, the party when the step asks who would commit. */
export const contributeSubmission = z.object({
  stepId: contributionStepField,
  [PARTICIPANT_CARD_INPUTS.text]: z.string().max(5000).default(""),
  [PARTICIPANT_CARD_INPUTS.tag]: z.string().max(20).optional(),
  requestId: requestIdField,
});

/** A position on the scale (a ChoiceSet answers a string), with a comment when the settings allow one. */
export const scaleSubmission = z.object({
  [PARTICIPANT_CARD_INPUTS.value]: z
    .union([
      z.number(),
      z
        .string()
        .regex(/^-?\d+(\.\d+)?$/)
        .transform(Number),
    ])
    .optional(),
  [PARTICIPANT_CARD_INPUTS.comment]: z.string().max(5000).optional(),
});

/** One dot placed on (or taken back from) a ballot line. */
export const voteSubmission = z.object({
  stepId: z.enum(["actionsVote", "qualitiesVote", "prioritiesVote"]),
  itemId: z.string().min(1).max(100),
  requestId: requestIdField,
});
