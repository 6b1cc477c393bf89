import { sharedLabelsEn } from "./shared/labels.en";
import { publicLabelsEn } from "./shared/publicLabels.en";
import { campaignEn } from "./messages/campaign.en";
import type { Catalogue } from "./fr";
import { commonEn } from "./messages/common.en";
import { domainErrorsEn } from "./messages/domainErrors.en";
import { posterEn } from "./messages/poster.en";
import { recruitmentEn } from "./messages/recruitment.en";
import { workshopEn } from "./messages/workshop.en";

/** Each feature's English file is typed against its French one, so a missing key fails to compile. */
export const en: Catalogue = {
  ...sharedLabelsEn,
  ...publicLabelsEn,
  ...commonEn,
  ...domainErrorsEn,
  ...recruitmentEn,
  ...workshopEn,
  ...posterEn,
  ...campaignEn,
};
