/**
 * The shared labels the usagers' pages show too (the app's name, the poster's parties): apart, so that
 * those pages load them without the rest (tab/src/public/).
 */
export const publicLabelsFr = {
  "app.name": "Vivre ensemble le service public",
  "poster.party.agents": "Les agents",
  "poster.party.usagers": "Les usagers",
  "poster.party.both": "Agents et usagers ensemble",
} as const;
