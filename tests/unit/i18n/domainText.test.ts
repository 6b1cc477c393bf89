import {
  addContribution,
  answerScale,
  applyCommand,
  castVote,
  checkSpacing,
  createBallotState,
  createCampaign,
  decideCommitment,
  defaultWorkshopSettings,
  DOMAIN_ERROR_CODES,
  parseAgentProfile,
  parseMakeupCsv,
  parseUsagerProfile,
  requireOpenStep,
  scheduleWorkshop,
  SPACING_WARNING_CODES,
  transition,
  updateRoadmapAction,
  validateWorkshopSettings,
  AGENT_DIMENSIONS,
  USAGER_DIMENSIONS,
  type DomainErrorCode,
  type DomainErrorParams,
  type Result,
} from "../../../bot/src/domain";
import {
  domainErrorMessage,
  label,
  LABEL_LISTS,
  PROFILE_FIELDS,
  spacingWarningMessage,
  type LabelList,
} from "../../../bot/src/i18n/domainText";
import { en } from "../../../bot/src/i18n/en";
import { fr, type MessageKey } from "../../../bot/src/i18n/fr";
import type { Locale } from "../../../bot/src/i18n/locale";
import { domainErrorsFr } from "../../../bot/src/i18n/messages/domainErrors.fr";
import { campaign, errorOf, NOW, openAt, run, workshop } from "../domain/fixtures";

const LOCALES: readonly Locale[] = ["fr", "en"];
const catalogues = { fr: fr as Record<string, string>, en: en as Record<string, string> };
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

/**
 * Every parameter the domain sends with each code (read from the err(...) calls in bot/src/domain),
 * with plausible values. A message may only use these names; the test below provokes real errors
 * to check that the names still match what the domain sends.
 */
const SAMPLES: Record<DomainErrorCode, DomainErrorParams> = {
  "campaign.approachInvalid": { value: "regional" },
  "campaign.coordinatorRequired": {},
  "campaign.forbidden": {},
  "campaign.notFound": {},
  "campaign.effectFailed": {},
  "campaign.invalidTransition": { from: "workshop1", to: "posterValidation" },
  "campaign.nameLength": { min: 3, max: 120, length: 1 },
  "campaign.panelSizeOutOfRange": { min: 4, max: 20, value: 40 },
  "campaign.retentionDateInvalid": { value: "31/12/2027" },
  "campaign.lastCoordinator": {},
  "campaign.personRequired": {},
  "campaign.agentPanelNotConfirmed": {},
  "campaign.moveBlocked": {},
  "campaign.committeeIncomplete": {},
  "campaign.workshopDateMissing": { workshop: 2 },
  "campaign.mixedPanelNotConfirmed": {},
  "campaign.movedMeanwhile": { state: "workshop1" },
  "campaign.posterNotFinal": {},
  "campaign.usagerPanelNotConfirmed": {},
  "campaign.workshopAlreadyHeld": { workshop: 1 },
  "campaign.workshopNotHeld": { workshop: 1 },
  "campaign.serviceDuplicate": {},
  "campaign.serviceNameEmpty": { index: 1 },
  "campaign.servicesEmpty": {},
  "campaign.siteRequired": {},
  "campaign.thematicNeedsOneService": { count: 2 },
  "committee.adaptedTextNotAllowed": { decision: "rejected" },
  "committee.adaptedTextRequired": {},
  "committee.decisionInvalid": { value: "maybe" },
  "committee.levelInvalid": { value: "mayor" },
  "committee.reasonRequired": { decision: "rejected" },
  "committee.textTooLong": { field: "reason", max: 500 },
  "committee.unknownCommitment": { id: "k9" },
  "contribution.alreadyHidden": { id: "c1" },
  "contribution.alreadyMerged": { id: "c1" },
  "contribution.duplicateId": { id: "c1" },
  "contribution.empty": {},
  "contribution.mergeAcrossSteps": { id: "c2" },
  "contribution.mergeIntoItself": { id: "c1" },
  "contribution.notFound": { id: "c9" },
  "contribution.notHidden": { id: "c1" },
  "contribution.nothingToMerge": {},
  "contribution.tagInvalid": { value: "mayor" },
  "contribution.tagNotAllowed": { stepId: "ideal" },
  "contribution.tagRequired": {},
  "contribution.tooLong": { max: 200, length: 245 },
  "contribution.tooManyEntries": { max: 10 },
  "contribution.unchanged": {},
  "joinCode.expired": {},
  "joinCode.notFound": {},
  "joinDevice.clientLimitReached": { limit: 20 },
  "joinDevice.forbidden": {},
  "joinDevice.tooMany": { seconds: 30 },
  "joinDevice.workshopFull": { limit: 300 },
  "makeup.countColumnMissing": { line: 1 },
  "makeup.duplicateColumn": { line: 1, column: "sex" },
  "makeup.empty": {},
  "makeup.invalidCount": { line: 3, value: "douze" },
  "makeup.invalidValue": { line: 4, column: "ageBand", value: "vieux" },
  "makeup.noRows": {},
  "makeup.totalZero": {},
  "makeup.unknownColumn": { line: 1, column: "salaire" },
  "makeup.wrongFieldCount": { line: 5, expected: 5, found: 4 },
  "panel.empty": {},
  "panel.mixedEmpty": {},
  "poster.alreadyValidated": {},
  "poster.closed": {},
  "poster.duplicateId": { id: "q1" },
  "poster.noApproval": {},
  "poster.noCommitments": {},
  "poster.noQualities": {},
  "poster.notAParticipant": {},
  "poster.partyInvalid": { id: "k1", value: "mayor" },
  "poster.staleVersion": { current: 3, given: 2 },
  "poster.textEmpty": { id: "q1" },
  "poster.textTooLong": { id: "comment", max: 300 },
  "poster.unchanged": {},
  "poster.commentRequired": {},
  "poster.conflict": {},
  "poster.forbidden": {},
  "poster.noWorkshopOutcome": {},
  "poster.notFound": {},
  "follow.notFound": {},
  "roadmap.notFound": {},
  "privacy.forbidden": {},
  "privacy.lastCoordinator": {},
  "privacy.notFound": {},
  "profile.ageBandInvalid": { field: "ageBand", value: "42", allowed: "under30,30to44,45to54,55plus" },
  "profile.categoryInvalid": { field: "category", value: "D", allowed: "A,B,C" },
  "profile.fieldMissing": { field: "staffKind" },
  "profile.frequencyInvalid": { field: "frequency", value: "daily", allowed: "firstTime,occasional,regular" },
  "profile.kindInvalid": { field: "kind", value: "tourist", allowed: "individual,business,association" },
  "profile.notAnObject": {},
  "profile.sexInvalid": { field: "sex", value: "x", allowed: "female,male,other,undisclosed" },
  "profile.staffKindInvalid": { field: "staffKind", value: "manager", allowed: "technical,administrative" },
  "recruitment.consentRequired": {},
  "recruitment.mixedClosed": {},
  "recruitment.mixedNotAsked": {},
  "recruitment.mixedNotOpened": {},
  "recruitment.noAgentPanel": {},
  "recruitment.unknownMember": { id: "aad-7" },
  "recruitment.unknownUsager": { id: "u-7" },
  "recruitment.unknownVolunteer": { id: "aad-7" },
  "roadmap.commentTooLong": { max: 1000 },
  "roadmap.doneRequiresFullProgress": {},
  "roadmap.droppedNeedsComment": {},
  "roadmap.dueDateInvalid": { value: "demain" },
  "roadmap.emptyUpdate": {},
  "roadmap.progressOutOfRange": { min: 0, max: 100, value: 120 },
  "roadmap.statusInvalid": { value: "paused" },
  "roadmap.titleRequired": {},
  "roadmap.titleTooLong": { max: 200 },
  "roadmap.toStartRequiresNoProgress": {},
  "roster.unavailable": {},
  "scale.commentNotAllowed": {},
  "scale.commentTooLong": { max: 200, length: 260 },
  "scale.notAnInteger": { value: "4.5" },
  "scale.outOfRange": { min: 0, max: 10, value: 11 },
  "schedule.campaignClosed": {},
  "schedule.invalidDate": { value: "2027-13-45" },
  "settings.budgetOutOfRange": { key: "qualitiesVote", min: 1, max: 20, value: 0 },
  "settings.keepOutOfRange": { key: "prioritiesVote", min: 1, max: 50, value: 80 },
  "settings.maxEntriesOutOfRange": { min: 1, max: 50, value: 0 },
  "settings.maxLengthOutOfRange": { min: 20, max: 1000, value: 5 },
  "settings.maxPerItemOutOfRange": { key: "actionsVote", min: 1, max: 3, value: 4 },
  "settings.textEmpty": { key: "prompts.ideal", locale: "en" },
  "settings.textTooLong": { key: "sequenceTitles.whereWeStand", locale: "fr", max: 500, length: 501 },
  "usagerLink.expired": {},
  "usagerLink.notFound": {},
  "vote.budgetExceeded": { budget: 3 },
  "vote.maxPerItemReached": { max: 1 },
  "vote.noVoteToRetract": { itemId: "i1" },
  "vote.unknownItem": { itemId: "i9" },
  "workshop.commandNotAllowed": { command: "reveal", phase: "notStarted" },
  "workshop.countdownOutOfRange": { min: 0, max: 3600, value: 7200 },
  "workshop.inputClosed": { stepId: "actions" },
  "workshop.noNextStep": {},
  "workshop.noPreviousStep": {},
  "workshop.stepNotCurrent": { stepId: "ideal", currentStepId: "chaotic" },
  "workshop.wrongStepType": { stepId: "scale", expected: "contributions", actual: "scale" },
  "workshop.badInput": {},
  "workshop.forbidden": {},
  "workshop.noCampaign": {},
  "workshop.notCommitmentsStep": {},
  "workshop.notFound": {},
  "workshop.staleVersion": {},
  "workshop.unknownItem": { itemId: "a1" },
  "workshopSettings.forbidden": {},
  "workshopSettings.staleVersion": {},
};

describe("domain error messages", () => {
  it.each(DOMAIN_ERROR_CODES)(
    "%s has a French and an English message using only the parameters the domain sends",
    (code) => {
      const sent = Object.keys(SAMPLES[code]);
      for (const locale of LOCALES) {
        const text = catalogues[locale][`domain.${code}`];
        expect(text?.trim()).toBeTruthy();
        expect([...placeholders(text ?? "")].filter((p) => p !== undefined && !sent.includes(p))).toEqual([]);
      }
    },
  );

  it.each(DOMAIN_ERROR_CODES)("%s renders fully, with coded values as labels", (code) => {
    for (const locale of LOCALES) {
      const text = domainErrorMessage(locale, { code, params: SAMPLES[code] });
      expect(text).not.toMatch(/[{}]/);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it("turns coded parameters into labels in the reader's language", () => {
    expect(
      domainErrorMessage("fr", { code: "workshop.stepNotCurrent", params: SAMPLES["workshop.stepNotCurrent"] }),
    ).toBe(
      "L'atelier est passé à l'étape « La relation chaotique » : votre réponse pour « La relation idéale » n'a pas été prise en compte. Continuez avec l'étape en cours.",
    );
    expect(domainErrorMessage("en", { code: "profile.sexInvalid", params: SAMPLES["profile.sexInvalid"] })).toBe(
      "Choose an answer from: Woman, Man, Other, Prefer not to say.",
    );
    expect(
      domainErrorMessage("fr", { code: "campaign.invalidTransition", params: SAMPLES["campaign.invalidTransition"] }),
    ).toContain("de « Atelier 1 (agents) » à « Validation de l'affiche »");
    expect(domainErrorMessage("fr", { code: "settings.textEmpty", params: SAMPLES["settings.textEmpty"] })).toBe(
      "Un texte est vide : consigne « La relation idéale », en anglais. Écrivez-le avant d'enregistrer.",
    );
    expect(
      domainErrorMessage("en", { code: "settings.textTooLong", params: SAMPLES["settings.textTooLong"] }),
    ).toContain("sequence title “Where we stand”, in French");
    expect(
      domainErrorMessage("en", { code: "workshop.commandNotAllowed", params: SAMPLES["workshop.commandNotAllowed"] }),
    ).toBe("“Show results” is not possible right now: the workshop is in the state “Not started yet”.");
  });

  it("shows a value outside its list as sent, and formats numbers for the locale", () => {
    expect(domainErrorMessage("fr", { code: "workshop.inputClosed", params: { stepId: "brainstorm" } })).toContain(
      "« brainstorm »",
    );
    expect(
      domainErrorMessage("fr", {
        code: "workshop.countdownOutOfRange",
        params: SAMPLES["workshop.countdownOutOfRange"],
      }),
    ).toBe("Le minuteur dure entre 0 et 3\u202f600 secondes (0 l'arrête).");
    expect(
      domainErrorMessage("en", {
        code: "workshop.countdownOutOfRange",
        params: SAMPLES["workshop.countdownOutOfRange"],
      }),
    ).toContain("3,600");
  });

  it("keeps a missing parameter visible rather than inventing one", () => {
    expect(domainErrorMessage("en", { code: "vote.budgetExceeded" })).toContain("{budget}");
  });
});

/** One real error per parameter shape: the sample table must keep matching what the domain sends. */
describe("the sample parameters match what the domain sends", () => {
  const w1 = openAt(1, 0);
  const ballot = createBallotState("b", ["i1", "i2"], { budget: 1, maxPerItem: 1 });
  const settings = defaultWorkshopSettings();
  const cases: [string, () => Result<unknown>][] = [
    [
      "campaign.nameLength",
      () => createCampaign({ id: "c", name: "x", approach: "thematic", services: ["S"], coordinatorIds: ["a"] }, NOW),
    ],
    [
      "campaign.thematicNeedsOneService",
      () =>
        createCampaign(
          { id: "c", name: "Deux services", approach: "thematic", services: ["S", "T"], coordinatorIds: ["a"] },
          NOW,
        ),
    ],
    [
      "campaign.panelSizeOutOfRange",
      () =>
        createCampaign(
          { id: "c", name: "Service", approach: "thematic", services: ["S"], coordinatorIds: ["a"], panelSize: 999 },
          NOW,
        ),
    ],
    ["campaign.invalidTransition", () => transition(campaign(), "workshop3", NOW)],
    ["schedule.invalidDate", () => scheduleWorkshop(campaign(), 1, "not a date", NOW)],
    [
      "profile.sexInvalid",
      () => parseAgentProfile({ ageBand: "under30", sex: "x", category: "A", staffKind: "technical" }),
    ],
    ["profile.fieldMissing", () => parseAgentProfile({ ageBand: "under30" })],
    [
      "profile.frequencyInvalid",
      () => parseUsagerProfile({ kind: "individual", ageBand: "under30", sex: "male", frequency: "daily" }),
    ],
    ["makeup.wrongFieldCount", () => parseMakeupCsv("sex;count\nfemale;3;4")],
    ["makeup.invalidValue", () => parseMakeupCsv("sex;count\nvieux;3")],
    ["makeup.invalidCount", () => parseMakeupCsv("sex;count\nfemale;douze")],
    ["makeup.unknownColumn", () => parseMakeupCsv("salaire;count\n1;3")],
    ["makeup.duplicateColumn", () => parseMakeupCsv("sex;sex;count\nfemale;female;3")],
    ["makeup.countColumnMissing", () => parseMakeupCsv("sex\nfemale")],
    [
      "settings.budgetOutOfRange",
      () => validateWorkshopSettings({ ...settings, qualitiesVote: { ...settings.qualitiesVote, budget: 0 } }),
    ],
    [
      "settings.maxPerItemOutOfRange",
      () => validateWorkshopSettings({ ...settings, qualitiesVote: { ...settings.qualitiesVote, maxPerItem: 9 } }),
    ],
    [
      "settings.keepOutOfRange",
      () => validateWorkshopSettings({ ...settings, qualitiesVote: { ...settings.qualitiesVote, keep: 0 } }),
    ],
    ["settings.maxLengthOutOfRange", () => validateWorkshopSettings({ ...settings, maxContributionLength: 1 })],
    ["settings.maxEntriesOutOfRange", () => validateWorkshopSettings({ ...settings, maxEntriesPerStep: 0 })],
    [
      "settings.textEmpty",
      () =>
        validateWorkshopSettings({ ...settings, prompts: { ...settings.prompts, ideal: { fr: "Idéal", en: " " } } }),
    ],
    [
      "settings.textTooLong",
      () =>
        validateWorkshopSettings({
          ...settings,
          prompts: { ...settings.prompts, ideal: { fr: "x".repeat(501), en: "x" } },
        }),
    ],
    ["vote.unknownItem", () => castVote(ballot, "p", "i9", NOW)],
    [
      "vote.budgetExceeded",
      () =>
        castVote({ ...ballot, votes: [{ participantKey: "p", itemId: "i1", at: NOW.toISOString() }] }, "p", "i2", NOW),
    ],
    ["workshop.commandNotAllowed", () => applyCommand(workshop(1), { type: "reveal" }, NOW)],
    ["workshop.countdownOutOfRange", () => applyCommand(w1, { type: "setCountdown", seconds: 99_999 }, NOW)],
    ["workshop.stepNotCurrent", () => requireOpenStep(w1, "chaotic", "contributions")],
    ["workshop.wrongStepType", () => requireOpenStep(w1, "ideal", "scale")],
    ["workshop.inputClosed", () => requireOpenStep(run(workshop(1), "start"), "ideal", "contributions")],
    [
      "contribution.tooLong",
      () => addContribution(w1, [], { id: "c1", participantKey: "p", stepId: "ideal", text: "x".repeat(999) }, NOW),
    ],
    [
      "contribution.tagNotAllowed",
      () =>
        addContribution(w1, [], { id: "c1", participantKey: "p", stepId: "ideal", text: "Respect", tag: "both" }, NOW),
    ],
    ["scale.outOfRange", () => answerScale(openAt(1, 2), [], { participantKey: "p", value: 11 }, NOW)],
    ["scale.notAnInteger", () => answerScale(openAt(1, 2), [], { participantKey: "p", value: 4.5 }, NOW)],
    [
      "roadmap.progressOutOfRange",
      () =>
        updateRoadmapAction(
          {
            id: "r",
            commitmentId: "k",
            title: "t",
            status: "toStart",
            progress: 0,
            updates: [],
            createdAt: "",
            updatedAt: "",
          },
          { by: "m", progress: 120 },
          NOW,
        ),
    ],
  ];

  it.each(cases)("%s", (code, provoke) => {
    const error = errorOf(provoke());
    expect(error.code).toBe(code);
    expect(Object.keys(error.params ?? {}).sort()).toEqual(Object.keys(SAMPLES[code as DomainErrorCode]).sort());
  });

  it("committee errors name their field and decision", () => {
    const poster = {
      commitments: { agents: [{ id: "k1", text: "t" }], usagers: [], both: [] },
    } as unknown as Parameters<typeof decideCommitment>[0];
    const decide = (input: Partial<Parameters<typeof decideCommitment>[1]>) =>
      errorOf(
        decideCommitment(
          poster,
          { commitmentId: "k1", decision: "adopted", level: "service", decidedBy: "x", ...input },
          NOW,
        ),
      );
    expect(decide({ reason: "x".repeat(501) })).toEqual({
      code: "committee.textTooLong",
      params: SAMPLES["committee.textTooLong"],
    });
    expect(decide({ decision: "rejected" })).toEqual({
      code: "committee.reasonRequired",
      params: SAMPLES["committee.reasonRequired"],
    });
  });
});

describe("spacing warnings", () => {
  it.each(SPACING_WARNING_CODES)("%s has French and English text using only days, minDays and maxDays", (code) => {
    for (const locale of LOCALES) {
      const text = catalogues[locale][code];
      expect(text?.trim()).toBeTruthy();
      expect([...placeholders(text ?? "")].every((p) => p === "days" || p === "minDays" || p === "maxDays")).toBe(true);
    }
  });

  it("renders the warnings checkSpacing really returns", () => {
    const warnings = [
      ...checkSpacing("2027-03-01T09:00:00Z", "2027-03-05T09:00:00Z"),
      ...checkSpacing("2027-03-01T09:00:00Z", "2027-05-01T09:00:00Z"),
      ...checkSpacing("2027-03-10T09:00:00Z", "2027-03-01T09:00:00Z"),
    ];
    expect(warnings.map((w) => w.code).sort()).toEqual([...SPACING_WARNING_CODES].sort());
    for (const warning of warnings) {
      for (const locale of LOCALES) expect(spacingWarningMessage(locale, warning)).not.toMatch(/[{}]/);
    }
    expect(spacingWarningMessage("fr", warnings[0]!)).toContain("4 jour(s)");
  });
});

describe("labels of coded values", () => {
  const entries = Object.entries(LABEL_LISTS).flatMap(([list, values]) =>
    values.map((value) => [list, value] as const),
  );

  it.each(entries)("label.%s.%s has French and English text", (list, value) => {
    for (const locale of LOCALES) {
      expect(label(locale, list as LabelList, value as never).trim()).toBeTruthy();
      expect(catalogues[locale][`label.${list}.${value}`]).toBe(label(locale, list as LabelList, value as never));
    }
  });

  it("gives the examples of the brief", () => {
    expect(label("fr", "ageBand", "under30")).toBe("Moins de 30 ans");
    expect(label("fr", "sex", "undisclosed")).toBe("Préfère ne pas répondre");
    expect(label("fr", "category", "A")).toBe("Catégorie A");
    expect(label("fr", "usagerKind", "association")).toBe("Association");
    expect(label("fr", "commitParty", "both")).toBe("Agents et usagers");
    expect(label("en", "commitParty", "usagers")).toBe("Service users");
  });

  it("has no stray label for a value the domain no longer has", () => {
    const known = new Set(entries.map(([list, value]) => `label.${list}.${value}`));
    expect(Object.keys(domainErrorsFr).filter((k) => k.startsWith("label.") && !known.has(k))).toEqual([]);
  });

  it("names every profile dimension the domain checks", () => {
    const names = [...AGENT_DIMENSIONS, ...USAGER_DIMENSIONS].map((d) => d.name);
    expect([...new Set(names)].sort()).toEqual([...PROFILE_FIELDS].sort());
  });

  it("covers the catalogue keys domainText composes", () => {
    const composed: MessageKey[] = ["domainParam.settingsPrompt", "domainParam.settingsSequenceTitle"];
    for (const key of composed) expect(placeholders(fr[key])).toEqual(new Set(["name"]));
  });
});
