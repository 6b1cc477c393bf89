/** The campaign's steps, moves and roles: the stepper card, the roles card, reminders and the API's messages. */
export const campaignFr = {
  "campaign.api.invalidBody": "La demande est incomplète ou mal formée ({details}).",

  "campaign.steps.title": "Où en est la campagne",
  "campaign.steps.current": "Étape actuelle : {state}",
  "campaign.steps.done": "fait",
  "campaign.steps.now": "en cours",
  "campaign.steps.workshopDate": "Atelier {number} : {date}",
  "campaign.steps.noDate": "Atelier {number} : date à fixer",
  "campaign.steps.missing": "Avant l'étape suivante :",
  "campaign.steps.ready": "Tout est prêt pour l'étape suivante.",
  "campaign.steps.closed": "La campagne est close. Merci à toutes et à tous.",
  "campaign.steps.onlyCoordinators": "Seules les personnes qui coordonnent la campagne la font avancer.",
  "campaign.steps.moved": "C'est fait : la campagne est maintenant à l'étape « {state} ».",
  "campaign.steps.openPage": "Ouvrir la page de la campagne",
  "campaign.steps.roles": "Rôles",
  "campaign.steps.choose": "Plusieurs campagnes vous concernent. Choisissez-en une :",
  "campaign.steps.none": "Vous ne coordonnez aucune campagne en cours. Créez-en une avec « nouvelle campagne ».",
  "campaign.steps.show": "Étapes de « {name} »",

  "campaign.roles.title": "Rôles de « {name} »",
  "campaign.roles.intro":
    "La coordination fait avancer la campagne ; les responsables suivent et mettent à jour la feuille de route ; les lecteurs suivent.",
  "campaign.roles.coordinator": "Coordination",
  "campaign.roles.manager": "Responsable",
  "campaign.roles.reader": "Lecture",
  "campaign.roles.person": "Personne de l'équipe",
  "campaign.roles.personPlaceholder": "Tapez un nom",
  "campaign.roles.role": "Rôle",
  "campaign.roles.assign": "Nommer",
  "campaign.roles.remove": "Retirer {name}",
  "campaign.roles.noRoster":
    "La liste des membres de l'équipe n'est pas encore connue : tapez « rôles » dans le canal de l'équipe.",
  "campaign.roles.saved": "C'est enregistré.",
  "campaign.roles.notInTeam":
    "Tapez « rôles » dans le canal de l'équipe de la campagne, pour que je lise la liste de ses membres.",

  // Who made a move or gave a role, in the history, when the campaign has no name for them.
  "campaign.who.auto": "Automatiquement",
  "campaign.who.erased": "Personne effacée",
  "campaign.who.unknown": "Une personne de la coordination",

  "campaign.workshop.ended": "L'atelier {number} de « {name} » est terminé. Voici l'étape suivante :",
  "campaign.workshop.notNow": "« {name} » n'est pas à l'étape d'un atelier en ce moment. Voici où elle en est :",
  "campaign.reminder.title": "Rappel pour « {name} »",
  "campaign.reminder.panelNotConfirmed":
    "L'atelier {number} est prévu le {date}, et son panel n'est pas encore confirmé. Confirmez-le sur la page Recrutement pour que chacun soit prévenu à temps.",
  "campaign.reminder.spacing": "Calendrier des ateliers : {warning}",
} as const;
