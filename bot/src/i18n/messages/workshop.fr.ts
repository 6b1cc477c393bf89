/** Workshops (issue 4): facilitator, participant cards, join page, stage. French is the reference. */
export const workshopFr = {
} as const;
