import { publicLabelsFr } from "../../../../bot/src/i18n/shared/publicLabels.fr";

/**
 * Texts of the frame around the usagers' pages (and around every page): their own module because the
 * usagers' pages load only these (tab/src/public/), with their page's own (joinPage, confirmPage,
 * followPage), never the staff's catalogue.
 */
export const publicFr = {
  ...publicLabelsFr,
  "app.tagline": "Agents et usagers, ensemble pour mieux vivre le service public",
  "layout.skipToContent": "Aller au contenu",
  "layout.footer.accessibility": "Accessibilité : non conforme",
  "language.label": "Langue",
  "language.fr": "Français",
  "language.en": "English",
  "page.join": "Rejoindre un atelier",
  "page.confirm": "Confirmer ma participation",
  "page.follow": "Suivi des engagements",
  "error.network": "Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.",
  "error.unexpected": "Une erreur inattendue s'est produite.",
  "error.auth": "Teams n'a pas pu confirmer votre identité. Rechargez l'onglet puis réessayez.",
  "notFound.title": "Page introuvable",
  "notFound.body": "Cette adresse ne correspond à aucune page de l'application.",
} as const;
