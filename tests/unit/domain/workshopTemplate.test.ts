import { defaultWorkshopSettings, workshopTemplate } from "../../../bot/src/domain";

const ids = (kind: 1 | 2 | 3, settings = defaultWorkshopSettings()) =>
  workshopTemplate(kind, settings).sequences.map((s) => [s.id, s.steps.map((st) => st.id)]);

describe("workshopTemplate", () => {
  it("gives workshops 1 and 2 the same three sequences", () => {
    const expected = [
      ["idealChaotic", ["ideal", "chaotic"]],
      ["whereWeStand", ["scale"]],
      ["actions", ["actions"]],
    ];
    expect(ids(1)).toEqual(expected);
    expect(ids(2)).toEqual(expected);
  });

  it("adds the optional dot vote on actions when enabled", () => {
    const s = defaultWorkshopSettings();
    const withVote = { ...s, actionsVote: { ...s.actionsVote, enabled: true } };
    expect(ids(1, withVote)[2]).toEqual(["actions", ["actions", "actionsVote"]]);
    const vote = workshopTemplate(1, withVote).sequences[2]!.steps[1]!;
    expect(vote).toMatchObject({ type: "vote", ballot: "actions", budget: 3, maxPerItem: 1, keep: 5 });
    expect(vote).not.toHaveProperty("enabled");
  });

  it("gives workshop 3 the qualities vote, then the priorities vote and commitments", () => {
    expect(ids(3)).toEqual([
      ["qualities", ["qualitiesVote"]],
      ["priorities", ["prioritiesVote", "commitments"]],
    ]);
  });

  it("carries the settings into the steps", () => {
    const s = { ...defaultWorkshopSettings(), maxContributionLength: 120, maxEntriesPerStep: 4 };
    const [ideal] = workshopTemplate(1, s).sequences[0]!.steps;
    expect(ideal).toMatchObject({ type: "contributions", maxLength: 120, maxEntries: 4, prompt: s.prompts.ideal });
    expect(ideal).not.toHaveProperty("tags");
    const actions = workshopTemplate(2, s).sequences[2]!.steps[0]!;
    expect(actions).toMatchObject({ tags: ["agents", "usagers", "both"] });
    const scale = workshopTemplate(2, s).sequences[1]!.steps[0]!;
    expect(scale).toMatchObject({ type: "scale", min: 0, max: 10, minLabel: s.scaleLabels.min, allowComment: true });
  });
});
