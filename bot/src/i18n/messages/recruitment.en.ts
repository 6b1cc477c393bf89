import type { recruitmentFr } from "./recruitment.fr";

export const recruitmentEn: { readonly [K in keyof typeof recruitmentFr]: string } = {
  "recruitment.form.title": "New « Vivre ensemble » campaign",
  "recruitment.form.intro":
    "Describe the campaign. Dates can change later; leave 15 days to a month between the agents' workshop and the usagers' workshop.",
  "recruitment.form.name": "Campaign name",
  "recruitment.form.namePlaceholder": "Funeral service — 2027",
  "recruitment.form.approach": "Approach",
  "recruitment.form.approach.thematic": "Thematic (one service)",
  "recruitment.form.approach.territorial": "Territorial (one site, several services)",
  "recruitment.form.services": "Service(s), comma separated",
  "recruitment.form.site": "Site (territorial approach)",
  "recruitment.form.workshop1": "Workshop 1 date (agents)",
  "recruitment.form.workshop2": "Workshop 2 date (usagers)",
  "recruitment.form.workshop3": "Workshop 3 date (mixed)",
  "recruitment.form.panelSize": "Panel size",
  "recruitment.form.submit": "Create the campaign",
  "recruitment.form.required": "This field is required.",

  "recruitment.summary.title": "Campaign created: ready to recruit",
  "recruitment.summary.approach": "Approach",
  "recruitment.summary.services": "Service(s)",
  "recruitment.summary.site": "Site",
  "recruitment.summary.workshop": "Workshop {number}",
  "recruitment.summary.notPlanned": "to be scheduled",
  "recruitment.summary.panelSize": "Panel size",
  "recruitment.summary.coordinator": "Coordinator",
  "recruitment.summary.next": "Next step: type « invite » in this channel to ask agents to volunteer.",
  "recruitment.approach.thematic": "thematic",
  "recruitment.approach.territorial": "territorial",

  "recruitment.spacing.tooClose":
    "Warning: only {days} days between workshop 1 and workshop 2 (advised: {minDays} to {maxDays} days); agents will have little time to recruit usagers.",
  "recruitment.spacing.tooFar":
    "Warning: {days} days between workshop 1 and workshop 2 (advised: {minDays} to {maxDays} days); momentum may fade.",
  "recruitment.spacing.workshop2BeforeWorkshop1":
    "Warning: workshop 2 (usagers) is planned before workshop 1 (agents).",

  "recruitment.error.badForm": "The form is incomplete or badly filled in: {field}.",
  "recruitment.error.dateInvalid": "The date « {value} » is not valid (expected: YYYY-MM-DD).",
  "recruitment.error.noCampaign": "No campaign you coordinate is waiting for volunteers. Type « new campaign » first.",
  "recruitment.error.notInTeam": "Use this command in a channel of the service's team.",
  "recruitment.error.noIdentity": "Teams did not send your identity: please try again from Teams.",
  "recruitment.error.consentRequired": "Please tick the consent box to save your profile.",
  "recruitment.error.recruitmentClosed": "Recruitment for this campaign is over.",

  "recruitment.invitation.title": "Call for volunteers: « Vivre ensemble le service public »",
  "recruitment.invitation.intro":
    "Your service is starting the « Vivre ensemble » method: three friendly workshops of about two hours to imagine, with usagers, a better everyday relationship. It is not an evaluation of the service or of anyone.",
  "recruitment.invitation.dates": "Agents' workshop: {date}",
  "recruitment.invitation.volunteer": "I volunteer",
  "recruitment.invitation.posted": "Invitation posted in the channel.",

  "recruitment.profile.title": "Your profile (in bands)",
  "recruitment.profile.consent":
    "Why these questions? Only to form a panel that looks like the service (age, sex, category, staff type). Answers are bands, serve nothing else, are never shown to anyone for groups under 5 people, and are deleted at the end of the campaign{retention}. You can change your answers or withdraw at any time.",
  "recruitment.profile.retention": " (on {date} at the latest)",
  "recruitment.profile.consentLabel": "Consent",
  "recruitment.profile.consentToggle": "I agree that these answers are used to balance the panel",
  "recruitment.profile.ageBand": "Age band",
  "recruitment.profile.sex": "Sex",
  "recruitment.profile.category": "Category",
  "recruitment.profile.staffKind": "Staff type",
  "recruitment.profile.save": "Save",
  "recruitment.profile.cancel": "Cancel",

  "recruitment.value.sex.undisclosed": "prefer not to say",
  "recruitment.value.category.A": "category A",
  "recruitment.value.category.B": "category B",
  "recruitment.value.category.C": "category C",
  "recruitment.value.staffKind.technical": "technical staff",
  "recruitment.value.staffKind.administrative": "administrative staff",

  "recruitment.status.volunteered": "Thank you {name}: you volunteered for « {campaign} ».",
  "recruitment.status.profile": "Your answers: {profile}.",
  "recruitment.status.next": "The coordinators will form a balanced panel and tell you whether you are on it.",
  "recruitment.status.withdrawn":
    "You withdrew from « {campaign} ». Your answers were deleted. You can come back whenever you like.",
  "recruitment.status.change": "Change my answers",
  "recruitment.status.withdraw": "Withdraw",

  "recruitment.progress.title": "Individual invitations",
  "recruitment.progress.counts":
    "{sent} sent, {pending} pending, {failed} failed, {unreachable} unreachable, out of {total}.",
  "recruitment.progress.follow": "Follow in the tab",
  "recruitment.progress.unreachableHint": "Unreachable: the app is not installed for this person, or they blocked it.",
  "recruitment.progress.inviteAll": "Also invite every member in a private message",
  "recruitment.progress.remind": "Remind those who have not answered",
  "recruitment.progress.replay": "Resend the failures",
  "recruitment.progress.queued": "{queued} invitation(s) queued for sending.",
  "recruitment.progress.replayed": "{count} failed send(s) queued again.",
  "recruitment.reminder.title": "A gentle reminder: « {campaign} » is still looking for volunteers",

  "recruitment.notice.selectedTitle": "You are on the workshop 1 panel",
  "recruitment.notice.selected": "Thank you for offering your help: you are on the agents' panel for « {campaign} ».",
  "recruitment.notice.notSelectedTitle": "Thank you for volunteering",
  "recruitment.notice.notSelected":
    "The agents' panel for « {campaign} » is complete: you are not on it this time, so that the panel looks like the service. Thank you again; you will hear about the results.",
  "recruitment.notice.when": "Date: {date}",
  "recruitment.notice.whenUnknown": "The date will be sent to you soon.",
  "recruitment.notice.join": "Join the meeting",
  "recruitment.api.invalidBody": "The request is malformed: {details}",
  "recruitment.api.noOrigin":
    "The selection is saved, but nobody was told: the campaign is not linked to any Teams team.",

  "recruitment.mixed.open": "Workshop 3: ask again",
  "recruitment.mixed.cardTitle": "Take part in the mixed workshop?",
  "recruitment.mixed.cardIntro":
    "You were on the agent panel. Workshop 3 brings together half of the agents and half of the usagers: would you like to take part?",
  "recruitment.mixed.yes": "Yes, I'll take part",
  "recruitment.mixed.no": "No thanks",
  "recruitment.mixed.answeredYes": "Noted: you volunteer for workshop 3. You can still change your mind.",
  "recruitment.mixed.answeredNo": "Noted: you will not take part in workshop 3. You can still change your mind.",
  "recruitment.mixed.opened":
    "Workshop 3: {queued} agent(s) asked now, of {agents} on the panel; {usagers} usager(s) will see the question on their link.",
  "recruitment.mixed.notAsked": "This question is for members of the agent panel, once workshop 3 is open.",
  "recruitment.mixed.noOrigin":
    "Usagers can answer on their link, but no agent was asked: the campaign is not linked to any Teams team. Use the « Workshop 3: ask again » button on the tracking card.",

  "recruitment.nominate.action": "Suggest an usager",
  "recruitment.nominate.title": "Suggest an usager for workshop 2",
  "recruitment.nominate.intro":
    "Think of someone you serve. They will get a personal link to accept or decline and give their answers. Their name is seen by the coordinators only.",
  "recruitment.nominate.name": "Name or pseudonym",
  "recruitment.nominate.contact": "Contact (optional: phone or email)",
  "recruitment.nominate.kind": "Type of usager",
  "recruitment.nominate.frequency": "How often they come",
  "recruitment.nominate.submit": "Create the link",
  "recruitment.nominate.done": "Thank you! Give this personal link to {name} (valid until {date}):",
  "recruitment.nominate.open": "Open the link",
};
