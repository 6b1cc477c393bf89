/** Every Action.Execute verb the campaign capability owns; the feature routes them through a typed map. */
export const CAMPAIGN_VERBS = [
  "campaign.steps",
  "campaign.move",
  "campaign.roles",
  "campaign.role.assign",
  "campaign.role.remove",
] as const;
export type CampaignVerb = (typeof CAMPAIGN_VERBS)[number];
