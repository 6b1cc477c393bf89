import type { Approach, CampaignState } from "../domain/campaign";
import type { Endpoint } from "./endpoint";

export interface CampaignSummaryDto {
  readonly id: string;
  readonly name: string;
  readonly approach: Approach;
  readonly services: readonly string[];
  readonly site?: string;
  readonly state: CampaignState;
  readonly createdAt: string;
  /** The caller coordinates it: the home page offers its set-up and steps. */
  readonly canEdit: boolean;
}

export interface MeDto {
  readonly mode: "local" | "teams";
  readonly user: { readonly id: string; readonly name: string };
  /** Local mode only: the identities the switch can act as. */
  readonly personas?: readonly { readonly id: string; readonly name: string }[];
}

/** Who is calling and the campaigns they can see. */
export interface CoreApi {
  "GET /api/me": Endpoint<undefined, MeDto>;
  "GET /api/campaigns": Endpoint<undefined, { readonly campaigns: readonly CampaignSummaryDto[] }>;
}
