/** Tab texts of the usagers screens. French is the reference. */
export const usagersFr = {
} as const;
