import type { roadmapFr } from "./roadmap.fr";

/** Tab texts of the roadmap page's on-demand edit forms, in English. */
export const roadmapEn: { readonly [K in keyof typeof roadmapFr]: string } = {
  "roadmap.edit.update": "Update",
  "roadmap.edit.plan": "Plan",
  "roadmap.edit.cancel": "Cancel",
  "roadmap.edit.loading": "Loading the form…",
  "roadmap.edit.updateTitle": "Update of “{title}”",
  "roadmap.edit.planTitle": "Owner and due date of “{title}”",
  "roadmap.edit.retry": "Try again",
  "roadmap.committee.decide": "Decide",
  "roadmap.committee.change": "Change the decision",
  "roadmap.committee.formTitle": "Decision on “{text}”",
};
