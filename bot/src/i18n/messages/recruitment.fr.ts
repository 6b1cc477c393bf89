/** Recruitment: campaign set-up, invitations, volunteering, panels, usagers. French is the reference. */
export const recruitmentFr = {
  "recruitment.form.title": "Nouvelle campagne « Vivre ensemble »",
  "recruitment.form.intro":
    "Décrivez la campagne. Les dates pourront changer ensuite ; laissez 15 jours à un mois entre l'atelier des agents et celui des usagers.",
  "recruitment.form.name": "Nom de la campagne",
  "recruitment.form.namePlaceholder": "Service funéraire — 2027",
  "recruitment.form.approach": "Approche",
  "recruitment.form.approach.thematic": "Thématique (un service)",
  "recruitment.form.approach.territorial": "Territoriale (un site, plusieurs services)",
  "recruitment.form.services": "Service(s), séparés par des virgules",
  "recruitment.form.site": "Site (approche territoriale)",
  "recruitment.form.workshop1": "Date de l'atelier 1 (agents)",
  "recruitment.form.workshop2": "Date de l'atelier 2 (usagers)",
  "recruitment.form.workshop3": "Date de l'atelier 3 (mixte)",
  "recruitment.form.panelSize": "Taille des panels",
  "recruitment.form.submit": "Créer la campagne",
  "recruitment.form.required": "Ce champ est obligatoire.",

  "recruitment.summary.title": "Campagne créée : prête à recruter",
  "recruitment.summary.approach": "Approche",
  "recruitment.summary.services": "Service(s)",
  "recruitment.summary.site": "Site",
  "recruitment.summary.workshop": "Atelier {number}",
  "recruitment.summary.notPlanned": "à planifier",
  "recruitment.summary.panelSize": "Taille des panels",
  "recruitment.summary.coordinator": "Coordination",
  "recruitment.summary.next":
    "Étape suivante : écrivez « inviter » dans ce canal pour appeler les agents à se porter volontaires.",
  "recruitment.approach.thematic": "thématique",
  "recruitment.approach.territorial": "territoriale",

  "recruitment.spacing.tooClose":
    "Attention : {days} jours seulement entre l'atelier 1 et l'atelier 2 (conseillé : {minDays} à {maxDays} jours), les agents auront peu de temps pour recruter des usagers.",
  "recruitment.spacing.tooFar":
    "Attention : {days} jours entre l'atelier 1 et l'atelier 2 (conseillé : {minDays} à {maxDays} jours), la dynamique risque de retomber.",
  "recruitment.spacing.workshop2BeforeWorkshop1":
    "Attention : l'atelier 2 (usagers) est prévu avant l'atelier 1 (agents).",

  "recruitment.error.badForm": "Le formulaire est incomplet ou mal rempli : {field}.",
  "recruitment.error.dateInvalid": "La date « {value} » n'est pas valide (attendu : AAAA-MM-JJ).",
  "recruitment.error.noCampaign":
    "Aucune campagne que vous coordonnez n'attend de volontaires. Écrivez d'abord « nouvelle campagne ».",
  "recruitment.error.notInTeam": "Cette commande s'utilise dans un canal de l'équipe du service.",
  "recruitment.error.noIdentity": "Teams ne m'a pas transmis votre identité : réessayez depuis Teams.",
  "recruitment.error.consentRequired": "Merci de cocher la case de consentement pour enregistrer votre profil.",
  "recruitment.error.recruitmentClosed": "Le recrutement de cette campagne est terminé.",

  "recruitment.invitation.title": "Appel à volontaires : « Vivre ensemble le service public »",
  "recruitment.invitation.intro":
    "Votre service lance la démarche « Vivre ensemble » : trois ateliers conviviaux d'environ deux heures pour imaginer, avec des usagers, une meilleure relation au quotidien. Ce n'est pas une évaluation du service ni des personnes.",
  "recruitment.invitation.dates": "Atelier des agents : {date}",
  "recruitment.invitation.volunteer": "Je me porte volontaire",
  "recruitment.invitation.posted": "Invitation publiée dans le canal.",

  "recruitment.profile.title": "Votre profil (par tranches)",
  "recruitment.profile.consent":
    "Pourquoi ces questions ? Seulement pour composer un panel qui ressemble au service (âge, sexe, catégorie, filière). Vos réponses sont en tranches, ne servent à rien d'autre, ne sont montrées à personne en dessous de 5 personnes, et sont supprimées à la fin de la campagne{retention}. Vous pouvez changer vos réponses ou vous retirer à tout moment.",
  "recruitment.profile.retention": " (au plus tard le {date})",
  "recruitment.profile.consentLabel": "Consentement",
  "recruitment.profile.consentToggle": "J'accepte que ces réponses servent à équilibrer le panel",
  "recruitment.profile.ageBand": "Tranche d'âge",
  "recruitment.profile.sex": "Sexe",
  "recruitment.profile.category": "Catégorie",
  "recruitment.profile.staffKind": "Filière",
  "recruitment.profile.save": "Enregistrer",
  "recruitment.profile.cancel": "Annuler",

  "recruitment.value.sex.undisclosed": "je préfère ne pas le dire",
  "recruitment.value.category.A": "catégorie A",
  "recruitment.value.category.B": "catégorie B",
  "recruitment.value.category.C": "catégorie C",
  "recruitment.value.staffKind.technical": "filière technique",
  "recruitment.value.staffKind.administrative": "filière administrative",

  "recruitment.status.volunteered": "Merci {name} : vous êtes volontaire pour « {campaign} ».",
  "recruitment.status.profile": "Vos réponses : {profile}.",
  "recruitment.status.next": "La coordination composera un panel équilibré et vous dira si vous y êtes.",
  "recruitment.status.withdrawn":
    "Vous vous êtes retiré·e de « {campaign} ». Vos réponses ont été effacées. Vous pouvez revenir quand vous voulez.",
  "recruitment.status.change": "Modifier mes réponses",
  "recruitment.status.withdraw": "Me retirer",

  "recruitment.progress.title": "Invitations individuelles",
  "recruitment.progress.counts":
    "{sent} envoyée(s), {pending} en attente, {failed} en échec, {unreachable} injoignable(s), sur {total}.",
  "recruitment.progress.follow": "Suivre dans l'onglet",
  "recruitment.progress.unreachableHint":
    "Injoignable : l'application n'est pas installée pour cette personne, ou elle l'a bloquée.",
  "recruitment.progress.inviteAll": "Inviter aussi chaque membre en message privé",
  "recruitment.progress.remind": "Relancer ceux qui n'ont pas répondu",
  "recruitment.progress.replay": "Renvoyer les échecs",
  "recruitment.progress.queued": "{queued} invitation(s) mises en file d'envoi.",
  "recruitment.progress.replayed": "{count} envoi(s) en échec remis en file.",
  "recruitment.reminder.title": "Petit rappel : « {campaign} » cherche encore des volontaires",

  "recruitment.notice.selectedTitle": "Vous faites partie du panel de l'atelier 1",
  "recruitment.notice.selected":
    "Merci d'avoir proposé votre aide : vous êtes dans le panel des agents pour « {campaign} ».",
  "recruitment.notice.notSelectedTitle": "Merci pour votre proposition",
  "recruitment.notice.notSelected":
    "Le panel des agents de « {campaign} » est complet : vous n'y êtes pas cette fois-ci, pour garder un panel qui ressemble au service. Merci encore ; vous serez tenu·e au courant des résultats.",
  "recruitment.notice.when": "Date : {date}",
  "recruitment.notice.whenUnknown": "La date vous sera communiquée bientôt.",
  "recruitment.notice.join": "Rejoindre la réunion",
  "recruitment.api.invalidBody": "La requête est mal formée : {details}",
  "recruitment.api.noOrigin":
    "La sélection est enregistrée, mais personne n'a été prévenu : la campagne n'est liée à aucune équipe Teams.",

  "recruitment.mixed.open": "Atelier 3 : reproposer",
  "recruitment.mixed.cardTitle": "Participer à l'atelier mixte ?",
  "recruitment.mixed.cardIntro":
    "Vous avez fait partie du panel des agents. L'atelier 3 réunit la moitié des agents et la moitié des usagers : souhaitez-vous y participer ?",
  "recruitment.mixed.yes": "Oui, je participe",
  "recruitment.mixed.no": "Non merci",
  "recruitment.mixed.answeredYes":
    "C'est noté : vous êtes volontaire pour l'atelier 3. Vous pouvez encore changer d'avis.",
  "recruitment.mixed.answeredNo":
    "C'est noté : vous ne participerez pas à l'atelier 3. Vous pouvez encore changer d'avis.",
  "recruitment.mixed.opened":
    "Atelier 3 : {queued} agent(s) sollicité(s) maintenant, sur {agents} au panel ; {usagers} usager(s) verront la question sur leur lien.",
  "recruitment.mixed.notAsked":
    "Cette question s'adresse aux membres du panel des agents, une fois l'atelier 3 ouvert.",
  "recruitment.mixed.noOrigin":
    "Les usagers peuvent répondre sur leur lien, mais aucun agent n'a été sollicité : la campagne n'est liée à aucune équipe Teams. Utilisez le bouton « Atelier 3 : reproposer » de la carte de suivi.",

  "recruitment.nominate.action": "Proposer un usager",
  "recruitment.nominate.title": "Proposer un usager pour l'atelier 2",
  "recruitment.nominate.intro":
    "Pensez à quelqu'un que vous recevez au service. Il ou elle recevra un lien personnel pour accepter ou refuser et donner ses réponses. Son nom n'est vu que par la coordination.",
  "recruitment.nominate.name": "Nom ou pseudonyme",
  "recruitment.nominate.contact": "Contact (facultatif : téléphone ou courriel)",
  "recruitment.nominate.kind": "Type d'usager",
  "recruitment.nominate.frequency": "Fréquentation du service",
  "recruitment.nominate.submit": "Créer le lien",
  "recruitment.nominate.done": "Merci ! Donnez ce lien personnel à {name} (valable jusqu'au {date}) :",
  "recruitment.nominate.open": "Ouvrir le lien",
} as const;
