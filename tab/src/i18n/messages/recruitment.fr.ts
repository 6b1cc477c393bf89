/** Tab texts of the recruitment capability. French is the reference. */
export const recruitmentFr = {
} as const;
