/** Tab texts of the workshop capability. French is the reference. */
export const workshopFr = {
} as const;
