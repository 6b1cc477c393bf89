import { cleanText, normaliseWording, textLength } from "../../../bot/src/domain";

describe("text", () => {
  it("cleans stored text", () => {
    expect(cleanText("  du   respect\n\tet\u0007 de l'écoute ")).toBe("du respect et de l'écoute");
  });

  it("counts code points, not UTF-16 units", () => {
    expect(textLength("🙂🙂")).toBe(2);
    expect(textLength("é")).toBe(1);
  });

  it.each([
    ["Respect.", "respect"],
    ["  RESPECT !  ", "respect"],
    ["Respéct", "respect"],
    ["« Écoute »", "ecoute"],
    ["Qualité   de l’accueil…", "qualite de l'accueil"],
    ["Cœur", "coeur"],
    ["Accueil de qualité ?!", "accueil de qualite"],
  ])("normalises %j to %j", (input, expected) => {
    expect(normaliseWording(input)).toBe(expected);
  });

  it("keeps different ideas apart", () => {
    expect(normaliseWording("écoute")).not.toBe(normaliseWording("écouter"));
  });
});
