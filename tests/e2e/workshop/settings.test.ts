import { startTestServer, type TestServer } from "../../support/testServer";
import { user } from "../../support/teamsActivities";
import { textOf, WorkshopHarness } from "./workshopHarness";

describe("per-campaign workshop settings (the method is only the built-in template)", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  async function put(campaignId: string, body: unknown) {
    const res = await fetch(`${server.url}/api/workshop-settings/${campaignId}`, { method: "PUT", headers: { "Content-Type": "application/json", "Accept-Language": "fr-FR" }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { settings?: Record<string, unknown>; error?: { message: string } } };
  }

  it("uses the coordinator's prompts and numbers in the next workshop, and refuses out-of-range values clearly", async () => {
    const campaign = await server.seedCampaign({ state: "workshop1", coordinatorIds: [coordinator.aadObjectId, "local-user"] });
    const current = (await (await fetch(`${server.url}/api/workshop-settings/${campaign.id}`)).json()) as { settings: Record<string, unknown> & { prompts: Record<string, { fr: string; en: string }> } };
    const settings = { ...current.settings, prompts: { ...current.settings.prompts, ideal: { fr: "Qu'est-ce qu'un accueil réussi ?", en: "What makes a good welcome?" } }, maxEntriesPerStep: 2 };

    const refused = await put(campaign.id, { ...settings, qualitiesVote: { budget: 0, maxPerItem: 1, keep: 5 } });
    expect(refused.status).toBe(422);
    expect(refused.body.error?.message).toBe("Le nombre de gommettes (qualitiesVote) doit aller de 1 à 20 (reçu : 0).");
    expect((await put(campaign.id, { nonsense: true })).status).toBe(400);
    expect((await put(campaign.id, settings)).status).toBe(200);

    const w = new WorkshopHarness(server, campaign.id, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    const card = await w.command(coordinator, "openInput");
    expect(textOf(card)).toContain("Qu'est-ce qu'un accueil réussi ?");
    const agent = user(77);
    for (const [i, text] of ["Sourire", "Écoute", "Patience"].entries()) {
      const answer = await w.card(agent, "workshop.contribute", { stepId: "ideal", text, requestId: `req-${i}-abc` });
      if (i < 2) expect(textOf(answer)).toContain("Merci");
      else expect(textOf(answer)).toContain("maximum de 2 propositions");
    }
  });

  it("lets only the campaign's coordinator change them", async () => {
    const campaign = await server.seedCampaign({ state: "workshop1", coordinatorIds: [coordinator.aadObjectId] });
    const current = (await (await fetch(`${server.url}/api/workshop-settings/${campaign.id}`)).json()) as { settings: unknown };
    expect((await put(campaign.id, current.settings)).status).toBe(403);
  });
});
