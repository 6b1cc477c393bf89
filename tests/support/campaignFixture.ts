import type { Campaign } from "../../bot/src/domain/campaign";

/**
 * A stored campaign as tests and benchmarks seed it: a draft with no one named, three empty
 * workshops and a panel of 8, written now; `partial` says what the caller's state needs.
 */
export function campaignFixture(partial: Partial<Campaign> & Pick<Campaign, "id">): Campaign {
  const now = new Date().toISOString();
  return {
    name: "Service funéraire — 2027",
    approach: "thematic",
    services: ["Service funéraire"],
    state: "draft",
    coordinatorIds: [],
    managerIds: [],
    workshops: { 1: {}, 2: {}, 3: {} },
    panelSize: 8,
    locale: "fr",
    createdAt: now,
    updatedAt: now,
    ...partial,
  };
}
