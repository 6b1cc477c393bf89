import type { domainErrorsFr } from "./domainErrors.fr";

export const domainErrorsEn: { readonly [K in keyof typeof domainErrorsFr]: string } = {
  "domain.campaign.approachInvalid":
    "Choose an approach: thematic (one service) or territorial (one site grouping several services).",
  "domain.campaign.coordinatorRequired": "A campaign needs at least one person to coordinate it. Add one.",
  "domain.campaign.effectFailed": "The step could not be taken: the campaign stays where it was.",
  "domain.campaign.invalidTransition":
    "The campaign cannot go from “{from}” to “{to}”: it moves forward one stage at a time, and can be closed at any time.",
  "domain.campaign.nameLength": "The campaign name must have between {min} and {max} characters (it has {length}).",
  "domain.campaign.panelSizeOutOfRange": "A panel has between {min} and {max} people. Choose a number in that range.",
  "domain.campaign.retentionDateInvalid":
    "The date “{value}” is not recognised. Give the retention date as YYYY-MM-DD.",
  "domain.campaign.lastCoordinator":
    "This person is the campaign's only coordinator. Name someone else as coordinator first, then change their role.",
  "domain.campaign.personRequired": "Choose a person from the team.",
  "domain.campaign.agentPanelNotConfirmed": "The agent panel is not confirmed yet (Recruitment page, Agents tab).",
  "domain.campaign.moveBlocked": "This step is not possible yet. What is missing:",
  "domain.campaign.committeeIncomplete":
    "The steering committee has not decided on every commitment yet (Roadmap page).",
  "domain.campaign.workshopDateMissing": "Workshop {workshop} has no date yet (« Edit the campaign » button).",
  "domain.campaign.mixedPanelNotConfirmed": "The mixed panel is not confirmed yet (Recruitment page, Mixed panel tab).",
  "domain.campaign.movedMeanwhile":
    "The campaign moved to another step in the meantime: it is now at « {state} ». The page has been updated.",
  "domain.campaign.posterNotFinal":
    "The poster is not validated by every participant yet (or validation was not closed on the Poster page).",
  "domain.campaign.usagerPanelNotConfirmed": "The usager panel is not confirmed yet (Recruitment page, Usagers tab).",
  "domain.campaign.workshopAlreadyHeld":
    "Workshop {workshop} has already taken place: what was said there stays, and the campaign goes on from it.",
  "domain.campaign.workshopNotHeld":
    "Workshop {workshop} has not started yet: start it with « workshop » in the meeting, or from the console.",
  "domain.campaign.serviceDuplicate": "The same service is listed twice. Keep it only once.",
  "domain.campaign.serviceNameEmpty": "One of the services has no name. Name each service or remove the empty line.",
  "domain.campaign.servicesEmpty": "Give at least one service taking part in the campaign.",
  "domain.campaign.siteRequired":
    "For a territorial approach, give the name of the site (for example “Maison de Hautepierre”).",
  "domain.campaign.thematicNeedsOneService":
    "A thematic approach covers a single service, and {count} are listed. Keep one, or choose the territorial approach.",

  // Recruitment: the campaign asked for, the panels and the usagers' personal links.
  "domain.campaign.notFound": "This campaign does not exist (any more).",
  "domain.campaign.forbidden": "Only the coordinators of this campaign can do that.",
  "domain.recruitment.consentRequired": "Please tick the consent box to take part.",
  "domain.recruitment.mixedClosed":
    "The workshop 3 panel is already settled: contact the coordination to change your answer.",
  "domain.recruitment.mixedNotAsked": "Workshop 3 is not open yet, or you have not agreed to join the panel.",
  "domain.recruitment.mixedNotOpened":
    "Ask both panels about workshop 3 first: the mixed panel is composed among those who say yes.",
  "domain.recruitment.noAgentPanel": "Confirm the agent panel first: workshop 3 is recruited among its members.",
  "domain.recruitment.unknownMember": "« {id} » did not volunteer for workshop 3.",
  "domain.recruitment.unknownUsager": "« {id} » is not an usager who accepted to take part in this campaign.",
  "domain.recruitment.unknownVolunteer": "« {id} » is not a volunteer of this campaign.",
  "domain.usagerLink.notFound": "This link is not valid. Ask the agent who gave it to you for a new one.",
  "domain.usagerLink.expired": "This link has expired. Ask the agent who gave it to you for a new one.",
  "domain.committee.adaptedTextNotAllowed":
    "A new wording is only expected for an adapted commitment, not for a “{decision}” decision. Remove it, or choose “Adapted”.",
  "domain.committee.adaptedTextRequired": "For an adapted commitment, write its new wording.",
  "domain.committee.decisionInvalid": "Choose a decision: adopted, adapted or not adopted.",
  "domain.committee.levelInvalid":
    "Choose the level of decision: service, department, executive management or elected officials.",
  "domain.committee.reasonRequired":
    "For a “{decision}” decision, give the reason in a few words: participants want to know what became of their proposal.",
  "domain.committee.textTooLong": "The text “{field}” is longer than {max} characters. Please shorten it a little.",
  "domain.committee.unknownCommitment": "This commitment is not on the poster. Reload the page and try again.",

  "domain.contribution.alreadyHidden": "This contribution is already hidden.",
  "domain.contribution.alreadyMerged": "This contribution has already been merged with another one.",
  "domain.contribution.duplicateId": "This contribution is already saved: no need to send it again.",
  "domain.contribution.empty": "Write a few words before sending.",
  "domain.contribution.mergeAcrossSteps": "Only contributions from the same step of the same workshop can be merged.",
  "domain.contribution.mergeIntoItself": "A contribution cannot be merged with itself. Choose another one to keep.",
  "domain.contribution.notFound": "This contribution cannot be found. Reload the list and try again.",
  "domain.contribution.notHidden": "This contribution is already visible.",
  "domain.contribution.nothingToMerge": "Choose at least one contribution to merge into the one you keep.",
  "domain.contribution.tagInvalid": "Say who would commit: staff, service users, or both.",
  "domain.contribution.tagNotAllowed":
    "At the step “{stepId}”, there is no need to say who commits: your idea is enough.",
  "domain.contribution.tagRequired": "Say who would commit: staff, service users, or both.",
  "domain.contribution.tooLong":
    "Your text has {length} characters, for {max} at most. Shorten it, or make it two ideas.",
  "domain.contribution.tooManyEntries":
    "You have proposed {max} ideas at this step, the maximum planned. Thank you for your ideas!",
  "domain.contribution.unchanged": "Nothing has changed: edit the text or who commits before saving.",

  "domain.joinCode.expired": "This workshop is over: the code is no longer valid.",
  "domain.joinCode.notFound": "This workshop code does not exist. Check it with the facilitator.",
  "domain.joinDevice.clientLimitReached":
    "This connection has already brought {limit} devices into the workshop, the maximum. If you could not take part yet, ask the facilitator to enter your answers for you.",
  "domain.joinDevice.forbidden": "Your device is not recognised for this workshop: reload the page.",
  "domain.joinDevice.tooMany":
    "Many devices have just joined the workshop through this connection. Next try in {seconds} seconds: the page tries again by itself, keep it open.",
  "domain.joinDevice.workshopFull":
    "The workshop has reached its maximum number of devices ({limit}). Ask the facilitator to enter your answers for you.",

  "domain.makeup.countColumnMissing":
    "The header (line {line}) has no “count” column, which gives the number of people in each group. Add it.",
  "domain.makeup.duplicateColumn": "The column “{column}” appears twice in the header (line {line}). Keep only one.",
  "domain.makeup.empty": "The file is empty. Import the make-up of the service, with a header line.",
  "domain.makeup.invalidCount": "Line {line}: “{value}” is not a whole number. Give a number of people (0, 1, 2…).",
  "domain.makeup.invalidValue":
    "Line {line}: the value “{value}” is not recognised in the column “{column}”. Correct it, or leave the cell empty (or *) if it does not matter.",
  "domain.makeup.noRows": "The file only has the header. Add one line per group, with its number of people.",
  "domain.makeup.totalZero": "Every number of people is 0. Give how many people each group has.",
  "domain.makeup.unknownColumn":
    "The column “{column}” (line {line}) is not recognised. Check its spelling, or remove it.",
  "domain.makeup.wrongFieldCount": "Line {line}: {found} values instead of {expected}. Check the separators (; or ,).",

  "domain.panel.empty": "The panel is empty: tick at least one person, then confirm.",
  "domain.panel.mixedEmpty":
    "The mixed panel is empty: tick at least one agent or usager among those who said yes, then confirm. If nobody has said yes yet, wait for the answers.",

  "domain.poster.alreadyValidated":
    "Everyone has already approved the poster: it is validated, no need to close the validation.",
  "domain.poster.closed": "The poster validation is closed: the poster can no longer be edited or validated.",
  "domain.poster.duplicateId": "Two items of the poster have the same identifier. Reload the page and try again.",
  "domain.poster.noApproval":
    "Nobody has approved this version of the poster yet. Wait for at least one approval before closing the validation.",
  "domain.poster.noCommitments": "Add at least one commitment to the poster.",
  "domain.poster.noQualities": "Add at least one quality to promote to the poster.",
  "domain.poster.notAParticipant": "Validating the poster is for the people who took part in the workshops.",
  "domain.poster.partyInvalid": "For each commitment, say who commits: staff, service users, or both.",
  "domain.poster.staleVersion":
    "The poster has changed since you opened it (you were looking at version {given}, here is version {current}). Read it again before giving your opinion.",
  "domain.poster.textEmpty": "A text of the poster is empty. Complete it, or remove the line.",
  "domain.poster.textTooLong": "This text is longer than {max} characters. Please shorten it a little.",
  "domain.poster.unchanged": "Nothing has changed on the poster: there is nothing to save.",
  "domain.poster.commentRequired": "Say in a few words what should change, then send again.",
  "domain.poster.conflict": "This campaign already has a poster: edit it instead of creating another one.",
  "domain.poster.forbidden": "You are not allowed to do this in this campaign.",
  "domain.poster.noWorkshopOutcome": "Workshop 3 of this campaign has not ended: enter the poster's content directly.",
  "domain.poster.notFound": "This campaign has no poster yet.",
  "domain.follow.notFound": "This follow-up link is not (or no longer) valid.",
  "domain.roadmap.notFound": "This roadmap action does not exist.",

  // Right of access and right to erasure of one person's data.
  "domain.privacy.forbidden": "Only the coordinators of this campaign can view or erase a person's data.",
  "domain.privacy.notFound": "Nothing is stored about this person in this campaign.",
  "domain.privacy.lastCoordinator":
    "This person is the campaign's only coordinator, so their data cannot be erased. Name another coordinator first, then try again.",

  "domain.profile.ageBandInvalid": "Choose your age band from: {allowed}.",
  "domain.profile.categoryInvalid": "Choose your category from: {allowed}.",
  "domain.profile.fieldMissing": "Please answer the question “{field}”.",
  "domain.profile.frequencyInvalid": "Say how often you come: {allowed}.",
  "domain.profile.kindInvalid": "Say whether you come as: {allowed}.",
  "domain.profile.notAnObject": "Your profile could not be read. Reload the form and try again.",
  "domain.profile.sexInvalid": "Choose an answer from: {allowed}.",
  "domain.profile.staffKindInvalid": "Choose your job family from: {allowed}.",

  "domain.roadmap.commentTooLong": "The comment is longer than {max} characters. Please shorten it a little.",
  "domain.roadmap.doneRequiresFullProgress":
    "A done action is 100% complete. Set the progress to 100%, or keep the status “In progress”.",
  "domain.roadmap.droppedNeedsComment": "To drop an action, explain why in a few words: participants want to know.",
  "domain.roadmap.dueDateInvalid": "The date “{value}” is not recognised. Give a due date as YYYY-MM-DD.",
  "domain.roadmap.emptyUpdate": "Give a status, a progress or a comment before saving.",
  "domain.roadmap.progressOutOfRange": "Progress is a whole number between {min} and {max}%.",
  "domain.roadmap.statusInvalid": "Choose a status: to start, in progress, done or dropped.",
  "domain.roadmap.titleRequired": "Give the action a title.",
  "domain.roadmap.titleTooLong": "The title is longer than {max} characters. Please shorten it a little.",
  "domain.roadmap.toStartRequiresNoProgress":
    "An action “To start” has not progressed yet. Set the progress back to 0%, or choose “In progress”.",
  // The team's member list, read from Teams for the people picker.
  "domain.roster.unavailable": "The team's member list could not be read from Teams. Try again in a moment.",

  "domain.scale.commentNotAllowed": "Here, only your position on the scale is asked for, without a comment.",
  "domain.scale.commentTooLong": "Your comment has {length} characters, for {max} at most. Please shorten it a little.",
  "domain.scale.notAnInteger": "Choose a whole-number position on the scale.",
  "domain.scale.outOfRange": "Choose a position between {min} and {max}.",

  "domain.schedule.campaignClosed": "This campaign is closed: no workshop can be scheduled in it any more.",
  "domain.schedule.invalidDate": "The date “{value}” is not recognised. Choose a date and a time in the calendar.",

  "domain.settings.budgetOutOfRange": "For “{key}”, the number of dots per person must be between {min} and {max}.",
  "domain.settings.keepOutOfRange": "For “{key}”, the number of items kept must be between {min} and {max}.",
  "domain.settings.maxEntriesOutOfRange":
    "The number of contributions per person and per step must be between {min} and {max}.",
  "domain.settings.maxLengthOutOfRange":
    "The maximum length of a contribution must be between {min} and {max} characters.",
  "domain.settings.maxPerItemOutOfRange":
    "For “{key}”, the number of dots on one item must be between {min} and {max} (no more than each person's dots).",
  "domain.settings.textEmpty": "A text is empty: {key}, in {locale}. Write it before saving.",
  "domain.settings.textTooLong":
    "A text is longer than {max} characters: {key}, in {locale}. Please shorten it a little.",

  "domain.vote.budgetExceeded":
    "You have already used all your dots ({budget}). To change your mind, remove one first.",
  "domain.vote.maxPerItemReached":
    "This item already has the most dots you can give it ({max}). Place the others elsewhere.",
  "domain.vote.noVoteToRetract": "You have no dot to remove on this item.",
  "domain.vote.unknownItem": "This item is not part of the vote. Reload the card and try again.",

  "domain.workshop.commandNotAllowed": "“{command}” is not possible right now: the workshop is in the state “{phase}”.",
  "domain.workshop.countdownOutOfRange": "The timer lasts between {min} and {max} seconds (0 stops it).",
  "domain.workshop.inputClosed": "Answers are not open for “{stepId}”. Wait for the facilitator's signal.",
  "domain.workshop.noNextStep": "This is the last step of the workshop. You can end it.",
  "domain.workshop.noPreviousStep": "This is the first step of the workshop: there is none before it.",
  "domain.workshop.stepNotCurrent":
    "The workshop has moved on to the step “{currentStepId}”: your answer for “{stepId}” was not taken into account. Carry on with the current step.",
  "domain.workshop.wrongStepType": "This answer does not match the step “{stepId}”. Reload the card and try again.",
  "domain.workshop.badInput": "Incomplete or malformed answer: try again from the updated card.",
  "domain.workshop.forbidden":
    "Only the campaign's coordinator, or the meeting's organiser or a presenter, may facilitate this workshop.",
  "domain.workshop.noCampaign":
    "No campaign is at a workshop step. Write “steps” to see where your campaign stands and move it on to its workshop.",
  "domain.workshop.notCommitmentsStep": "Commitments are written at the “Commitments” step.",
  "domain.workshop.notFound": "This workshop does not exist (any more).",
  "domain.workshop.staleVersion": "The workshop moved on meanwhile: here is the current step.",
  "domain.workshop.unknownItem": "This item is not on the list.",
  "domain.workshopSettings.forbidden": "Only the campaign's coordinators can change the workshop settings.",
  "domain.workshopSettings.staleVersion":
    "Someone else changed these settings since you opened them. Reload them, then make your changes again.",

  "spacing.tooClose":
    "The service users' workshop is planned {days} day(s) after the staff workshop. Leave {minDays} to {maxDays} days: staff need that time to present the method and recruit service users.",
  "spacing.tooFar":
    "The service users' workshop is planned {days} days after the staff workshop. Aim for {minDays} to {maxDays} days to keep the momentum.",
  "spacing.workshop2BeforeWorkshop1":
    "The service users' workshop is planned before the staff workshop. Staff go first: plan the service users' workshop {minDays} to {maxDays} days later.",

  "label.ageBand.under30": "Under 30",
  "label.ageBand.30to44": "30 to 44",
  "label.ageBand.45to54": "45 to 54",
  "label.ageBand.55plus": "55 and over",
  "label.sex.female": "Woman",
  "label.sex.male": "Man",
  "label.sex.other": "Other",
  "label.sex.undisclosed": "Prefer not to say",
  "label.category.A": "Category A",
  "label.category.B": "Category B",
  "label.category.C": "Category C",
  "label.staffKind.technical": "Technical staff",
  "label.staffKind.administrative": "Administrative staff",
  "label.usagerKind.individual": "Individual",
  "label.usagerKind.business": "Business",
  "label.usagerKind.association": "Association",
  "label.frequency.firstTime": "First time",
  "label.frequency.occasional": "From time to time",
  "label.frequency.regular": "Regularly",
  "label.profileField.ageBand": "Age band",
  "label.profileField.sex": "Sex",
  "label.profileField.category": "Category",
  "label.profileField.staffKind": "Job family",
  "label.profileField.kind": "You come as",
  "label.profileField.frequency": "How often you come",

  "label.commitParty.agents": "Staff",
  "label.commitParty.usagers": "Service users",
  "label.commitParty.both": "Staff and service users",
  "label.origin.agents": "Staff panel",
  "label.origin.usagers": "Service users' panel",
  "label.origin.both": "Both panels",

  "label.decisionKind.adopted": "Adopted",
  "label.decisionKind.adapted": "Adapted",
  "label.decisionKind.rejected": "Not adopted",
  "label.decisionLevel.service": "Service",
  "label.decisionLevel.department": "Department",
  "label.decisionLevel.executive": "Executive management",
  "label.decisionLevel.elected": "Elected officials",
  "label.committeeField.reason": "Reason",
  "label.committeeField.adaptedText": "New wording",
  "label.roadmapStatus.toStart": "To start",
  "label.roadmapStatus.inProgress": "In progress",
  "label.roadmapStatus.done": "Done",
  "label.roadmapStatus.dropped": "Dropped",

  "label.workshopPhase.notStarted": "Not started yet",
  "label.workshopPhase.input": "Answers open",
  "label.workshopPhase.closed": "Answers closed",
  "label.workshopPhase.revealed": "Results shown",
  "label.workshopPhase.paused": "Paused",
  "label.workshopPhase.ended": "Ended",
  "label.facilitatorCommand.start": "Start",
  "label.facilitatorCommand.openInput": "Open answers",
  "label.facilitatorCommand.closeInput": "Close answers",
  "label.facilitatorCommand.next": "Next step",
  "label.facilitatorCommand.previous": "Previous step",
  "label.facilitatorCommand.reveal": "Show results",
  "label.facilitatorCommand.pause": "Pause",
  "label.facilitatorCommand.resume": "Resume",
  "label.facilitatorCommand.end": "End",
  "label.facilitatorCommand.setCountdown": "Timer",
  "label.sequence.idealChaotic": "Ideal, then chaotic",
  "label.sequence.whereWeStand": "Where we stand",
  "label.sequence.actions": "Concrete actions",
  "label.sequence.qualities": "Qualities to promote",
  "label.sequence.priorities": "Priority proposals",
  "label.step.ideal": "The ideal relation",
  "label.step.chaotic": "The chaotic relation",
  "label.step.scale": "Where the relation stands",
  "label.step.actions": "Actions",
  "label.step.actionsVote": "Vote on actions",
  "label.step.qualitiesVote": "Vote on qualities",
  "label.step.prioritiesVote": "Vote on priorities",
  "label.step.commitments": "Commitments",
  "label.language.fr": "French",
  "label.language.en": "English",

  "domainParam.settingsPrompt": "prompt “{name}”",
  "domainParam.settingsSequenceTitle": "sequence title “{name}”",
};
