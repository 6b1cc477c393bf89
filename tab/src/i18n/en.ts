import { sharedLabelsEn } from "../../../bot/src/i18n/shared/labels.en";
import { campaignEn } from "./messages/campaign.en";
import type { Messages } from "./fr";
import { confirmPageEn } from "./messages/confirmPage.en";
import { followPageEn } from "./messages/followPage.en";
import { joinPageEn } from "./messages/joinPage.en";
import { publicEn } from "./messages/public.en";
import { posterEn } from "./messages/poster.en";
import { recruitmentEn } from "./messages/recruitment.en";
import { roadmapEn } from "./messages/roadmap.en";
import { settingsEn } from "./messages/settings.en";
import { setupEn } from "./messages/setup.en";
import { usagersEn } from "./messages/usagers.en";
import { workshopEn } from "./messages/workshop.en";

/** English catalogue; typed as `Messages` so its keys match the French ones exactly. */
const commonEn = {
  "layout.navLabel": "Main navigation",
  "layout.nav.home": "Campaigns",
  "layout.nav.dashboard": "Dashboard",
  "layout.nav.accessibility": "Accessibility",
  "layout.signedInAs": "Signed in as {name}",
  "localMode.body": "Local mode — local identity, outside Teams",
  "home.title": "“Living together” campaigns",
  "home.intro":
    "Staff and service users meet to say what makes a good public-service relationship, then commit to a few simple actions.",
  "home.method.title": "The method in five steps",
  "home.method.step1.title": "Staff workshop",
  "home.method.step1.body": "Staff describe the ideal and the chaotic relationship, then propose actions.",
  "home.method.step2.title": "Service users' workshop",
  "home.method.step2.body": "Two to four weeks later, service users do the same exercise.",
  "home.method.step3.title": "Mixed workshop",
  "home.method.step3.body": "Staff and service users choose the qualities and priority commitments together.",
  "home.method.step4.title": "Poster",
  "home.method.step4.body": "One page, approved by everyone, displayed in the service.",
  "home.method.step5.title": "Roadmap",
  "home.method.step5.body": "Each commitment gets an owner, a due date and follow-up.",
  "home.list.title": "Your campaigns",
  "home.list.loading": "Loading campaigns…",
  "home.list.error": "The campaigns could not be loaded.",
  "home.list.retry": "Try again",
  "home.list.empty.title": "No campaigns yet.",
  "home.list.empty.body":
    "To create one, use “New campaign” above, or write “new campaign” to the bot in the service's team.",
  "home.card.createdAt": "Created on {date}",
  "home.card.site": "Site: {site}",
  "home.card.services": "Services: {services}",
  "home.card.poster": "Poster",
  "home.card.roadmap": "Roadmap",
  "home.card.recruitment": "Recruitment",
  "home.card.console": "Facilitator console",
  "home.card.linksLabel": "Pages of campaign {name}",
  "approach.thematic": "Thematic approach",
  "approach.territorial": "Territorial approach",
  "state.workshop1": "Workshop 1 — staff",
  "state.workshop2": "Workshop 2 — service users",
  "state.workshop3": "Workshop 3 — mixed",
  "state.unknown": "Unknown state",
  "page.poster": "Poster",
  "page.roadmap": "Roadmap",
  "page.console": "Facilitator console",
  "page.stage": "Meeting stage",
  "page.dashboard": "Managers' dashboard",
  "page.config": "Configure the tab",
  "page.recruitment": "Panel recruitment",
  "notFound.back": "Back to campaigns",
  "config.intro": "Choose the campaign and the page to show in this tab.",
  "config.campaign": "Campaign",
  "config.campaignPlaceholder": "Choose a campaign",
  "config.page": "Page",
  "config.page.poster": "Poster",
  "config.page.roadmap": "Roadmap",
  "config.page.console": "Facilitator console",
  "config.ready": "Ready: select “Save” in Teams to add the tab.",
  "config.incomplete": "Choose a campaign and a page.",
  "config.localMode": "Outside Teams the tab cannot be saved; this page is only a preview.",
  "config.preview": "Tab address: {url}",
  "config.noCampaign":
    "No campaign to show. Create one from the tab's home page (“New campaign”) or write “new campaign” to the bot in the service's team.",
  "a11y.title": "Accessibility statement",
  "a11y.intro":
    "The City is committed to making its digital services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005. This statement applies to the Teams app “Living together in public service” (tab, facilitator console and workshop join page).",
  "a11y.status.title": "Compliance status",
  "a11y.status.body":
    "Not compliant — not audited yet. The app has not yet been audited against the French accessibility standard (RGAA 4.1, based on WCAG 2.1 AA), so no compliance rate can be stated.",
  "a11y.done.title": "What has been done",
  "a11y.done.keyboard":
    "Every control can be reached with the keyboard, with visible focus and a skip link to the content.",
  "a11y.done.contrast":
    "Colours come from the Teams themes (light, dark, high contrast) and aim for a contrast ratio of at least 4.5:1.",
  "a11y.done.labels":
    "Fields, buttons and links have explicit labels; pages have a title, a declared language and landmarks (header, navigation, main content).",
  "a11y.done.tests": "Every version is checked automatically with axe-core; these tests do not replace an audit.",
  "a11y.done.language": "The whole app is available in French and English.",
  "a11y.limits.title": "Known limitations",
  "a11y.limits.body":
    "The pages (home, recruitment, console, stage, join, poster, roadmap, dashboard) pass automated axe-core checks, but no manual audit or screen-reader test has been done yet, and Teams' dark and high-contrast themes have not been checked. Cards sent by the bot in Teams also depend on the accessibility of Teams itself.",
  "a11y.report.title": "Report a problem",
  "a11y.report.body":
    "If you cannot reach some content or feature, tell your administration's “Living together” project team (by Teams message to the service's team or to the digital accessibility officer). Describe the page, what you were trying to do and your equipment: we will reply and offer an alternative.",
  "a11y.recourse.title": "Legal recourse",
  "a11y.recourse.body":
    "If you do not get a satisfactory answer, you can contact the Défenseur des droits (defenseurdesdroits.fr), by free post: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
  "a11y.date": "Statement drawn up on 25 November 2026.",
};

export const en = {
  ...sharedLabelsEn,
  ...commonEn,
  ...publicEn,
  ...joinPageEn,
  ...confirmPageEn,
  ...followPageEn,
  ...recruitmentEn,
  ...setupEn,
  ...settingsEn,
  ...usagersEn,
  ...workshopEn,
  ...posterEn,
  ...roadmapEn,
  ...campaignEn,
} as const satisfies Messages;
