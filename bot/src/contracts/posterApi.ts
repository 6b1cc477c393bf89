import type { Endpoint } from "./endpoint";

/** The poster routes of the tab's API (see endpoint.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled route by route
export interface PosterApi {}

export type _PosterEndpoint = Endpoint<unknown, unknown>;
