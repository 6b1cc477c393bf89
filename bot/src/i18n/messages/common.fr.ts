/** Messages shared by the whole app. French is the reference; common.en.ts must have the same keys. */
export const commonFr = {
  "welcome.title": "Bienvenue dans « Vivre ensemble le service public »",
  "welcome.intro":
    "Cette application aide votre service à mener la démarche participative « Vivre ensemble » : agents et usagers se rencontrent en trois ateliers conviviaux pour s'accorder sur des valeurs communes et des engagements simples et concrets.",
  "welcome.steps.title": "Comment ça marche",
  "welcome.step1":
    "Atelier 1 — un panel d'agents volontaires imagine la relation idéale, puis chaotique, se situe, et propose des actions.",
  "welcome.step2":
    "Atelier 2 — un panel d'usagers fait de même (sans compte Teams : une page de participation suffit).",
  "welcome.step3":
    "Atelier 3 — moitié agents, moitié usagers choisissent les qualités à promouvoir et les engagements prioritaires.",
  "welcome.step4":
    "L'affiche est validée par tous, puis la feuille de route du service suit chaque engagement jusqu'au bout.",
  "welcome.next.team": "Pour commencer, la personne qui coordonne la démarche écrit « nouvelle campagne » ici.",
  "welcome.next.personal":
    "Vous serez prévenu·e ici quand votre service lancera un appel à volontaires. Écrivez « aide » pour voir ce que je sais faire.",
  "welcome.next.groupChat":
    "Dans une réunion ou une conversation de groupe, j'anime les ateliers. Écrivez « aide » pour voir les commandes.",
  "welcome.privacy":
    "Vos contributions aux ateliers sont enregistrées sans votre nom. Ce n'est pas une évaluation du service ni des personnes.",
  "welcome.action.help": "Voir les commandes",
  "welcome.action.openApp": "Ouvrir l'application",

  "help.title": "Ce que je sais faire",
  "help.intro": "Écrivez une de ces commandes (en français ou en anglais) :",
  "help.cmd.help": "affiche cette aide",
  "help.cmd.newCampaign": "crée une campagne pour votre service (coordination)",
  "help.cmd.campaigns": "liste les campagnes en cours",
  "help.cmd.invite": "invite les agents de l'équipe à se porter volontaires (coordination)",
  "help.cmd.workshop": "lance ou reprend un atelier dans cette réunion (animation)",
  "help.cmd.steps": "montre où en est la campagne et fait passer à l'étape suivante (coordination)",
  "help.cmd.roles": "nomme les co-coordinateurs, responsables et lecteurs de la campagne (coordination)",
  "help.comingSoon": "bientôt disponible",

  "hint.unknown": "Je n'ai pas compris « {text} ». Écrivez « aide » pour voir ce que je sais faire.",
  "hint.empty": "Écrivez « aide » pour voir ce que je sais faire.",
  "command.notYet":
    "La commande « {command} » n'est pas encore disponible dans cette version. Elle arrive avec la suite de l'application.",

  "card.unknownAction": "Cette action n'est plus disponible. Écrivez « aide » pour voir ce que je sais faire.",
  "campaigns.none": "Aucune campagne pour l'instant. La coordination peut en créer une avec « nouvelle campagne ».",
  "campaigns.title": "Campagnes",

  "state.workshop1": "Atelier 1 (agents)",
  "state.workshop2": "Atelier 2 (usagers)",
  "state.workshop3": "Atelier 3 (mixte)",

  "error.internal":
    "Un problème technique est survenu. Réessayez dans un instant ; si cela persiste, prévenez l'équipe numérique.",
  "error.actionTryAgain":
    "Votre action n'est pas passée : un problème passager de notre côté. Réessayez dans un instant.",
  "error.messageTryAgain":
    "Votre message n'a pas pu être traité : un problème passager de notre côté. Renvoyez-le dans un instant.",
  "error.notFound": "Cette adresse n'existe pas.",
  "error.badJson": "La requête n'est pas un JSON valide.",
  "error.tooLarge": "La requête est trop volumineuse.",
  "error.storageUnavailable": "Le stockage ne répond pas pour l'instant. Réessayez dans un instant.",
  "error.rateLimited": "Trop de demandes en peu de temps. Patientez un instant puis réessayez.",
  "error.unauthorized": "Authentification requise.",
  "error.forbidden": "Vous n'avez pas les droits pour cette action.",
  "error.badActivity": "Cette requête n'est pas une activité Bot Framework valide.",
  "error.activityRefused": "Cette activité ne vient pas d'une organisation ou d'un service Teams autorisés.",
  "privacy.campaignNotFound": "Cette campagne n'existe pas.",
  "privacy.forbidden":
    "Seules les personnes qui coordonnent cette campagne peuvent consulter ou effacer les données d'une personne.",
  "privacy.personNotFound": "Aucune donnée n'est enregistrée pour cette personne dans cette campagne.",
  "privacy.invalidPerson": "Identifiant de personne invalide.",
  "privacy.lastCoordinator":
    "Cette personne est la seule à coordonner la campagne : ses données ne peuvent pas être effacées. Nommez d'abord une autre personne à la coordination, puis recommencez.",
} as const;
