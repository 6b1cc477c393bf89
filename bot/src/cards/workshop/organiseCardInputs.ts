import { z } from "zod";
import { contributionStepField } from "./workshopActionData";

/** Ids of the « merge or hide » card's inputs. */
export const ORGANISE_INPUTS = {
  keep: "keepId",
  merge: "mergeIds",
  hide: "hideId",
  unhide: "unhideId",
} as const;

const itemId = z.string().min(1).max(100);

/** Duplicates folded into the item kept; a multi-select ChoiceSet answers "a,b,c". */
export const mergeSubmission = z
  .object({
    stepId: contributionStepField,
    [ORGANISE_INPUTS.keep]: itemId,
    [ORGANISE_INPUTS.merge]: z.union([z.string().transform((s) => s.split(",").filter(Boolean)), z.array(itemId)]),
  })
  .transform((d) => ({ stepId: d.stepId, keepId: d.keepId, mergeIds: d.mergeIds }));

export const hideSubmission = z
  .object({ stepId: contributionStepField, [ORGANISE_INPUTS.hide]: itemId })
  .transform((d) => ({ stepId: d.stepId, id: d.hideId }));

export const unhideSubmission = z
  .object({ stepId: contributionStepField, [ORGANISE_INPUTS.unhide]: itemId })
  .transform((d) => ({ stepId: d.stepId, id: d.unhideId }));
