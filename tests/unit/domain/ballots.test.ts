import { buildPrioritiesBallot, buildQualitiesBallot } from "../../../bot/src/domain";

describe("buildQualitiesBallot", () => {
  it("merges the same idea across panels and tags its origin", () => {
    const ballot = buildQualitiesBallot(
      [
        { id: "a1", text: "Respect." },
        { id: "a2", text: "Écoute", weight: 2 },
        { id: "a3", text: "Patience" },
      ],
      [
        { id: "u1", text: "  RESPECT ! " },
        { id: "u2", text: "Accueil de qualité" },
        { id: "u3", text: "ecoute" },
      ],
    );
    expect(ballot.map((b) => [b.id, b.text, b.origin, b.sourceIds, b.weight])).toEqual([
      ["u2", "Accueil de qualité", "usagers", ["u2"], 1],
      ["a2", "Écoute", "both", ["a2", "u3"], 3],
      ["a3", "Patience", "agents", ["a3"], 1],
      ["a1", "Respect.", "both", ["a1", "u1"], 2],
    ]);
  });

  it("merges duplicates within one panel and leaves out hidden or merged items", () => {
    const ballot = buildQualitiesBallot(
      [
        { id: "a1", text: "Respect" },
        { id: "a2", text: "respect" },
        { id: "a3", text: "Insulte", hidden: true },
        { id: "a4", text: "Le respect", mergedInto: "a1" },
        { id: "a5", text: " ... " },
      ],
      [],
    );
    expect(ballot).toEqual([
      { id: "a1", text: "Respect", key: "respect", origin: "agents", sourceIds: ["a1", "a2"], weight: 2 },
    ]);
  });
});

describe("buildPrioritiesBallot", () => {
  it("keeps who-commits tags, joining different ones to both", () => {
    const ballot = buildPrioritiesBallot(
      [
        { id: "a1", text: "Être plus poli", tag: "agents" },
        { id: "a2", text: "Afficher les horaires", tag: "agents" },
      ],
      [
        { id: "u1", text: "être plus poli.", tag: "usagers" },
        { id: "u2", text: "Respecter le règlement", tag: "usagers" },
        { id: "u3", text: "Prévenir en cas de retard" },
      ],
    );
    expect(ballot.map((b) => [b.text, b.origin, b.commits])).toEqual([
      ["Afficher les horaires", "agents", "agents"],
      ["Être plus poli", "both", "both"],
      ["Prévenir en cas de retard", "usagers", "both"],
      ["Respecter le règlement", "usagers", "usagers"],
    ]);
  });
});
