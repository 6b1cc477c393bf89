/** Tab texts of the setup screens. French is the reference. */
export const setupFr = {
} as const;
