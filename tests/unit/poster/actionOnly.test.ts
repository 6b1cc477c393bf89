import { actionOnly } from "../../../bot/src/services/poster/actionOnly";

describe("actionOnly", () => {
  it.each([
    [
      "agents",
      "Les agents s'engagent à prendre plus de temps pour accompagner l'usager.",
      "prendre plus de temps pour accompagner l'usager",
    ],
    ["usagers", "L'usager s'engage à respecter le règlement", "respecter le règlement"],
    ["both", "Agents et usagers s'engagent à plus de politesse.", "plus de politesse"],
    ["agents", "Agents commit to explain each step", "explain each step"],
    ["agents", "prendre plus de temps", "prendre plus de temps"],
    ["agents", "Accueillir avec le sourire", "Accueillir avec le sourire"],
    ["usagers", "CMS : prévenir en cas d'absence", "CMS : prévenir en cas d'absence"],
  ] as const)("%s: %s → %s", (party, text, expected) => {
    expect(actionOnly(party, text)).toBe(expected);
  });
});
