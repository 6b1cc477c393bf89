/**
 * Expected failures are values, not exceptions: every rule returns a Result whose error carries
 * a stable code (and parameters) that the i18n layer turns into a French and an English message.
 * Exceptions are kept for bugs (e.g. a pointer outside the template read from storage).
 */

/** Every code a domain rule can return. The i18n catalogues must have a fr and en entry for each. */
export const DOMAIN_ERROR_CODES = [
  "campaign.approachInvalid",
  "campaign.coordinatorRequired",
  "campaign.effectFailed",
  "campaign.forbidden",
  "campaign.invalidTransition",
  "campaign.nameLength",
  "campaign.notFound",
  "campaign.panelSizeOutOfRange",
  "campaign.retentionDateInvalid",
  "campaign.lastCoordinator",
  "campaign.personRequired",
  "campaign.agentPanelNotConfirmed",
  "campaign.moveBlocked",
  "campaign.committeeIncomplete",
  "campaign.workshopDateMissing",
  "campaign.mixedPanelNotConfirmed",
  "campaign.movedMeanwhile",
  "campaign.posterNotFinal",
  "campaign.usagerPanelNotConfirmed",
  "campaign.workshopAlreadyHeld",
  "campaign.workshopNotHeld",
  "campaign.serviceDuplicate",
  "campaign.serviceNameEmpty",
  "campaign.servicesEmpty",
  "campaign.siteRequired",
  "campaign.thematicNeedsOneService",
  "committee.adaptedTextNotAllowed",
  "committee.adaptedTextRequired",
  "committee.decisionInvalid",
  "committee.levelInvalid",
  "committee.reasonRequired",
  "committee.textTooLong",
  "committee.unknownCommitment",
  "contribution.alreadyHidden",
  "contribution.alreadyMerged",
  "contribution.duplicateId",
  "contribution.empty",
  "contribution.mergeAcrossSteps",
  "contribution.mergeIntoItself",
  "contribution.notFound",
  "contribution.notHidden",
  "contribution.nothingToMerge",
  "contribution.tagInvalid",
  "contribution.tagNotAllowed",
  "contribution.tagRequired",
  "contribution.tooLong",
  "contribution.tooManyEntries",
  "contribution.unchanged",
  "follow.notFound",
  "joinCode.expired",
  "joinCode.notFound",
  "joinDevice.clientLimitReached",
  "joinDevice.forbidden",
  "joinDevice.tooMany",
  "joinDevice.workshopFull",
  "makeup.countColumnMissing",
  "makeup.duplicateColumn",
  "makeup.empty",
  "makeup.invalidCount",
  "makeup.invalidValue",
  "makeup.noRows",
  "makeup.totalZero",
  "makeup.unknownColumn",
  "makeup.wrongFieldCount",
  "panel.empty",
  "panel.mixedEmpty",
  "poster.alreadyValidated",
  "poster.closed",
  "poster.commentRequired",
  "poster.conflict",
  "poster.duplicateId",
  "poster.forbidden",
  "poster.noApproval",
  "poster.noCommitments",
  "poster.noQualities",
  "poster.noWorkshopOutcome",
  "poster.notAParticipant",
  "poster.notFound",
  "poster.partyInvalid",
  "poster.staleVersion",
  "poster.textEmpty",
  "poster.textTooLong",
  "poster.unchanged",
  "privacy.forbidden",
  "privacy.lastCoordinator",
  "privacy.notFound",
  "profile.ageBandInvalid",
  "profile.categoryInvalid",
  "profile.fieldMissing",
  "profile.frequencyInvalid",
  "profile.kindInvalid",
  "profile.notAnObject",
  "profile.sexInvalid",
  "profile.staffKindInvalid",
  "recruitment.consentRequired",
  "recruitment.mixedClosed",
  "recruitment.mixedNotAsked",
  "recruitment.mixedNotOpened",
  "recruitment.noAgentPanel",
  "recruitment.unknownMember",
  "recruitment.unknownUsager",
  "recruitment.unknownVolunteer",
  "roadmap.commentTooLong",
  "roadmap.doneRequiresFullProgress",
  "roadmap.droppedNeedsComment",
  "roadmap.dueDateInvalid",
  "roadmap.emptyUpdate",
  "roadmap.notFound",
  "roadmap.progressOutOfRange",
  "roadmap.statusInvalid",
  "roadmap.titleRequired",
  "roadmap.titleTooLong",
  "roadmap.toStartRequiresNoProgress",
  "roster.unavailable",
  "scale.commentNotAllowed",
  "scale.commentTooLong",
  "scale.notAnInteger",
  "scale.outOfRange",
  "schedule.campaignClosed",
  "schedule.invalidDate",
  "settings.budgetOutOfRange",
  "settings.keepOutOfRange",
  "settings.maxEntriesOutOfRange",
  "settings.maxLengthOutOfRange",
  "settings.maxPerItemOutOfRange",
  "settings.textEmpty",
  "settings.textTooLong",
  "usagerLink.expired",
  "usagerLink.notFound",
  "vote.budgetExceeded",
  "vote.maxPerItemReached",
  "vote.noVoteToRetract",
  "vote.unknownItem",
  "workshop.badInput",
  "workshop.commandNotAllowed",
  "workshop.countdownOutOfRange",
  "workshop.forbidden",
  "workshop.inputClosed",
  "workshop.noCampaign",
  "workshop.noNextStep",
  "workshop.noPreviousStep",
  "workshop.notCommitmentsStep",
  "workshop.notFound",
  "workshop.staleVersion",
  "workshop.stepNotCurrent",
  "workshop.unknownItem",
  "workshop.wrongStepType",
  "workshopSettings.forbidden",
  "workshopSettings.staleVersion",
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export type DomainErrorParams = Readonly<Record<string, string | number>>;

/**
 * The one shape of an expected failure, from the domain up to the API and the cards: a code, its
 * parameters, and the reasons behind it when there are several (what blocks a move, each field
 * refused). Transport maps the code to an HTTP status (transport/http/statusOf.ts), i18n to text
 * (i18n/domainText.ts); nothing in between holds a status or a message.
 */
export interface DomainError {
  readonly code: DomainErrorCode;
  readonly params?: DomainErrorParams;
  readonly causes?: readonly DomainError[];
}

export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E extends DomainError = DomainError> = { readonly ok: false; readonly error: E };
export type Result<T, E extends DomainError = DomainError> = Ok<T> | Err<E>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err(code: DomainErrorCode, params?: DomainErrorParams): Err {
  return { ok: false, error: params === undefined ? { code } : { code, params } };
}

/** A refusal with the reasons behind it, each a coded error of its own. */
export function errWith(code: DomainErrorCode, causes: readonly DomainError[], params?: DomainErrorParams): Err {
  return { ok: false, error: { code, ...(params === undefined ? {} : { params }), causes } };
}

export function isDomainErrorCode(value: string): value is DomainErrorCode {
  return (DOMAIN_ERROR_CODES as readonly string[]).includes(value);
}
