import {
  defaultWorkshopSettings,
  PROMPT_KEYS,
  validateWorkshopSettings,
  type WorkshopSettings,
} from "../../../bot/src/domain";
import { errorOf, unwrap } from "./fixtures";

describe("workshop settings", () => {
  it("default to the method: fr and en prompts, 200 chars, 10 entries, 3 dots, keep 5", () => {
    const s = defaultWorkshopSettings();
    for (const key of PROMPT_KEYS) {
      expect(s.prompts[key].fr.length).toBeGreaterThan(10);
      expect(s.prompts[key].en.length).toBeGreaterThan(10);
    }
    expect(s.maxContributionLength).toBe(200);
    expect(s.maxEntriesPerStep).toBe(10);
    expect(s.qualitiesVote).toEqual({ budget: 3, maxPerItem: 1, keep: 5 });
    expect(unwrap(validateWorkshopSettings(s))).toEqual(s);
  });

  it("returns a fresh object each time", () => {
    expect(defaultWorkshopSettings()).not.toBe(defaultWorkshopSettings());
  });

  const edit = (patch: Partial<WorkshopSettings>): WorkshopSettings => ({ ...defaultWorkshopSettings(), ...patch });

  it.each([
    [{ maxContributionLength: 5 }, "settings.maxLengthOutOfRange"],
    [{ maxEntriesPerStep: 0 }, "settings.maxEntriesOutOfRange"],
    [{ qualitiesVote: { budget: 0, maxPerItem: 1, keep: 5 } }, "settings.budgetOutOfRange"],
    [{ qualitiesVote: { budget: 2, maxPerItem: 3, keep: 5 } }, "settings.maxPerItemOutOfRange"],
    [{ prioritiesVote: { budget: 3, maxPerItem: 1, keep: 0 } }, "settings.keepOutOfRange"],
  ])("rejects %j with %s", (patch, code) => {
    expect(errorOf(validateWorkshopSettings(edit(patch))).code).toBe(code);
  });

  it("requires both languages for every text", () => {
    const s = defaultWorkshopSettings();
    const error = errorOf(
      validateWorkshopSettings({ ...s, prompts: { ...s.prompts, chaotic: { fr: "Chaos ?", en: "  " } } }),
    );
    expect(error).toEqual({ code: "settings.textEmpty", params: { key: "prompts.chaotic", locale: "en" } });
    const long = errorOf(
      validateWorkshopSettings({ ...s, scaleLabels: { ...s.scaleLabels, max: { fr: "x".repeat(501), en: "ok" } } }),
    );
    expect(long.code).toBe("settings.textTooLong");
  });
});
