import { commitmentText } from "../../../bot/src/domain";

describe("commitmentText", () => {
  it.each([
    [
      "agents",
      "Prendre plus de temps pour accompagner l'usager",
      "Les agents s'engagent à prendre plus de temps pour accompagner l'usager.",
    ],
    ["usagers", "respecter le règlement.", "Les usagers s'engagent à respecter le règlement."],
    ["both", "plus de politesse", "Agents et usagers s'engagent à plus de politesse."],
    ["agents", "à  sourire ", "Les agents s'engagent à sourire."],
    ["usagers", "L'usager s'engage à respecter le règlement", "Les usagers s'engagent à respecter le règlement."],
    ["both", "Les deux s'engagent à plus de politesse", "Agents et usagers s'engagent à plus de politesse."],
    ["agents", "CMS : afficher les horaires", "Les agents s'engagent à CMS : afficher les horaires."],
  ] as const)("fr %s %j", (party, text, expected) => {
    expect(commitmentText(party, text, "fr")).toBe(expected);
  });

  it.each([
    ["agents", "Take more time to help", "Agents commit to take more time to help."],
    ["usagers", "to respect the rules", "Service users commit to respect the rules."],
    ["both", "Both commit to be more polite.", "Agents and service users commit to be more polite."],
  ] as const)("en %s %j", (party, text, expected) => {
    expect(commitmentText(party, text, "en")).toBe(expected);
  });
});
