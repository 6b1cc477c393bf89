import { sharedLabelsFr } from "./shared/labels.fr";
import { publicLabelsFr } from "./shared/publicLabels.fr";
import { campaignFr } from "./messages/campaign.fr";
import { commonFr } from "./messages/common.fr";
import { domainErrorsFr } from "./messages/domainErrors.fr";
import { posterFr } from "./messages/poster.fr";
import { recruitmentFr } from "./messages/recruitment.fr";
import { workshopFr } from "./messages/workshop.fr";

/** The French catalogue, one file per capability under messages/. French is the reference. */
export const fr = {
  ...sharedLabelsFr,
  ...publicLabelsFr,
  ...commonFr,
  ...domainErrorsFr,
  ...recruitmentFr,
  ...workshopFr,
  ...posterFr,
  ...campaignFr,
} as const;

export type MessageKey = keyof typeof fr;
export type Catalogue = { readonly [K in MessageKey]: string };
