import {
  defaultWorkshopSettings,
  SETTINGS_LIMITS,
  validateWorkshopSettings,
} from "../../../bot/src/domain/workshopSettings";
import {
  checkDraft,
  draftOf,
  type Draft,
  type NumberField,
  type TextField,
} from "../../../tab/src/settings/settingsDraft";

const defaults = defaultWorkshopSettings();
const base = draftOf(defaults);
const withText = (field: TextField, value: string): Draft => ({ ...base, texts: { ...base.texts, [field]: value } });
const withNumber = (field: NumberField, value: string): Draft => ({
  ...base,
  numbers: { ...base.numbers, [field]: value },
});

describe("the settings form's draft", () => {
  it("round-trips the settings unchanged, switches included", () => {
    const settings = {
      ...defaults,
      scaleAllowsComment: false,
      actionsVote: { ...defaults.actionsVote, enabled: true },
    };
    expect(checkDraft(draftOf(settings))).toEqual({ ok: true, settings });
  });

  it("names every wrong field at once, with the range to use", () => {
    const draft: Draft = {
      ...withText("prompts.ideal.en", "   "),
      numbers: {
        ...base.numbers,
        maxEntriesPerStep: "",
        "qualitiesVote.budget": "2",
        "qualitiesVote.maxPerItem": "3",
        "prioritiesVote.keep": "2.5",
      },
    };
    const checked = checkDraft(draft);
    expect(checked).toEqual({
      ok: false,
      errors: {
        "prompts.ideal.en": { key: "settings.error.textEmpty" },
        maxEntriesPerStep: { key: "settings.error.range", params: { min: "1", max: "50" } },
        "qualitiesVote.maxPerItem": { key: "settings.error.maxPerItem", params: { min: "1", max: "2" } },
        "prioritiesVote.keep": { key: "settings.error.range", params: { min: "1", max: "50" } },
      },
    });
  });

  it("counts a text's length as the server does: spaces folded, an emoji or an accented letter is one", () => {
    const max = SETTINGS_LIMITS.promptLength.max;
    expect(checkDraft(withText("prompts.scale.fr", `${"é".repeat(max - 1)}😀`)).ok).toBe(true);
    expect(checkDraft(withText("prompts.scale.fr", `${"a".repeat(max - 2)}    b`)).ok).toBe(true);
    expect(checkDraft(withText("prompts.scale.fr", "a".repeat(max + 1)))).toMatchObject({
      ok: false,
      errors: { "prompts.scale.fr": { key: "settings.error.textTooLong", params: { length: String(max + 1) } } },
    });
  });

  it("accepts exactly what the domain accepts, so a form that passes is not refused by the server", () => {
    const cases: Draft[] = [
      base,
      withText("sequenceTitles.actions.fr", ""),
      withText("scaleLabels.max.en", "x".repeat(SETTINGS_LIMITS.promptLength.max)),
      withText("scaleLabels.max.en", "x".repeat(SETTINGS_LIMITS.promptLength.max + 1)),
      ...(["maxContributionLength", "maxEntriesPerStep", "actionsVote.budget", "qualitiesVote.keep"] as const).flatMap(
        (f) => ["0", "1", "19", "20", "21", "50", "51", "1000", "1001"].map((v) => withNumber(f, v)),
      ),
      { ...base, numbers: { ...base.numbers, "prioritiesVote.budget": "4", "prioritiesVote.maxPerItem": "4" } },
      { ...base, numbers: { ...base.numbers, "prioritiesVote.budget": "4", "prioritiesVote.maxPerItem": "5" } },
    ];
    for (const draft of cases) {
      const checked = checkDraft(draft);
      if (checked.ok) expect(validateWorkshopSettings(checked.settings).ok).toBe(true);
      else {
        // Built regardless of the form's check: what the server would have been sent.
        const numbers = Object.fromEntries(Object.entries(draft.numbers).map(([k, v]) => [k, Number(v)]));
        const texts = (group: string, keys: readonly string[]) =>
          Object.fromEntries(
            keys.map((k) => [
              k,
              { fr: draft.texts[`${group}.${k}.fr` as TextField], en: draft.texts[`${group}.${k}.en` as TextField] },
            ]),
          );
        const raw = {
          ...defaults,
          prompts: texts("prompts", Object.keys(defaults.prompts)),
          sequenceTitles: texts("sequenceTitles", Object.keys(defaults.sequenceTitles)),
          scaleLabels: texts("scaleLabels", ["min", "max"]),
          maxContributionLength: numbers["maxContributionLength"],
          maxEntriesPerStep: numbers["maxEntriesPerStep"],
          actionsVote: {
            enabled: false,
            budget: numbers["actionsVote.budget"],
            maxPerItem: numbers["actionsVote.maxPerItem"],
            keep: numbers["actionsVote.keep"],
          },
          qualitiesVote: {
            budget: numbers["qualitiesVote.budget"],
            maxPerItem: numbers["qualitiesVote.maxPerItem"],
            keep: numbers["qualitiesVote.keep"],
          },
          prioritiesVote: {
            budget: numbers["prioritiesVote.budget"],
            maxPerItem: numbers["prioritiesVote.maxPerItem"],
            keep: numbers["prioritiesVote.keep"],
          },
        } as unknown as Parameters<typeof validateWorkshopSettings>[0];
        expect(validateWorkshopSettings(raw).ok).toBe(false);
      }
    }
  });
});
