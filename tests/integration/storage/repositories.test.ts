import type { Campaign } from "../../../bot/src/domain/campaign";
import { createRepositories } from "../../../bot/src/storage/repositories";
import { testTableClients } from "../../support/testStorage";

function campaign(id: string, createdAt: string): Campaign {
  return {
    id,
    name: `Campagne ${id}`,
    approach: "thematic",
    services: ["Service funéraire"],
    state: "draft",
    coordinatorIds: ["aad-coordinator"],
    managerIds: [],
    workshops: { 1: {}, 2: {}, 3: {} },
    panelSize: 8,
    locale: "fr",
    createdAt,
    updatedAt: createdAt,
  };
}

describe("repositories on Azurite", () => {
  const repos = createRepositories(testTableClients());

  it("creates campaigns once, lists newest first, updates with concurrency control", async () => {
    expect(await repos.campaigns.create(campaign("a", "2026-01-01T00:00:00.000Z"))).toBe(true);
    expect(await repos.campaigns.create(campaign("a", "2026-01-01T00:00:00.000Z"))).toBe(false);
    await repos.campaigns.create(campaign("b", "2026-02-01T00:00:00.000Z"));
    expect((await repos.campaigns.list()).map((c) => c.id)).toEqual(["b", "a"]);

    const updated = await repos.campaigns.update("a", (c) => ({ ...c, state: "recruitingAgents" }));
    expect(updated?.value.state).toBe("recruitingAgents");
    expect((await repos.campaigns.get("a"))?.value.state).toBe("recruitingAgents");
    expect(await repos.campaigns.update("nope", (c) => c)).toBeUndefined();
  });

  it("keeps conversation references by conversation and, for personal chats, by user", async () => {
    const now = new Date().toISOString();
    await repos.conversations.save({
      conversationId: "a:personal/1",
      conversationType: "personal",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      botId: "28:bot",
      userAadObjectId: "aad-1",
      installedAt: now,
      updatedAt: now,
    });
    expect((await repos.conversations.get("a:personal/1"))?.serviceUrl).toBe("https://smba.trafficmanager.net/emea/");
    expect((await repos.conversations.personalFor("aad-1"))?.conversationId).toBe("a:personal/1");
    expect(await repos.conversations.personalFor("aad-unknown")).toBeUndefined();
  });

  it("lets only one claim of an activity hold at a time, and forget re-opens it", async () => {
    const now = new Date();
    const first = await repos.processedActivities.claim("conv", "act-1", now);
    expect(first.kind).toBe("claimed");
    expect((await repos.processedActivities.claim("conv", "act-1", now)).kind).toBe("busy");
    const parallel = await Promise.all(
      Array.from({ length: 8 }, () => repos.processedActivities.claim("conv", "act-2", now)),
    );
    expect(parallel.filter((r) => r.kind === "claimed")).toHaveLength(1);
    if (first.kind === "claimed") await repos.processedActivities.complete(first.claim, now);
    expect((await repos.processedActivities.claim("conv", "act-1", now)).kind).toBe("done");
    await repos.processedActivities.forget("conv", "act-1");
    expect((await repos.processedActivities.claim("conv", "act-1", now)).kind).toBe("claimed");
  });
});
