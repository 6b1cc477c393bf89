import type { publicLabelsFr } from "./publicLabels.fr";

export const publicLabelsEn: { readonly [K in keyof typeof publicLabelsFr]: string } = {
  "app.name": "Living together in public service",
  "poster.party.agents": "The agents",
  "poster.party.usagers": "Service users",
  "poster.party.both": "Agents and service users together",
};
