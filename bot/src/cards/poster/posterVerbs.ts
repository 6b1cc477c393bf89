/** Action.Execute verbs owned by the poster capability, by what they do; the card action map is typed by them. */
export const POSTER_VERB = {
  approve: "poster.approve",
  requestChange: "poster.requestChange",
  noticesOff: "roadmap.notify.off",
  noticesOn: "roadmap.notify.on",
} as const;
export const POSTER_VERBS = Object.values(POSTER_VERB);
export type PosterVerb = (typeof POSTER_VERB)[keyof typeof POSTER_VERB];
