import { z } from "zod";

/** Ids of the validation card's inputs: Teams sends each input's value under its id. */
export const POSTER_VALIDATION_INPUTS = { comment: "comment" } as const;

/** What the card shows as the comment's limit; the rule behind it is the API's (2000). */
export const POSTER_COMMENT_CARD_MAX = 300;

/**
 * « J'approuve » and « Je demande une modification »: the campaign and the version the card shows,
 * from the buttons' data, and the comment typed on the card. The version may come back as text.
 */
export const posterAnswerData = z.object({
  campaignId: z.string().min(1).max(200),
  version: z.coerce.number().int().min(1),
  [POSTER_VALIDATION_INPUTS.comment]: z.string().max(2000).optional(),
});
export type PosterAnswerData = z.infer<typeof posterAnswerData>;

/** What the buttons carry; the comment is added by Teams from the input. */
export type PosterAnswerButtonData = Omit<PosterAnswerData, typeof POSTER_VALIDATION_INPUTS.comment>;
