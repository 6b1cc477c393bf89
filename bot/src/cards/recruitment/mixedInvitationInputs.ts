import { z } from "zod";
import { MIXED_ANSWERS } from "../../domain/mixedPanel";
import { campaignIdField } from "./inputFields";

/** What the workshop 3 question's two buttons send. */
export const mixedAnswerData = z.object({ campaignId: campaignIdField, answer: z.enum(MIXED_ANSWERS) });
export type MixedAnswerData = z.infer<typeof mixedAnswerData>;
