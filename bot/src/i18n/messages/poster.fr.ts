/** Poster, committee, roadmap, follow-up (issue 5). French is the reference. */
export const posterFr = {
} as const;
