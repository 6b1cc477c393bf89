import type { Campaign, CampaignState } from "../../../bot/src/domain/campaign";
import type { CampaignFacts } from "../../../bot/src/domain/campaignSteps";
import { err, ok, type Result } from "../../../bot/src/domain/result";
import { createLogger } from "../../../bot/src/logging/logger";
import { CampaignProgressService, type MoveEffects } from "../../../bot/src/services/campaign/campaignProgressService";
import { CampaignRepository } from "../../../bot/src/storage/campaignRepository";
import { memoryBackend } from "../../support/storeBackends";
import { campaign, NOW } from "../domain/fixtures";

/**
 * The campaign's moves over a campaign repository in memory (same semantics as Tables, see
 * tests/support/memoryDocumentTable.ts), with the facts and the other capabilities' effects faked:
 * how each refusal comes back, and that a refused effect leaves the campaign where it was.
 */
const EVERYTHING: CampaignFacts = {
  agentPanelConfirmed: true,
  usagerPanelConfirmed: true,
  mixedPanelConfirmed: true,
  workshops: { 1: "running", 2: "notStarted", 3: "notStarted" },
  posterExists: false,
  posterFinal: false,
  committeeComplete: false,
};
const coordinator = { aadObjectId: "coord-1" };
const DATED = {
  1: { plannedAt: "2027-03-02T09:00:00.000Z" },
  2: { plannedAt: "2027-03-23T09:00:00.000Z" },
  3: { plannedAt: "2027-04-13T09:00:00.000Z" },
};

function setUp(state: CampaignState, facts: CampaignFacts = EVERYTHING) {
  const campaigns = memoryBackend.open().repository((clients) => new CampaignRepository(clients));
  const ended: number[] = [];
  let endWorkshop: () => Promise<Result<void>> = async () => ok(undefined);
  const effects: MoveEffects = {
    endWorkshop: async (_c, kind) => {
      ended.push(kind);
      return endWorkshop();
    },
    createPosterFromWorkshop: async () => ok(undefined),
  };
  const service = new CampaignProgressService({
    campaigns,
    facts: async () => facts,
    effects,
    clock: () => NOW,
    logger: createLogger("silent"),
  });
  const start: Campaign = { ...campaign(), state, workshops: DATED };
  return {
    service,
    campaigns,
    ended,
    refuseEnd: (refusal: () => Promise<Result<void>>) => (endWorkshop = refusal),
    create: () => campaigns.create(start),
  };
}

describe("moving a campaign", () => {
  it("runs the move's effect first, then records the move and who made it", async () => {
    const s = setUp("workshop1");
    await s.create();
    const moved = await s.service.move("c1", coordinator, { from: "workshop1", to: "recruitingUsagers" }, "fr");
    expect(moved.ok && moved.value.campaign.state).toBe("recruitingUsagers");
    expect(s.ended).toEqual([1]);
    const history = (await s.campaigns.get("c1"))?.value.history ?? [];
    expect(history.map((e) => e.kind === "move" && [e.from, e.to, e.by])).toEqual([
      ["workshop1", "recruitingUsagers", "coord-1"],
    ]);
  });

  it("answers a resent move with the page as it is, moving nothing twice", async () => {
    const s = setUp("workshop1");
    await s.create();
    const request = { from: "workshop1", to: "recruitingUsagers" } as const;
    await s.service.move("c1", coordinator, request, "fr");
    const again = await s.service.move("c1", coordinator, request, "fr");
    expect(again.ok && again.value.campaign.state).toBe("recruitingUsagers");
    expect((await s.campaigns.get("c1"))?.value.history).toHaveLength(1);
    expect(s.ended).toEqual([1]);
  });

  it("refuses a blocked move with each blocker as a cause", async () => {
    const s = setUp("recruitingAgents", { ...EVERYTHING, agentPanelConfirmed: false });
    await s.create();
    const refused = await s.service.move("c1", coordinator, { from: "recruitingAgents", to: "workshop1" }, "fr");
    expect(refused).toEqual({
      ok: false,
      error: { code: "campaign.moveBlocked", causes: [{ code: "campaign.agentPanelNotConfirmed" }] },
    });
  });

  it("refuses with campaign.effectFailed and leaves the campaign where it was when an effect is refused", async () => {
    const s = setUp("workshop1");
    await s.create();
    s.refuseEnd(async () => ({
      ok: false,
      error: { code: "campaign.effectFailed", causes: [{ code: "workshop.forbidden" }] },
    }));
    const refused = await s.service.move("c1", coordinator, { from: "workshop1", to: "recruitingUsagers" }, "fr");
    expect(refused).toEqual({
      ok: false,
      error: { code: "campaign.effectFailed", causes: [{ code: "workshop.forbidden" }] },
    });
    expect((await s.campaigns.get("c1"))?.value.state).toBe("workshop1");
  });

  it("says who may not move it, and which campaign does not exist", async () => {
    const s = setUp("workshop1");
    await s.create();
    const request = { from: "workshop1", to: "recruitingUsagers" } as const;
    expect(await s.service.move("c1", { aadObjectId: "someone" }, request, "fr")).toEqual(err("campaign.forbidden"));
    expect(await s.service.move("nope", coordinator, request, "fr")).toEqual(err("campaign.notFound"));
    expect(await s.service.view("nope", coordinator, "fr")).toEqual(err("campaign.notFound"));
    expect(s.ended).toEqual([]);
  });
});
