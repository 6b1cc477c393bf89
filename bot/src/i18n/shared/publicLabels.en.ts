import type { publicLabelsFr } from "./publicLabels.fr";

export const publicLabelsEn: { readonly [K in keyof typeof publicLabelsFr]: string } = {
  "app.name": "Living together in public service",
  "poster.party.agents": "The agents",
  "poster.party.usagers": "Service users",
  "poster.party.both": "Agents and service users together",
  "recruitment.value.ageBand.under30": "under 30",
  "recruitment.value.ageBand.30to44": "30 to 44",
  "recruitment.value.ageBand.45to54": "45 to 54",
  "recruitment.value.ageBand.55plus": "55 and over",
  "recruitment.value.sex.female": "female",
  "recruitment.value.sex.male": "male",
  "recruitment.value.sex.other": "other",
};
