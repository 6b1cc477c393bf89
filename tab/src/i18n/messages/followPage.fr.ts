/** Texts of the follow-up page (/follow/<token>): the poster and the roadmap, in its own chunk: the other usager pages do not load them. */
export const followPageFr = {
  "poster.sheet.label": "Affiche à imprimer",
  "poster.sheet.title": "Vivre ensemble le service public",
  "poster.sheet.qualities": "Les qualités que nous voulons faire vivre",
  "poster.sheet.commitments": "Nos engagements",
  "poster.sheet.footer": "{service} — {date}",
  "poster.sheet.validatedByAll": "Validée par les {total} participants",
  "poster.sheet.validatedBy": "Validée par {approvals} participants sur {total}",
  "poster.sheet.awaiting": "Version {version} en cours de validation : {approvals} accord(s) sur {total}",
  "poster.answer.title": "Votre avis sur la version {version}",
  "poster.answer.youApproved":
    "Vous avez approuvé cette version. Vous pouvez changer d'avis tant que la validation est ouverte.",
  "poster.answer.youAsked": "Vous avez demandé une modification sur cette version.",
  "poster.answer.comment": "Votre demande de modification (facultatif pour un accord)",
  "poster.answer.approve": "J'approuve cette version",
  "poster.answer.change": "Je demande une modification",
  "roadmap.progress": "Avancement",
  "roadmap.status.toStart": "À lancer",
  "roadmap.status.inProgress": "En cours",
  "roadmap.status.done": "Réalisée",
  "roadmap.status.dropped": "Abandonnée",
  "roadmap.follow.loading": "Chargement…",
  "roadmap.follow.title": "{name} : nos engagements",
  "roadmap.follow.intro":
    "Vous avez participé à la démarche « Vivre ensemble le service public ». Voici l'affiche issue des ateliers et ce que deviennent les engagements.",
  "roadmap.follow.roadmap": "Où en sont les engagements",
  "roadmap.follow.noActions":
    "Le comité de pilotage n'a pas encore décidé des actions. Revenez bientôt sur cette page.",
  "roadmap.follow.due": "échéance : {date}",
  "roadmap.follow.latest": "Dernière nouvelle ({date}) : {comment}",
} as const;
