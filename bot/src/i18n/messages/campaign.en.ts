import type { campaignFr } from "./campaign.fr";

export const campaignEn: { readonly [K in keyof typeof campaignFr]: string } = {
  "campaign.api.invalidBody": "The request is incomplete or malformed ({details}).",

  "campaign.steps.title": "Where the campaign stands",
  "campaign.steps.current": "Current step: {state}",
  "campaign.steps.done": "done",
  "campaign.steps.now": "now",
  "campaign.steps.workshopDate": "Workshop {number}: {date}",
  "campaign.steps.noDate": "Workshop {number}: date to be set",
  "campaign.steps.missing": "Before the next step:",
  "campaign.steps.ready": "Everything is ready for the next step.",
  "campaign.steps.closed": "The campaign is closed. Thank you all.",
  "campaign.steps.onlyCoordinators": "Only the people coordinating the campaign move it on.",
  "campaign.steps.moved": "Done: the campaign is now at « {state} ».",
  "campaign.steps.openPage": "Open the campaign page",
  "campaign.steps.roles": "Roles",
  "campaign.steps.choose": "Several campaigns concern you. Choose one:",
  "campaign.steps.none": "You do not coordinate any open campaign. Create one with “new campaign”.",
  "campaign.steps.show": "Steps of « {name} »",

  "campaign.roles.title": "Roles in « {name} »",
  "campaign.roles.intro": "Coordinators move the campaign on; managers follow and update the roadmap; readers follow.",
  "campaign.roles.coordinator": "Coordinator",
  "campaign.roles.manager": "Manager",
  "campaign.roles.reader": "Reader",
  "campaign.roles.person": "Team member",
  "campaign.roles.personPlaceholder": "Type a name",
  "campaign.roles.role": "Role",
  "campaign.roles.assign": "Name",
  "campaign.roles.remove": "Remove {name}",
  "campaign.roles.noRoster": "The team's member list is not known yet: type “roles” in the team's channel.",
  "campaign.roles.saved": "Saved.",
  "campaign.roles.notInTeam": "Type “roles” in the campaign team's channel, so that I can read its member list.",

  "campaign.who.auto": "Automatically",
  "campaign.who.erased": "Erased person",
  "campaign.who.unknown": "Someone from the coordination",

  "campaign.workshop.ended": "Workshop {number} of « {name} » has ended. Here is the next step:",
  "campaign.workshop.notNow": "« {name} » is not at a workshop step right now. Here is where it stands:",
  "campaign.reminder.title": "Reminder for « {name} »",
  "campaign.reminder.panelNotConfirmed":
    "Workshop {number} is planned on {date}, and its panel is not confirmed yet. Confirm it on the Recruitment page so that everyone is told in time.",
  "campaign.reminder.spacing": "Workshop calendar: {warning}",
};
