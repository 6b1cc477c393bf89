import type { Endpoint } from "./endpoint";

/** The recruitment routes of the tab's API (see endpoint.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled route by route
export interface RecruitmentApi {}

export type _RecruitmentEndpoint = Endpoint<unknown, unknown>;
