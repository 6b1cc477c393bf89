import type { posterFr } from "./poster.fr";

export const posterEn: { readonly [K in keyof typeof posterFr]: string } = {
  "poster.auth.missingToken": "Sign-in required: open this page from Teams so that your identity is passed on.",
  "poster.auth.malformedToken": "The authentication token cannot be read. Reload the tab in Teams.",
  "poster.auth.badSignature": "The authentication token is not signed by Microsoft Entra. Reload the tab in Teams.",
  "poster.auth.wrongIssuer": "The authentication token was not issued by Microsoft Entra for your organisation.",
  "poster.auth.wrongAudience": "The authentication token is not meant for this app.",
  "poster.auth.expired": "Your session has expired. Reload the tab in Teams.",
  "poster.auth.missingScope":
    "The authentication token does not grant access to this app (access_as_user permission missing).",
  "poster.auth.tenantNotAllowed": "Your organisation is not allowed to use this app.",
  "poster.auth.missingClaims": "The authentication token does not say who you are (user or organisation id missing).",
  "poster.auth.keysUnavailable": "Microsoft Entra's signing keys cannot be reached right now. Try again in a moment.",
  "poster.auth.ssoNotConfigured": "Teams single sign-on is not configured on this server.",

  "poster.api.invalidBody": "Invalid data: {details}",

  "poster.title": "Living together in public service",
  "poster.qualities": "The qualities we want to live by",
  "poster.commitments": "Our commitments",
  "poster.validatedBy": "Validated by {approvals} participants out of {total}",
  "poster.validatedByAll": "Validated by all {total} participants",
  "poster.awaiting": "Version {version} being validated: {approvals} approval(s) out of {total}",
  "poster.footer": "{service} — {date}",

  "poster.card.title": "The poster of “{campaign}” awaits your opinion",
  "poster.card.intro":
    "Here is version {version} of the poster from the mixed workshop. It will be displayed in the service: do you agree with this text?",
  "poster.card.commentLabel": "Your change request (optional when you approve)",
  "poster.card.commentPlaceholder": "E.g.: replace “courtesy” with “politeness”",
  "poster.card.approve": "I approve this version",
  "poster.card.requestChange": "I ask for a change",
  "poster.card.open": "View the poster",
  "poster.card.thanksApproved": "Thank you: your approval of version {version} is recorded.",
  "poster.card.thanksChange": "Thank you: your change request on version {version} was passed on to the coordinators.",
  "poster.card.stale": "The poster changed: here is version {version}.",
  "poster.card.closed": "Validation of this poster has ended.",
  "poster.card.notParticipant": "Only the participants of the mixed workshop validate the poster.",
  "poster.card.privacy": "Your answer is shown only to the coordinators of the method.",

  "roadmap.card.title": "News about a commitment of “{campaign}”",
  "roadmap.card.status": "“{action}” is now: {status}.",
  "roadmap.card.progress": "Progress: {progress}%",
  "roadmap.card.open": "View the roadmap",
  "roadmap.card.notifyOff": "Stop these updates",
  "roadmap.card.notifyOn": "Receive these updates again",
  "roadmap.card.offDone": "Noted: you will no longer receive news about commitments. You can turn them back on here.",
  "roadmap.card.onDone": "Noted: you will receive news about commitments again.",
  "roadmap.status.toStart": "to start",
  "roadmap.status.inProgress": "in progress",
  "roadmap.status.done": "done",
  "roadmap.status.dropped": "dropped",
};
