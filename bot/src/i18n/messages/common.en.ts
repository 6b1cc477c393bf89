import type { commonFr } from "./common.fr";

export const commonEn: { readonly [K in keyof typeof commonFr]: string } = {
  "welcome.title": "Welcome to “Living together in public service”",
  "welcome.intro":
    "This app helps your service run the participatory method “Vivre ensemble”: staff and service users meet in three friendly workshops to agree on shared values and simple, concrete commitments.",
  "welcome.steps.title": "How it works",
  "welcome.step1":
    "Workshop 1 — a panel of volunteer staff imagines the ideal relation, then the chaotic one, says where things stand, and proposes actions.",
  "welcome.step2":
    "Workshop 2 — a panel of service users does the same (no Teams account needed: a join page is enough).",
  "welcome.step3": "Workshop 3 — half staff, half users choose the qualities to promote and the priority commitments.",
  "welcome.step4": "Everyone validates the poster, then the service roadmap follows each commitment through to done.",
  "welcome.next.team": "To begin, the person coordinating the method writes “new campaign” here.",
  "welcome.next.personal":
    "You will be told here when your service calls for volunteers. Write “help” to see what I can do.",
  "welcome.next.groupChat":
    "In a meeting or a group chat, I facilitate the workshops. Write “help” to see the commands.",
  "welcome.privacy":
    "Your workshop contributions are stored without your name. This is not an evaluation of the service or of anyone.",
  "welcome.action.help": "See the commands",
  "welcome.action.openApp": "Open the app",

  "help.title": "What I can do",
  "help.intro": "Write one of these commands (in English or French):",
  "help.cmd.help": "shows this help",
  "help.cmd.newCampaign": "creates a campaign for your service (coordinators)",
  "help.cmd.campaigns": "lists the current campaigns",
  "help.cmd.invite": "invites the team's staff to volunteer (coordinators)",
  "help.cmd.workshop": "starts or resumes a workshop in this meeting (facilitators)",
  "help.cmd.steps": "shows where the campaign stands and moves it to the next step (coordinators)",
  "help.cmd.roles": "names the campaign's co-coordinators, managers and readers (coordinators)",
  "help.comingSoon": "coming soon",

  "hint.unknown": "I did not understand “{text}”. Write “help” to see what I can do.",
  "hint.empty": "Write “help” to see what I can do.",
  "command.notYet":
    "The command “{command}” is not available in this version yet. It comes with the next parts of the app.",

  "card.unknownAction": "This action is no longer available. Write “help” to see what I can do.",
  "campaigns.none": "No campaign yet. A coordinator can create one with “new campaign”.",
  "campaigns.title": "Campaigns",

  "state.workshop1": "Workshop 1 (staff)",
  "state.workshop2": "Workshop 2 (users)",
  "state.workshop3": "Workshop 3 (mixed)",

  "error.internal": "Something went wrong on our side. Try again in a moment; if it persists, tell the digital team.",
  "error.actionTryAgain": "That did not go through: a passing problem on our side. Please try again in a moment.",
  "error.messageTryAgain":
    "Your message could not be handled: a passing problem on our side. Please send it again in a moment.",
  "error.notFound": "This address does not exist.",
  "error.badJson": "The request is not valid JSON.",
  "error.tooLarge": "The request is too large.",
  "error.storageUnavailable": "Storage is not answering right now. Try again in a moment.",
  "error.rateLimited": "Too many requests in a short time. Wait a moment, then try again.",
  "error.unauthorized": "Authentication required.",
  "error.forbidden": "You are not allowed to do this.",
  "error.badActivity": "This request is not a valid Bot Framework activity.",
  "error.activityRefused": "This activity does not come from an allowed organisation or Teams service.",
  "privacy.campaignNotFound": "This campaign does not exist.",
  "privacy.forbidden": "Only the coordinators of this campaign can view or erase a person's data.",
  "privacy.personNotFound": "Nothing is stored about this person in this campaign.",
  "privacy.invalidPerson": "Invalid person identifier.",
  "privacy.lastCoordinator":
    "This person is the campaign's only coordinator, so their data cannot be erased. Name another coordinator first, then try again.",
};
