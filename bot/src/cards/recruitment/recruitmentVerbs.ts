/** Every Action.Execute verb recruitment owns; the feature routes them through a typed map. */
export const RECRUITMENT_VERBS = [
  "recruitment.createCampaign",
  "recruitment.volunteer",
  "recruitment.saveProfile",
  "recruitment.withdraw",
  "recruitment.myStatus",
  "recruitment.inviteAll",
  "recruitment.remind",
  "recruitment.replay",
  "recruitment.progress",
  "recruitment.nominateForm",
  "recruitment.nominateUsager",
  "recruitment.openMixed",
  "recruitment.mixedAnswer",
] as const;
export type RecruitmentVerb = (typeof RECRUITMENT_VERBS)[number];
