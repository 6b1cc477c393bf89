/** Tab texts of the poster capability. French is the reference. */
export const posterFr = {
} as const;
