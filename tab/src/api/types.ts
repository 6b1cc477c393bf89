/** Shapes of the server's JSON answers, as the tab relies on them. */
export type CampaignApproach = "thematic" | "territorial";

export interface CampaignSummary {
  readonly id: string;
  readonly name: string;
  readonly approach: CampaignApproach;
  readonly services: readonly string[];
  readonly site?: string;
  /** One of the lifecycle states; kept as string so a newer server state does not break the tab. */
  readonly state: string;
  readonly createdAt: string;
}

export interface Me {
  readonly mode: "local" | "teams";
  readonly user: { readonly id: string; readonly name: string };
  /** Local mode only: the identities the switch can act as. */
  readonly personas?: readonly { readonly id: string; readonly name: string }[];
}
