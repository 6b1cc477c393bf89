import { proposeMixedPanel, type AgentProfile, type UsagerProfile, type Volunteer } from "../../../bot/src/domain";

const agents: Volunteer<AgentProfile>[] = ["a1", "a2", "a3", "a4", "a5", "a6"].map((id, i) => ({
  id,
  profile: {
    ageBand: i % 2 ? "under30" : "55plus",
    sex: i % 3 ? "female" : "male",
    category: (["A", "B", "C"] as const)[i % 3]!,
    staffKind: "technical",
  },
}));
const usagers: Volunteer<UsagerProfile>[] = ["u1", "u2", "u3", "u4", "u5"].map((id, i) => ({
  id,
  profile: {
    kind: (["individual", "business", "association"] as const)[i % 3]!,
    ageBand: "30to44",
    sex: i % 2 ? "female" : "male",
    frequency: "regular",
  },
}));

describe("proposeMixedPanel", () => {
  it("takes half and half", () => {
    const p = proposeMixedPanel(agents, usagers, 8, 1);
    expect([p.agentSeats, p.usagerSeats]).toEqual([4, 4]);
    expect(p.agents.selectedIds).toHaveLength(4);
    expect(p.usagers.selectedIds).toHaveLength(4);
    expect(p.agents.selectedIds.every((id) => id.startsWith("a"))).toBe(true);
  });

  it("gives the odd seat to the side with more volunteers, usagers on a tie", () => {
    expect(proposeMixedPanel(agents, usagers, 7, 1).agentSeats).toBe(4);
    expect(proposeMixedPanel(agents.slice(0, 5), usagers, 7, 1).usagerSeats).toBe(4);
  });

  it("keeps the diversity of the volunteers by default", () => {
    const p = proposeMixedPanel(agents, usagers, 6, 3);
    const kinds = p.usagers.selectedIds.map((id) => usagers.find((u) => u.id === id)!.profile.kind);
    expect(new Set(kinds).size).toBe(3);
  });

  it("reports a short side instead of filling it from the other", () => {
    const p = proposeMixedPanel(agents, usagers.slice(0, 2), 8, 1);
    expect(p.usagers.selectedIds).toHaveLength(2);
    expect(p.agents.selectedIds).toHaveLength(4);
    expect(p.usagers.gaps[0]).toEqual({ kind: "size", requested: 4, available: 2, missing: 2 });
  });

  it("is deterministic", () => {
    expect(proposeMixedPanel(agents, usagers, 6, 11)).toEqual(proposeMixedPanel([...agents].reverse(), usagers, 6, 11));
  });
});
