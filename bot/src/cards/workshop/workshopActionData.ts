import { z } from "zod";
import { CONTRIBUTION_STEP_IDS } from "../../domain/contributions";

/** What every workshop button carries: the campaign and which of its three workshops. */
export const workshopRefSchema = z.object({
  campaignId: z.string().min(1).max(200),
  kind: z.coerce
    .number()
    .int()
    .min(1)
    .max(3)
    .transform((n) => n as 1 | 2 | 3),
});

/** A click's key: a resent activity or a double click carries the same one and changes nothing twice. */
export const requestIdField = z.string().min(4).max(64);
export const contributionStepField = z.enum(CONTRIBUTION_STEP_IDS);

/**
 * Where a facilitator's click comes from, so the answer is the card it came from: a tool card
 * (`form`), refreshed in place (`inPlace`), or the facilitator's view of a refresh (`view`).
 */
export const WORKSHOP_FORMS = { organise: "organiseCard", proxy: "proxyCard" } as const;
export const actionOriginSchema = z.object({
  form: z.enum([WORKSHOP_FORMS.organise, WORKSHOP_FORMS.proxy]).optional(),
  inPlace: z.boolean().optional(),
  view: z.enum(["facilitator", "participant"]).optional(),
  requestId: z.string().max(64).optional(),
});
export type ActionOrigin = z.infer<typeof actionOriginSchema>;

/** The origin flags of a click, empty when it has none (or unexpected ones). */
export function actionOrigin(data: Record<string, unknown>): ActionOrigin {
  const parsed = actionOriginSchema.safeParse(data);
  return parsed.success ? parsed.data : {};
}
