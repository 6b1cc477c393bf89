import { z } from "zod";
import { workshopRefSchema } from "./workshopActionData";

/**
 * The buttons of the card asked when the meeting ends: both carry the workshop and the revision the
 * pause left it at, so « end » is the facilitator's `end` command on exactly that state (a workshop
 * resumed meanwhile is not ended by an old question).
 */
export const meetingEndedSubmission = workshopRefSchema.extend({
  revision: z.coerce.number().int().min(0),
});
export type MeetingEndedSubmission = z.infer<typeof meetingEndedSubmission>;
