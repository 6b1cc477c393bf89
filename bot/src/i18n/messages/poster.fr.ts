/** Poster, committee, roadmap, follow-up. French is the reference. */
export const posterFr = {
  "poster.auth.missingToken":
    "Connexion requise : ouvrez cette page depuis Teams pour que votre identité soit transmise.",
  "poster.auth.malformedToken": "Le jeton d'authentification est illisible. Rechargez l'onglet dans Teams.",
  "poster.auth.badSignature":
    "Le jeton d'authentification n'est pas signé par Microsoft Entra. Rechargez l'onglet dans Teams.",
  "poster.auth.wrongIssuer": "Le jeton d'authentification ne vient pas de Microsoft Entra pour votre organisation.",
  "poster.auth.wrongAudience": "Le jeton d'authentification n'est pas destiné à cette application.",
  "poster.auth.expired": "Votre session a expiré. Rechargez l'onglet dans Teams.",
  "poster.auth.missingScope":
    "Le jeton d'authentification ne donne pas accès à cette application (autorisation access_as_user manquante).",
  "poster.auth.tenantNotAllowed": "Votre organisation n'est pas autorisée à utiliser cette application.",
  "poster.auth.missingClaims":
    "Le jeton d'authentification ne dit pas qui vous êtes (identifiant ou organisation manquant).",
  "poster.auth.keysUnavailable":
    "Les clés de Microsoft Entra sont momentanément inaccessibles. Réessayez dans un instant.",
  "poster.auth.ssoNotConfigured": "L'authentification unique Teams n'est pas configurée sur ce serveur.",

  "poster.api.invalidBody": "Données invalides : {details}",

  "poster.title": "Vivre ensemble le service public",
  "poster.qualities": "Les qualités que nous voulons faire vivre",
  "poster.commitments": "Nos engagements",
  "poster.validatedBy": "Validée par {approvals} participants sur {total}",
  "poster.validatedByAll": "Validée par les {total} participants",
  "poster.awaiting": "Version {version} en cours de validation : {approvals} accord(s) sur {total}",
  "poster.footer": "{service} — {date}",

  "poster.card.title": "L'affiche de « {campaign} » attend votre avis",
  "poster.card.intro":
    "Voici la version {version} de l'affiche issue de l'atelier mixte. Elle sera affichée dans le service : êtes-vous d'accord avec ce texte ?",
  "poster.card.commentLabel": "Votre demande de modification (facultatif pour un accord)",
  "poster.card.commentPlaceholder": "Ex. : remplacer « courtoisie » par « politesse »",
  "poster.card.approve": "J'approuve cette version",
  "poster.card.requestChange": "Je demande une modification",
  "poster.card.open": "Voir l'affiche",
  "poster.card.thanksApproved": "Merci : votre accord sur la version {version} est enregistré.",
  "poster.card.thanksChange":
    "Merci : votre demande de modification sur la version {version} est transmise à la coordination.",
  "poster.card.stale": "L'affiche a changé : voici la version {version}.",
  "poster.card.closed": "La validation de cette affiche est terminée.",
  "poster.card.notParticipant": "Seuls les participants de l'atelier mixte valident l'affiche.",
  "poster.card.privacy": "Votre réponse n'est montrée qu'à la coordination de la démarche.",

  "roadmap.card.title": "Des nouvelles d'un engagement de « {campaign} »",
  "roadmap.card.status": "« {action} » est maintenant : {status}.",
  "roadmap.card.progress": "Avancement : {progress} %",
  "roadmap.card.open": "Voir la feuille de route",
  "roadmap.card.notifyOff": "Ne plus recevoir ces nouvelles",
  "roadmap.card.notifyOn": "Recevoir à nouveau ces nouvelles",
  "roadmap.card.offDone":
    "C'est noté : vous ne recevrez plus de nouvelles des engagements. Vous pouvez les réactiver ici.",
  "roadmap.card.onDone": "C'est noté : vous recevrez à nouveau les nouvelles des engagements.",
  "roadmap.status.toStart": "à lancer",
  "roadmap.status.inProgress": "en cours",
  "roadmap.status.done": "réalisée",
  "roadmap.status.dropped": "abandonnée",
} as const;
