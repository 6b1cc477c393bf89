import type { joinPageFr } from "./joinPage.fr";

export const joinPageEn: { readonly [K in keyof typeof joinPageFr]: string } = {
  "workshop.join.title": "Join the workshop",
  "workshop.join.code": "Code: {code}",
  "workshop.join.qrAlt": "QR code to {url}",
  "workshop.join.connecting": "Connecting to the workshop…",
  "workshop.join.sending": "Sending…",
  "workshop.join.intro": "No account or name needed: your answers stay anonymous.",
  "workshop.join.cardLabel": "Current step",
  "workshop.answers.one": "{count} answer",
  "workshop.answers.other": "{count} answers",
};
