/**
 * The shared labels the usagers' pages show too (the app's name, the poster's parties, age and sex
 * bands): apart, so that those pages load them without the rest (tab/src/public/).
 */
export const publicLabelsFr = {
  "app.name": "Vivre ensemble le service public",
  "poster.party.agents": "Les agents",
  "poster.party.usagers": "Les usagers",
  "poster.party.both": "Agents et usagers ensemble",
  "recruitment.value.ageBand.under30": "moins de 30 ans",
  "recruitment.value.ageBand.30to44": "30 à 44 ans",
  "recruitment.value.ageBand.45to54": "45 à 54 ans",
  "recruitment.value.ageBand.55plus": "55 ans et plus",
  "recruitment.value.sex.female": "femme",
  "recruitment.value.sex.male": "homme",
  "recruitment.value.sex.other": "autre",
} as const;
