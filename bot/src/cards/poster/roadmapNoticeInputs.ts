import { z } from "zod";

/**
 * The notice card's toggle (« Ne plus recevoir ces nouvelles » and back) carries nothing: the
 * preference is the caller's own, for every campaign, so nothing from the card is trusted.
 */
export const noticeToggleData = z.object({}).strip();
export type NoticeToggleData = z.infer<typeof noticeToggleData>;
