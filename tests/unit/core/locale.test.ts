import { localeFromAcceptLanguage, localeOf } from "../../../bot/src/i18n/locale";
import { translate } from "../../../bot/src/i18n/translate";

describe("locale", () => {
  it("is French for French tags and when nothing is said, English otherwise", () => {
    expect(localeOf("fr-FR")).toBe("fr");
    expect(localeOf("fr-CA")).toBe("fr");
    expect(localeOf(undefined)).toBe("fr");
    expect(localeOf("en-US")).toBe("en");
    expect(localeOf("de-DE")).toBe("en");
  });

  it("honours Accept-Language q-values", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,fr;q=0.7,en;q=0.5")).toBe("fr");
    expect(localeFromAcceptLanguage("de-DE")).toBe("fr");
    expect(localeFromAcceptLanguage(undefined)).toBe("fr");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("fr", "hint.unknown", { text: "salut" })).toBe(
      "Je n'ai pas compris « salut ». Écrivez « aide » pour voir ce que je sais faire.",
    );
    expect(translate("en", "hint.unknown")).toContain("{text}");
  });
});
