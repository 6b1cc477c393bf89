/** Recruitment (issue 3): campaign set-up, invitations, volunteering, panels, usagers. French is the reference. */
export const recruitmentFr = {
} as const;
