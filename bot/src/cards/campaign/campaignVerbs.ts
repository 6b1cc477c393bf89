/** Every Action.Execute verb the campaign capability owns; the feature routes them through a typed map. */
export const CAMPAIGN_VERBS = [
  "campaign.steps",
  "campaign.move",
  "campaign.roles",
  "campaign.role.assign",
  "campaign.role.remove",
] as const;
export type CampaignVerb = (typeof CAMPAIGN_VERBS)[number];

/** Ids of the roles card's inputs, shared by the builder and the handler. */
export const ROLE_INPUTS = { person: "rolePerson", role: "roleChoice" } as const;
