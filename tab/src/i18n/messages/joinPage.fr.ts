/** Texts of the join page (/join/<code>), in its own chunk: the other usager pages do not load them. */
export const joinPageFr = {
  "workshop.join.title": "Rejoindre l'atelier",
  "workshop.join.code": "Code : {code}",
  "workshop.join.qrAlt": "QR code vers {url}",
  "workshop.join.connecting": "Connexion à l'atelier…",
  "workshop.join.sending": "Envoi…",
  "workshop.join.intro": "Pas besoin de compte ni de nom : vos réponses restent anonymes.",
  "workshop.join.cardLabel": "Étape en cours",
  "workshop.answers.one": "{count} réponse",
  "workshop.answers.other": "{count} réponses",
} as const;
