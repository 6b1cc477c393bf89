import { settleMixedPanel, settlePanel } from "../../../bot/src/domain";

describe("settlePanel (agent and usager panels)", () => {
  it("refuses an empty panel with a code", () => {
    expect(settlePanel([])).toEqual({ ok: false, error: { code: "panel.empty" } });
  });

  it("keeps each person once, in a stable order", () => {
    expect(settlePanel(["b", "a", "b"])).toEqual({ ok: true, value: ["a", "b"] });
  });
});

describe("settleMixedPanel (workshop 3)", () => {
  it("refuses a mixed panel with nobody on either side", () => {
    expect(settleMixedPanel([], [])).toEqual({ ok: false, error: { code: "panel.mixedEmpty" } });
  });

  it("accepts a short side: an unbalanced mixed panel is the coordinator's call", () => {
    expect(settleMixedPanel(["a2", "a1"], [])).toEqual({ ok: true, value: { agentIds: ["a1", "a2"], usagerIds: [] } });
    expect(settleMixedPanel([], ["u1", "u1"])).toEqual({ ok: true, value: { agentIds: [], usagerIds: ["u1"] } });
  });
});
