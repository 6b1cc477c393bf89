import { commonValues } from "../../../bot/src/domain";

describe("commonValues", () => {
  it("merges wordings across campaigns and counts each campaign once", () => {
    const values = commonValues([
      { campaignId: "funeraire", qualities: ["Respect", "Dialogue", "Accueil de qualité"] },
      { campaignId: "hautepierre", qualities: ["respect.", "Écoute", "RESPECT"] },
      { campaignId: "piscine", qualities: ["Respect", "ecoute", "Dialogue !"] },
    ]);
    expect(values.map((v) => [v.key, v.text, v.campaignCount, v.campaignIds])).toEqual([
      ["respect", "Respect", 3, ["funeraire", "hautepierre", "piscine"]],
      ["dialogue", "Dialogue", 2, ["funeraire", "piscine"]],
      ["ecoute", "Écoute", 2, ["hautepierre", "piscine"]],
      ["accueil de qualite", "Accueil de qualité", 1, ["funeraire"]],
    ]);
  });

  it("ignores empty wordings and handles no campaign", () => {
    expect(commonValues([])).toEqual([]);
    expect(commonValues([{ campaignId: "c", qualities: ["  ", "…"] }])).toEqual([]);
  });
});
