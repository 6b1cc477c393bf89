import type { Endpoint } from "./endpoint";

/** The workshop routes of the tab's API (see endpoint.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled route by route
export interface WorkshopApi {}

export type _WorkshopEndpoint = Endpoint<unknown, unknown>;
