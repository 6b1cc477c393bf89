/** Action.Execute verbs owned by the poster capability; the card action map is typed by this union. */
export const POSTER_VERBS = [
  "poster.approve",
  "poster.requestChange",
  "roadmap.notify.off",
  "roadmap.notify.on",
] as const;
export type PosterVerb = (typeof POSTER_VERBS)[number];
