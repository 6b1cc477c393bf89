import { publicLabelsEn } from "../../../../bot/src/i18n/shared/publicLabels.en";
import type { publicFr } from "./public.fr";

export const publicEn: { readonly [K in keyof typeof publicFr]: string } = {
  ...publicLabelsEn,
  "app.tagline": "Staff and service users, together for a better public service",
  "layout.skipToContent": "Skip to content",
  "layout.footer.accessibility": "Accessibility: not compliant",
  "language.label": "Language",
  "language.fr": "Français",
  "language.en": "English",
  "page.join": "Join a workshop",
  "page.confirm": "Confirm my participation",
  "page.follow": "Commitments follow-up",
  "error.network": "The server is not responding. Check your connection and try again.",
  "error.unexpected": "Something unexpected went wrong.",
  "error.auth": "Teams could not confirm who you are. Reload the tab and try again.",
  "notFound.title": "Page not found",
  "notFound.body": "This address does not match any page of the app.",
};
