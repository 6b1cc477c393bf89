import { RECRUITMENT_VERB, type RecruitmentVerb } from "../../cards/recruitment/recruitmentVerbs";
import type { CardActionHandler } from "../botPorts";
import type { Feature } from "../feature";
import { newCampaignCommand, submitCampaignForm } from "./campaignForm";
import { inviteAll, inviteCommand, progress, remind, replay } from "./invitations";
import type { RecruitmentServices } from "./recruitmentServices";
import { myStatus, openProfile, saveProfile, withdraw } from "./volunteering";
import { openNomination, submitNomination } from "./nominationCard";
import { answerMixedCard, openMixedCard } from "./mixedPanel";

/** Recruitment's commands and card actions, on the services app.ts built once. */
export function recruitmentFeature(services: RecruitmentServices): Feature {
  const { setup, volunteering, selection: mixed, usagers, invitations, worker } = services;
  const cardActions: Record<RecruitmentVerb, CardActionHandler> = {
    [RECRUITMENT_VERB.createCampaign]: (r) => submitCampaignForm(setup, r),
    [RECRUITMENT_VERB.volunteer]: (r) => openProfile(volunteering, r),
    [RECRUITMENT_VERB.saveProfile]: (r) => saveProfile(volunteering, r),
    [RECRUITMENT_VERB.withdraw]: (r) => withdraw(volunteering, r),
    [RECRUITMENT_VERB.myStatus]: (r) => myStatus(volunteering, r),
    [RECRUITMENT_VERB.inviteAll]: (r) => inviteAll(invitations, r),
    [RECRUITMENT_VERB.remind]: (r) => remind(invitations, r),
    [RECRUITMENT_VERB.replay]: (r) => replay(invitations, r),
    [RECRUITMENT_VERB.progress]: (r) => progress(invitations, r),
    [RECRUITMENT_VERB.nominateForm]: (r) => openNomination(usagers, r),
    [RECRUITMENT_VERB.nominateUsager]: (r) => submitNomination(usagers, r),
    [RECRUITMENT_VERB.openMixed]: (r) => openMixedCard(mixed, r),
    [RECRUITMENT_VERB.mixedAnswer]: (r) => answerMixedCard(mixed, r),
  };
  return {
    name: "recruitment",
    commands: {
      newCampaign: newCampaignCommand,
      invite: (request) => inviteCommand(invitations, request),
    },
    cardActions,
    workers: [worker],
  };
}
