/**
 * Every Action.Execute verb recruitment owns, by name: cards put them on their buttons and the
 * feature routes them through a map typed by this list, so a verb cannot be on one side only.
 */
export const RECRUITMENT_VERB = {
  createCampaign: "recruitment.createCampaign",
  volunteer: "recruitment.volunteer",
  saveProfile: "recruitment.saveProfile",
  withdraw: "recruitment.withdraw",
  myStatus: "recruitment.myStatus",
  inviteAll: "recruitment.inviteAll",
  remind: "recruitment.remind",
  replay: "recruitment.replay",
  progress: "recruitment.progress",
  nominateForm: "recruitment.nominateForm",
  nominateUsager: "recruitment.nominateUsager",
  openMixed: "recruitment.openMixed",
  mixedAnswer: "recruitment.mixedAnswer",
} as const;
export type RecruitmentVerb = (typeof RECRUITMENT_VERB)[keyof typeof RECRUITMENT_VERB];
