import { z } from "zod";

/** Ids of the facilitator card's inputs; the commitment fields are numbered by kept priority (1, 2, …). */
export const FACILITATOR_INPUTS = {
  seconds: "seconds",
  commitText: (n: number) => `commitText-${n}`,
  commitParty: (n: number) => `commitParty-${n}`,
} as const;

/** A command button: the pointer revision the facilitator saw, and the countdown when it sets one. */
export const commandSubmission = z.object({
  revision: z.coerce.number().int().min(0),
  [FACILITATOR_INPUTS.seconds]: z.coerce.number().int().optional(),
});

/** A commitment written under kept priority `n`: its text and party inputs are read by that number. */
export const commitSubmission = z
  .object({ n: z.coerce.number().int().min(1).max(100), sourceItemId: z.string().min(1).max(100) })
  .passthrough()
  .transform((d) => {
    const text = (d as Record<string, unknown>)[FACILITATOR_INPUTS.commitText(d.n)];
    const party = (d as Record<string, unknown>)[FACILITATOR_INPUTS.commitParty(d.n)];
    return {
      sourceItemId: d.sourceItemId,
      party: typeof party === "string" ? party.slice(0, 20) : "",
      text: typeof text === "string" ? text.slice(0, 5000) : "",
    };
  });
