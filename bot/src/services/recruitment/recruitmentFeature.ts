import type { RecruitmentVerb } from "../../cards/recruitment/recruitmentVerbs";
import type { CardActionHandler } from "../botPorts";
import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";
import { newCampaignCommand, submitCampaignForm } from "./campaignForm";
import { inviteAll, inviteCommand, progress, remind, replay } from "./invitations";
import type { RecruitmentServices } from "./recruitmentServices";
import { recruitmentStores } from "./recruitmentStores";
import { myStatus, openProfile, saveProfile, withdraw } from "./volunteering";
import { openNomination, submitNomination } from "./nominationCard";
import { answerMixedCard, openMixedCard } from "./mixedPanel";

/**
 * @deprecated Take `stores` from the RecruitmentServices that app.ts builds (createRecruitmentServices)
 * instead. Kept while other capabilities still call it; the stores are stateless, so a second set
 * reads and writes the same tables.
 */
export function recruitmentRuntime(ctx: Pick<FeatureContext, "tables">): Pick<RecruitmentServices, "stores"> {
  return { stores: recruitmentStores(ctx.tables) };
}

/** Recruitment's commands and card actions, on the services app.ts built once. */
export function recruitmentFeature(services: RecruitmentServices): Feature {
  const { setup, volunteering, selection: mixed, usagers, invitations, worker } = services;
  const cardActions: Record<RecruitmentVerb, CardActionHandler> = {
    "recruitment.createCampaign": (r) => submitCampaignForm(setup, r),
    "recruitment.volunteer": (r) => openProfile(volunteering, r),
    "recruitment.saveProfile": (r) => saveProfile(volunteering, r),
    "recruitment.withdraw": (r) => withdraw(volunteering, r),
    "recruitment.myStatus": (r) => myStatus(volunteering, r),
    "recruitment.inviteAll": (r) => inviteAll(invitations, r),
    "recruitment.remind": (r) => remind(invitations, r),
    "recruitment.replay": (r) => replay(invitations, r),
    "recruitment.progress": (r) => progress(invitations, r),
    "recruitment.nominateForm": (r) => openNomination(usagers, r),
    "recruitment.nominateUsager": (r) => submitNomination(usagers, r),
    "recruitment.openMixed": (r) => openMixedCard(mixed, r),
    "recruitment.mixedAnswer": (r) => answerMixedCard(mixed, r),
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
