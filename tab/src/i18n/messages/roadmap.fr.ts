/**
 * Tab texts of the roadmap page added when its edit forms became on demand (the earlier roadmap.*
 * keys are in poster.fr.ts). French is the reference.
 */
export const roadmapFr = {
  "roadmap.edit.update": "Mettre à jour",
  "roadmap.edit.plan": "Planifier",
  "roadmap.edit.cancel": "Annuler",
  "roadmap.edit.loading": "Chargement du formulaire…",
  "roadmap.edit.updateTitle": "Mise à jour de « {title} »",
  "roadmap.edit.planTitle": "Responsable et échéance de « {title} »",
  "roadmap.edit.retry": "Réessayer",
  "roadmap.committee.decide": "Décider",
  "roadmap.committee.change": "Modifier la décision",
  "roadmap.committee.formTitle": "Décision sur « {text} »",
};
