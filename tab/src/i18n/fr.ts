import { sharedLabelsFr } from "../../../bot/src/i18n/shared/labels.fr";
import { campaignFr } from "./messages/campaign.fr";
import { confirmPageFr } from "./messages/confirmPage.fr";
import { followPageFr } from "./messages/followPage.fr";
import { joinPageFr } from "./messages/joinPage.fr";
import { publicFr } from "./messages/public.fr";
import { posterFr } from "./messages/poster.fr";
import { recruitmentFr } from "./messages/recruitment.fr";
import { roadmapFr } from "./messages/roadmap.fr";
import { settingsFr } from "./messages/settings.fr";
import { setupFr } from "./messages/setup.fr";
import { usagersFr } from "./messages/usagers.fr";
import { workshopFr } from "./messages/workshop.fr";

/**
 * French catalogue: the reference. Its keys define `Messages`, so the English catalogue
 * cannot miss or add one without failing the type check.
 */
const commonFr = {
  "layout.navLabel": "Navigation principale",
  "layout.nav.home": "Campagnes",
  "layout.nav.dashboard": "Tableau de bord",
  "layout.nav.accessibility": "Accessibilité",
  "layout.signedInAs": "Session de {name}",
  "localMode.body": "Mode local — identité locale, hors Teams",
  "home.title": "Campagnes « Vivre ensemble »",
  "home.intro":
    "Agents et usagers se retrouvent pour dire ce qui fait une bonne relation de service public, puis s'engagent sur quelques actions simples.",
  "home.method.title": "La méthode en cinq étapes",
  "home.method.step1.title": "Atelier des agents",
  "home.method.step1.body":
    "Les agents décrivent la relation idéale et la relation chaotique, puis proposent des actions.",
  "home.method.step2.title": "Atelier des usagers",
  "home.method.step2.body": "Deux à quatre semaines plus tard, les usagers font le même exercice.",
  "home.method.step3.title": "Atelier mixte",
  "home.method.step3.body": "Agents et usagers choisissent ensemble les qualités et les engagements prioritaires.",
  "home.method.step4.title": "Affiche",
  "home.method.step4.body": "Une page validée par tous, affichée dans le service.",
  "home.method.step5.title": "Feuille de route",
  "home.method.step5.body": "Chaque engagement a un responsable, une échéance et un suivi.",
  "home.list.title": "Vos campagnes",
  "home.list.loading": "Chargement des campagnes…",
  "home.list.error": "Impossible de charger les campagnes.",
  "home.list.retry": "Réessayer",
  "home.list.empty.title": "Aucune campagne pour l'instant.",
  "home.list.empty.body":
    "Pour en créer une, utilisez « Nouvelle campagne » ci-dessus, ou écrivez « nouvelle campagne » au bot dans l'équipe du service.",
  "home.card.createdAt": "Créée le {date}",
  "home.card.site": "Site : {site}",
  "home.card.services": "Services : {services}",
  "home.card.poster": "Affiche",
  "home.card.roadmap": "Feuille de route",
  "home.card.recruitment": "Recrutement",
  "home.card.console": "Console d'animation",
  "home.card.linksLabel": "Pages de la campagne {name}",
  "approach.thematic": "Approche thématique",
  "approach.territorial": "Approche territoriale",
  "state.workshop1": "Atelier 1 — agents",
  "state.workshop2": "Atelier 2 — usagers",
  "state.workshop3": "Atelier 3 — mixte",
  "state.unknown": "État inconnu",
  "page.poster": "Affiche",
  "page.roadmap": "Feuille de route",
  "page.console": "Console d'animation",
  "page.stage": "Scène de la réunion",
  "page.dashboard": "Tableau de bord des responsables",
  "page.config": "Configurer l'onglet",
  "page.recruitment": "Recrutement des panels",
  "notFound.back": "Retour aux campagnes",
  "config.intro": "Choisissez la campagne et la page à afficher dans cet onglet.",
  "config.campaign": "Campagne",
  "config.campaignPlaceholder": "Choisir une campagne",
  "config.page": "Page",
  "config.page.poster": "Affiche",
  "config.page.roadmap": "Feuille de route",
  "config.page.console": "Console d'animation",
  "config.ready": "Prêt : cliquez sur « Enregistrer » dans Teams pour ajouter l'onglet.",
  "config.incomplete": "Choisissez une campagne et une page.",
  "config.localMode": "Hors de Teams, l'onglet ne peut pas être enregistré ; cette page sert seulement d'aperçu.",
  "config.preview": "Adresse de l'onglet : {url}",
  "config.noCampaign":
    "Aucune campagne à afficher. Créez-en une depuis l'accueil de l'onglet (« Nouvelle campagne ») ou écrivez « nouvelle campagne » au bot dans l'équipe du service.",
  "a11y.title": "Déclaration d'accessibilité",
  "a11y.intro":
    "La Ville s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s'applique à l'application Teams « Vivre ensemble le service public » (onglet, console d'animation et page pour rejoindre un atelier).",
  "a11y.status.title": "État de conformité",
  "a11y.status.body":
    "Non conforme — audit pas encore réalisé. L'application n'a pas encore été auditée au regard du référentiel général d'amélioration de l'accessibilité (RGAA 4.1) ; aucun taux de conformité ne peut donc être annoncé.",
  "a11y.done.title": "Ce qui a été fait",
  "a11y.done.keyboard":
    "Toutes les commandes sont accessibles au clavier, avec un focus visible et un lien d'évitement vers le contenu.",
  "a11y.done.contrast":
    "Les couleurs viennent des thèmes Teams (clair, sombre, contraste élevé) et visent un contraste d'au moins 4,5:1.",
  "a11y.done.labels":
    "Les champs, boutons et liens ont des intitulés explicites ; les pages ont un titre, une langue déclarée et des zones (en-tête, navigation, contenu).",
  "a11y.done.tests":
    "Chaque version est vérifiée automatiquement avec axe-core ; ces tests ne remplacent pas un audit.",
  "a11y.done.language": "Toute l'application est disponible en français et en anglais.",
  "a11y.limits.title": "Limites connues",
  "a11y.limits.body":
    "Les pages (accueil, recrutement, console, scène, participation, affiche, feuille de route, tableau de bord) passent les contrôles automatiques axe-core, mais aucun audit manuel ni test avec lecteur d'écran n'a encore été fait ; les thèmes sombre et contraste élevé de Teams n'ont pas été vérifiés. Les cartes envoyées par le bot dans Teams dépendent aussi de l'accessibilité de Teams.",
  "a11y.report.title": "Signaler un problème",
  "a11y.report.body":
    "Si vous ne pouvez pas accéder à un contenu ou à une fonction, signalez-le à l'équipe projet « Vivre ensemble » de votre collectivité (par message Teams à l'équipe du service ou au référent accessibilité numérique). Décrivez la page, ce que vous cherchiez à faire et votre équipement : nous vous répondrons et vous proposerons une alternative.",
  "a11y.recourse.title": "Voie de recours",
  "a11y.recourse.body":
    "Si vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (defenseurdesdroits.fr), par courrier gratuit : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
  "a11y.date": "Déclaration établie le 25 novembre 2026.",
} as const;

/** One file per capability under messages/, merged here; French is the reference. */
export const fr = {
  ...sharedLabelsFr,
  ...commonFr,
  ...publicFr,
  ...joinPageFr,
  ...confirmPageFr,
  ...followPageFr,
  ...recruitmentFr,
  ...setupFr,
  ...settingsFr,
  ...usagersFr,
  ...workshopFr,
  ...posterFr,
  ...roadmapFr,
  ...campaignFr,
} as const;

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
